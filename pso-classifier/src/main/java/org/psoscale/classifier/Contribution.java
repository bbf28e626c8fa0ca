package org.psoscale.classifier;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import org.immutables.value.Value;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoStyle;
import org.psoscale.model.ScalingStrategy;

/**
 * One piece of {@link Evidence}: a feature of the profile moved a strategy's score by {@link #amount()}.
 *
 * <p>The amount is in score units: for the built-in classifiers, which are all additive, the amounts of a
 * strategy add up (to rounding) to its {@linkplain Classification#score(ScalingStrategy) score}.
 *
 * <p>JSON: {@code {"feature": "indicator:REAL_WORLD_FOCI", "strategy": "GEOGRAPHIC_IMPLANTATION", "amount":
 * 0.5}}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableContribution.class)
@JsonDeserialize(as = ImmutableContribution.class)
public abstract class Contribution implements Serializable {
  private static final long serialVersionUID = 1L;

  Contribution() {}

  /** The profile feature that contributed; not null. */
  @Value.Parameter
  public abstract ProfileFeature feature();

  /** The strategy whose score it moved; not null. */
  @Value.Parameter
  public abstract ScalingStrategy strategy();

  /** By how much, in score units; finite and positive. */
  @Value.Parameter
  public abstract double amount();

  @Value.Check
  void check() {
    if (!(amount() > 0) || Double.isInfinite(amount())) {
      throw new IllegalArgumentException("amount: must be finite and positive, was " + amount());
    }
  }

  /**
   * A contribution.
   *
   * @param feature the feature; not null
   * @param strategy the strategy; not null
   * @param amount the score it added; finite and positive
   * @return the contribution
   * @throws NullPointerException if {@code feature} or {@code strategy} is null
   * @throws IllegalArgumentException if {@code amount} is not finite and positive
   */
  public static Contribution of(ProfileFeature feature, ScalingStrategy strategy, double amount) {
    return ImmutableContribution.of(feature, strategy, amount);
  }
}
