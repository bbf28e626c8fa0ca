package org.psoscale.dataset;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;
import org.psoscale.model.Activity;
import org.psoscale.model.Indicator;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.PsoStyle;

/**
 * One feature a {@link org.psoscale.model.PsoProfile} can hold: an {@link Indicator}, an
 * {@link OrganisationTrait} or an {@link Activity}. Exactly one of the three is present, else
 * {@link IllegalArgumentException}.
 *
 * <p>JSON: {@code {"indicator": "STRONG_LOCAL_NETWORKS"}}, {@code {"trait": "START_UP_OR_NEW_ENTRANT"}} or
 * {@code {"activity": "ORGANISING_EVENTS"}}; unknown constants fail with the accepted ones listed.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableProfileFeature.class)
@JsonDeserialize(as = ImmutableProfileFeature.class)
public abstract class ProfileFeature implements Serializable {
  private static final long serialVersionUID = 1L;

  ProfileFeature() {}

  /** The indicator, if this feature is one. */
  public abstract Optional<Indicator> indicator();

  /** The trait, if this feature is one. */
  public abstract Optional<OrganisationTrait> trait();

  /** The activity, if this feature is one. */
  public abstract Optional<Activity> activity();

  /** The kind of feature: {@code "indicator"}, {@code "trait"} or {@code "activity"}. */
  @JsonIgnore
  public String kind() {
    return indicator().isPresent() ? "indicator" : trait().isPresent() ? "trait" : "activity";
  }

  /** The constant's name, e.g. {@code "STRONG_LOCAL_NETWORKS"}. */
  @JsonIgnore
  public String constant() {
    return constantEnum().name();
  }

  /** The feature's readable label from pso-model, e.g. {@code "Strong local networks"}. */
  @JsonIgnore
  public String label() {
    return indicator().map(Indicator::label)
        .orElseGet(() -> trait().map(OrganisationTrait::label).orElseGet(() -> activity().orElseThrow().label()));
  }

  private Enum<?> constantEnum() {
    if (indicator().isPresent()) {
      return indicator().get();
    }
    return trait().isPresent() ? trait().get() : activity().orElseThrow();
  }

  /** {@code kind:CONSTANT}, e.g. {@code "indicator:STRONG_LOCAL_NETWORKS"}. */
  @Override
  public String toString() {
    return kind() + ":" + constant();
  }

  @Value.Check
  void check() {
    int n = (indicator().isPresent() ? 1 : 0) + (trait().isPresent() ? 1 : 0) + (activity().isPresent() ? 1 : 0);
    if (n != 1) {
      throw new IllegalArgumentException("feature: give exactly one of indicator, trait and activity");
    }
  }

  /**
   * The feature for an indicator.
   *
   * @param indicator the indicator; not null
   * @return the feature
   * @throws NullPointerException if the argument is null
   */
  public static ProfileFeature of(Indicator indicator) {
    return ImmutableProfileFeature.builder().indicator(indicator).build();
  }

  /**
   * The feature for a trait.
   *
   * @param trait the trait; not null
   * @return the feature
   * @throws NullPointerException if the argument is null
   */
  public static ProfileFeature of(OrganisationTrait trait) {
    return ImmutableProfileFeature.builder().trait(trait).build();
  }

  /**
   * The feature for an activity.
   *
   * @param activity the activity; not null
   * @return the feature
   * @throws NullPointerException if the argument is null
   */
  public static ProfileFeature of(Activity activity) {
    return ImmutableProfileFeature.builder().activity(activity).build();
  }

  /**
   * Reads {@code kind:CONSTANT} as written by {@link #toString()}.
   *
   * @param text e.g. {@code "activity:ORGANISING_EVENTS"}; not null
   * @return the feature
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the kind or the constant is unknown
   */
  public static ProfileFeature parse(String text) {
    int colon = text.indexOf(':');
    String kind = colon < 0 ? "" : text.substring(0, colon);
    String name = text.substring(colon + 1);
    try {
      switch (kind) {
        case "indicator":
          return of(Indicator.valueOf(name));
        case "trait":
          return of(OrganisationTrait.valueOf(name));
        case "activity":
          return of(Activity.valueOf(name));
        default:
          throw new IllegalArgumentException(
              "feature: '" + text + "' must start with indicator:, trait: or activity:");
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("feature: unknown '" + text + "'; known: " + all(), e);
    }
  }

  /** Every feature: the indicators, then the traits, then the activities, each in the paper's order. */
  public static ImmutableList<ProfileFeature> all() {
    ImmutableList.Builder<ProfileFeature> out = ImmutableList.builder();
    for (Indicator i : Indicator.values()) {
      out.add(of(i));
    }
    for (OrganisationTrait t : OrganisationTrait.values()) {
      out.add(of(t));
    }
    for (Activity a : Activity.values()) {
      out.add(of(a));
    }
    return out.build();
  }
}
