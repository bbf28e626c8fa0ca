package org.psoscale.classifier.typology;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import org.immutables.value.Value;
import org.psoscale.model.FeatureDecision;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoStyle;

/**
 * One piece of the evidence of a {@link TypologyClassification}: the profile's decision {@link #decision()} on
 * {@link #feature()} moved {@link #category()}'s score by {@link #amount()}, in the classifier's unit (score units
 * for a mapping classifier, whose amounts of a category add up to its score).
 *
 * <p>JSON: {@code {"feature": "indicator:REAL_WORLD_FOCI", "decision": "PRESENT", "category": "BRANCHING",
 * "amount": 0.25}}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableTypologyContribution.class)
@JsonDeserialize(as = ImmutableTypologyContribution.class)
public abstract class TypologyContribution implements Serializable {
  private static final long serialVersionUID = 1L;

  TypologyContribution() {}

  /** {@return the feature; not null} */
  @Value.Parameter
  public abstract ProfileFeature feature();

  /** {@return the profile's decision on it that counted: PRESENT or ABSENT} */
  @Value.Parameter
  public abstract FeatureDecision decision();

  /** {@return the id of the category whose score moved; not null} */
  @Value.Parameter
  public abstract String category();

  /** {@return by how much; finite and non-zero} */
  @Value.Parameter
  public abstract double amount();

  @Value.Check
  void check() {
    if (decision() == FeatureDecision.NOT_OBSERVED) {
      throw new IllegalArgumentException("decision: a NOT_OBSERVED feature cannot contribute (" + feature() + ")");
    }
    if (amount() == 0 || !Double.isFinite(amount())) {
      throw new IllegalArgumentException("amount: must be finite and non-zero, was " + amount());
    }
  }

  /**
   * A contribution.
   *
   * @param feature the feature; not null
   * @param decision PRESENT or ABSENT; not null
   * @param category the category id; not null
   * @param amount finite and non-zero
   * @return the contribution
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the decision is NOT_OBSERVED or the amount zero or not finite
   */
  public static TypologyContribution of(
      ProfileFeature feature, FeatureDecision decision, String category, double amount) {
    return ImmutableTypologyContribution.of(feature, decision, category, amount);
  }
}
