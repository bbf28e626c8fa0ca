package org.psoscale.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a coder observed of one organisation: the {@link Indicator indicators}, {@link OrganisationTrait traits}
 * and {@link Activity activities} present, and optionally a {@link ScalersAssessment}. This is the input of a
 * strategy classifier. A feature that is absent was not observed; the profile does not distinguish "absent"
 * from "not looked for". The empty profile (nothing observed) is valid: see {@link #empty()}.
 *
 * <p>JSON: {@code {"indicators": ["REAL_WORLD_FOCI"], "traits": [], "activities": ["ORGANISING_EVENTS"],
 * "scalers": {"scores": {"STAFFING": 3}}}}; {@code scalers} is omitted when absent, and missing arrays read as
 * empty.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutablePsoProfile.class)
@JsonDeserialize(as = ImmutablePsoProfile.class)
public abstract class PsoProfile implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final PsoProfile EMPTY = ImmutablePsoProfile.builder().build();

  PsoProfile() {}

  /** The indicators observed; never null. */
  public abstract ImmutableSet<Indicator> indicators();

  /** The organisation traits observed; never null. */
  public abstract ImmutableSet<OrganisationTrait> traits();

  /** The activities observed; never null. */
  public abstract ImmutableSet<Activity> activities();

  /** The coder's SCALERS ratings, if any were made. */
  public abstract Optional<ScalersAssessment> scalers();

  /** Whether no indicator, trait or activity was observed (SCALERS ratings are not strategy evidence). */
  @JsonIgnore
  public boolean hasNoEvidence() {
    return indicators().isEmpty() && traits().isEmpty() && activities().isEmpty();
  }

  /**
   * The indicators, traits and activities observed, as {@link ProfileFeature features}, in
   * {@link ProfileFeature#index() index} order (indicators, then traits, then activities, each in the paper's
   * order). A convenience computed from {@link #indicators()}, {@link #traits()} and {@link #activities()} on each
   * call: it is not an attribute of the profile, so it is not part of the JSON form, of {@code equals} or of
   * {@code hashCode}.
   *
   * @return the features present; empty exactly when {@link #hasNoEvidence()}
   */
  @JsonIgnore
  public ImmutableSet<ProfileFeature> features() {
    ImmutableSet.Builder<ProfileFeature> out = ImmutableSet.builder();
    for (ProfileFeature f : ProfileFeature.all()) {
      boolean present;
      switch (f.kind()) {
        case INDICATOR:
          present = indicators().contains(f.constant());
          break;
        case TRAIT:
          present = traits().contains(f.constant());
          break;
        default:
          present = activities().contains(f.constant());
          break;
      }
      if (present) {
        out.add(f);
      }
    }
    return out.build();
  }

  /** The profile with nothing observed. */
  public static PsoProfile empty() {
    return EMPTY;
  }

  /**
   * A profile with these features and no SCALERS ratings.
   *
   * @param indicators the indicators observed; not null, no null elements
   * @param traits the traits observed; not null, no null elements
   * @param activities the activities observed; not null, no null elements
   * @return the profile
   * @throws NullPointerException if an argument or an element is null
   */
  public static PsoProfile of(
      Iterable<Indicator> indicators, Iterable<OrganisationTrait> traits, Iterable<Activity> activities) {
    return ImmutablePsoProfile.builder()
        .addAllIndicators(indicators)
        .addAllTraits(traits)
        .addAllActivities(activities)
        .build();
  }

  /** A new, empty builder. */
  public static ImmutablePsoProfile.Builder builder() {
    return ImmutablePsoProfile.builder();
  }
}
