package org.psoscale.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a coder decided about one organisation: the {@link Indicator indicators}, {@link OrganisationTrait traits}
 * and {@link Activity activities} present, the features observed absent ({@link #absentFeatures()}), and optionally
 * a {@link ScalersAssessment}. This is the input of a strategy classifier.
 *
 * <p>Profiles are three-valued ({@link FeatureDecision}): every feature is {@link FeatureDecision#PRESENT present}
 * (in {@link #indicators()}, {@link #traits()} or {@link #activities()}), {@link FeatureDecision#ABSENT absent} (in
 * {@link #absentFeatures()}: a sourced line shows the opposite) or {@link FeatureDecision#NOT_OBSERVED not observed}
 * (in neither); {@link #decision(ProfileFeature)} tells which. A feature cannot be both present and absent:
 * {@code build()} throws {@link IllegalArgumentException} naming the feature. The present sets keep their names and
 * types from before absences existed, so code that reads only them (the paper's rules, the weighted and centroid
 * classifiers) gives the same results as before for every profile. The empty profile (nothing decided) is valid:
 * see {@link #empty()}.
 *
 * <p>Build one from {@link ProfileFeature}s without a switch over their kind: {@link #of(Iterable, Iterable)}, or
 * {@code PsoProfile.builder().addFeature(f).addAbsentFeature(g).build()}.
 *
 * <p>JSON: {@code {"indicators": ["REAL_WORLD_FOCI"], "traits": [], "activities": ["ORGANISING_EVENTS"],
 * "absentFeatures": ["trait:START_UP_OR_NEW_ENTRANT"], "scalers": {"scores": {"STAFFING": 3}}}}; {@code scalers} is
 * omitted when absent, missing arrays read as empty, and absent features are written in their
 * {@link ProfileFeature#toString() text form}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutablePsoProfile.class)
@JsonDeserialize(as = ImmutablePsoProfile.class)
public abstract class PsoProfile implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final PsoProfile EMPTY = ImmutablePsoProfile.builder().build();

  PsoProfile() {}

  /** {@return the indicators observed; never null} */
  public abstract ImmutableSet<Indicator> indicators();

  /** {@return the organisation traits observed; never null} */
  public abstract ImmutableSet<OrganisationTrait> traits();

  /** {@return the activities observed; never null} */
  public abstract ImmutableSet<Activity> activities();

  /**
   * {@return the features observed absent: a sourced line shows the opposite of each. Disjoint from the present
   * features ({@link #features()}); a feature in neither was not observed. Never null; sorted by
   * {@link ProfileFeature#index()}, so the JSON form is canonical}
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<ProfileFeature> absentFeatures();

  /** {@return the coder's SCALERS ratings, if any were made} */
  public abstract Optional<ScalersAssessment> scalers();

  /**
   * {@return whether no indicator, trait or activity was observed present (SCALERS ratings are not strategy
   * evidence). Absent features do not count here: the paper's rules score present features only, and this method
   * keeps the meaning it had before profiles were three-valued. See {@link #hasNoDecisions()}}
   */
  @JsonIgnore
  public boolean hasNoEvidence() {
    return indicators().isEmpty() && traits().isEmpty() && activities().isEmpty();
  }

  /** {@return whether no feature was decided either way: none present and none absent} */
  @JsonIgnore
  public boolean hasNoDecisions() {
    return hasNoEvidence() && absentFeatures().isEmpty();
  }

  /**
   * The decision for one feature.
   *
   * @param feature the feature; not null
   * @return {@link FeatureDecision#PRESENT}, {@link FeatureDecision#ABSENT} or {@link FeatureDecision#NOT_OBSERVED}
   * @throws NullPointerException if {@code feature} is null
   */
  public FeatureDecision decision(ProfileFeature feature) {
    if (isPresent(feature)) {
      return FeatureDecision.PRESENT;
    }
    return absentFeatures().contains(feature) ? FeatureDecision.ABSENT : FeatureDecision.NOT_OBSERVED;
  }

  /**
   * Whether a feature is present.
   *
   * @param feature the feature; not null
   * @return whether the indicator, trait or activity is in its present set
   * @throws NullPointerException if {@code feature} is null
   */
  public boolean isPresent(ProfileFeature feature) {
    switch (java.util.Objects.requireNonNull(feature, "feature").kind()) {
      case INDICATOR:
        return indicators().contains(feature.constant());
      case TRAIT:
        return traits().contains(feature.constant());
      default:
        return activities().contains(feature.constant());
    }
  }

  @Value.Check
  void check() {
    for (ProfileFeature f : absentFeatures()) {
      if (isPresent(f)) {
        throw new IllegalArgumentException("profile.absentFeatures: " + f + " is also present; a feature is"
            + " PRESENT, ABSENT or NOT_OBSERVED, never both present and absent");
      }
    }
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
      if (isPresent(f)) {
        out.add(f);
      }
    }
    return out.build();
  }

  /** {@return the profile with nothing observed} */
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

  /**
   * A profile from present and absent features, with no SCALERS ratings.
   *
   * @param present the features present; not null, no null elements
   * @param absent the features observed absent; not null, no null elements, none of them present
   * @return the profile
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if a feature is both present and absent
   */
  public static PsoProfile of(Iterable<ProfileFeature> present, Iterable<ProfileFeature> absent) {
    return builder().addAllFeatures(present).addAllAbsentFeatures(absent).build();
  }

  /** {@return a new, empty builder; see {@link Builder}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PsoProfile}. Besides the generated methods for each attribute ({@code addIndicator},
   * {@code addAbsentFeature}, ...), it adds present features of any kind through {@link #addFeature(ProfileFeature)}.
   * {@code build()} throws {@link IllegalArgumentException} if a feature is both present and absent. Not
   * thread-safe, like every builder.
   */
  public static final class Builder extends ImmutablePsoProfile.Builder {
    /** A new, empty builder; prefer {@link PsoProfile#builder()}. */
    public Builder() {}

    /**
     * Adds a present feature to the indicators, traits or activities, by its kind.
     *
     * @param feature the feature; not null
     * @return this builder
     * @throws NullPointerException if {@code feature} is null
     */
    public Builder addFeature(ProfileFeature feature) {
      switch (java.util.Objects.requireNonNull(feature, "feature").kind()) {
        case INDICATOR:
          addIndicator((Indicator) feature.constant());
          break;
        case TRAIT:
          addTrait((OrganisationTrait) feature.constant());
          break;
        default:
          addActivity((Activity) feature.constant());
          break;
      }
      return this;
    }

    /**
     * Adds present features of any kind; see {@link #addFeature(ProfileFeature)}.
     *
     * @param features the features; not null, no null elements
     * @return this builder
     * @throws NullPointerException if {@code features} or an element is null
     */
    public Builder addAllFeatures(Iterable<ProfileFeature> features) {
      for (ProfileFeature f : java.util.Objects.requireNonNull(features, "features")) {
        addFeature(f);
      }
      return this;
    }

    /**
     * Records a decision for a feature: adds it as present, as absent, or (for
     * {@link FeatureDecision#NOT_OBSERVED}) does nothing.
     *
     * @param feature the feature; not null
     * @param decision the decision; not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder decide(ProfileFeature feature, FeatureDecision decision) {
      java.util.Objects.requireNonNull(feature, "feature");
      switch (java.util.Objects.requireNonNull(decision, "decision")) {
        case PRESENT:
          return addFeature(feature);
        case ABSENT:
          addAbsentFeature(feature);
          return this;
        default:
          return this;
      }
    }
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw PsoSerialization.formRequired(PsoProfile.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw PsoSerialization.formRequired(PsoProfile.class);
  }

  /** The serialized form: plain fields, rebuilt through the builder; see {@link PsoSerialization}. */
  private static final class Form extends PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(PsoProfile v) {
      super(list(v.indicators()), list(v.traits()), list(v.activities()), list(v.absentFeatures()), opt(v.scalers()));
    }

    @Override
    protected Object restore(PsoSerialization.Fields f) throws java.io.InvalidObjectException {
      return builder()
          .addAllIndicators(f.list("indicators", Indicator.class))
          .addAllTraits(f.list("traits", OrganisationTrait.class))
          .addAllActivities(f.list("activities", Activity.class))
          .addAllAbsentFeatures(f.list("absentFeatures", ProfileFeature.class))
          .scalers(f.optional("scalers", ScalersAssessment.class))
          .build();
    }
  }
}
