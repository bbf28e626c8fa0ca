package org.psoscale.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import org.immutables.value.Value;

/**
 * One line of a {@link TypologyMapping}: when a profile's decision for {@link #feature()} is {@link #when()}, the
 * feature gives {@link #weight()} to {@link #category()}, for the reason stated in {@link #justification()}.
 *
 * <p>{@link #when()} is {@link FeatureDecision#PRESENT} by default and may be {@link FeatureDecision#ABSENT} (a
 * sourced line shows the opposite of the feature), never {@link FeatureDecision#NOT_OBSERVED}: what was not seen
 * is no evidence for any category.
 *
 * <p>JSON: {@code {"feature": "activity:LOCAL_PARTNERSHIPS_AND_LOBBYING", "when": "PRESENT", "category":
 * "SCALING_UP", "weight": 1.0, "justification": "…"}}; {@code when} may be left out for PRESENT.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableMappingEntry.class)
@JsonDeserialize(as = ImmutableMappingEntry.class)
public abstract class MappingEntry implements Serializable {
  private static final long serialVersionUID = 1L;

  MappingEntry() {}

  /** {@return the profile feature read; not null} */
  public abstract ProfileFeature feature();

  /** {@return the decision that makes this entry count: PRESENT (the default) or ABSENT} */
  @Value.Default
  public FeatureDecision when() {
    return FeatureDecision.PRESENT;
  }

  /** {@return the id of the category the feature counts for; must be a category of the mapping's typology} */
  public abstract String category();

  /** {@return how much it counts; finite and greater than 0} */
  public abstract double weight();

  /** {@return why the feature stands for the category, in terms of the category's definition; not blank} */
  public abstract String justification();

  @Value.Check
  void check() {
    if (when() == FeatureDecision.NOT_OBSERVED) {
      throw new IllegalArgumentException("when: must be PRESENT or ABSENT for " + feature()
          + "; NOT_OBSERVED is no evidence and cannot count for a category");
    }
    if (!TypologyCategory.ID.matcher(category()).matches()) {
      throw new IllegalArgumentException("category: must match " + TypologyCategory.ID + ", was \"" + category()
          + "\" for " + feature());
    }
    if (!(weight() > 0) || !Double.isFinite(weight())) {
      throw new IllegalArgumentException("weight: must be finite and > 0, was " + weight() + " for " + feature());
    }
    TypologyCategory.notBlank("justification", justification());
  }

  /**
   * An entry that counts when the feature is present.
   *
   * @param feature the feature; not null
   * @param category the category id; upper-case, digits, underscores
   * @param weight finite, greater than 0
   * @param justification why; not blank
   * @return the entry
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the category id is malformed, the weight out of range or the
   *     justification blank
   */
  public static MappingEntry of(ProfileFeature feature, String category, double weight, String justification) {
    return ImmutableMappingEntry.builder().feature(feature).category(category).weight(weight)
        .justification(justification).build();
  }

  /**
   * An entry that counts when the profile's decision for the feature is {@code when}.
   *
   * @param feature the feature; not null
   * @param when PRESENT or ABSENT; not null
   * @param category the category id; upper-case, digits, underscores
   * @param weight finite, greater than 0
   * @param justification why; not blank
   * @return the entry
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code when} is NOT_OBSERVED, the category id is malformed, the weight out
   *     of range or the justification blank
   */
  public static MappingEntry of(
      ProfileFeature feature, FeatureDecision when, String category, double weight, String justification) {
    return ImmutableMappingEntry.builder().feature(feature).when(when).category(category).weight(weight)
        .justification(justification).build();
  }
}
