package org.psoscale.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.Locale;

/**
 * One feature a {@link PsoProfile} can hold: an {@link Indicator}, an {@link OrganisationTrait} or an
 * {@link Activity} ({@link PsoProfile#features()} lists a profile's). Classifiers weigh features (pso-classifier's
 * {@code Evidence} says which feature moved which strategy's score); the data set codes each feature of a profile
 * with its evidence (pso-dataset's {@code CodedFeature}) and has one codebook rule per feature.
 *
 * <p>Every feature has a dense {@link #index()}: indicators first, then traits, then activities, each in the
 * paper's (declaration) order. There are {@value #COUNT} features, so a set of them fits in one {@code long} bit
 * mask, which is how the built-in classifiers read a profile; {@link Kind#firstIndex()} gives where each kind's
 * run of indices starts, so that the index of a constant {@code c} of kind {@code k} is
 * {@code k.firstIndex() + c.ordinal()} (the same as {@code ProfileFeature.of(c).index()}).
 *
 * <p>Instances are canonical (one per constant, also after deserialization; compare with {@code ==} or
 * {@code equals}), immutable, thread-safe and {@link Serializable}. The text form, used in JSON, is
 * {@code kind:CONSTANT}, e.g. {@code "indicator:REAL_WORLD_FOCI"}, {@code "trait:START_UP_OR_NEW_ENTRANT"} or
 * {@code "activity:ORGANISING_EVENTS"}; see {@link #parse(String)} and {@link #toString()}.
 */
public final class ProfileFeature implements Serializable, Comparable<ProfileFeature> {
  private static final long serialVersionUID = 1L;

  /** The number of features: 7 indicators, 10 traits and 15 activities. */
  public static final int COUNT = 32;

  /** What a feature is: which row of the paper's tables it comes from. */
  public enum Kind {
    /** An {@link Indicator} (the strategy table's INDICATORS row). */
    INDICATOR,
    /** An {@link OrganisationTrait} (the strategy table's "FOR WHICH ORGANISATIONS?" row). */
    TRAIT,
    /** An {@link Activity} (the paper's activities table). */
    ACTIVITY;

    /** {@return the lower-case prefix of this kind in a feature's text form, e.g. {@code "indicator"}} */
    public String prefix() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The {@link ProfileFeature#index() index} of this kind's first feature: 0 for indicators, the number of
     * indicators for traits, the number of indicators and traits for activities. The features of a kind have
     * consecutive indices from here, in the order of the constants' ordinals.
     *
     * @return the index of the feature of this kind's constant with ordinal 0
     */
    public int firstIndex() {
      switch (this) {
        case INDICATOR:
          return 0;
        case TRAIT:
          return Indicator.values().length;
        default:
          return Indicator.values().length + OrganisationTrait.values().length;
      }
    }
  }

  private static final Kind[] KINDS = Kind.values();
  private static final String[] PREFIXES = {"indicator", "trait", "activity"};
  private static final int TRAIT_OFFSET = Kind.TRAIT.firstIndex();
  private static final int ACTIVITY_OFFSET = Kind.ACTIVITY.firstIndex();

  private static final ImmutableList<ProfileFeature> ALL;
  private static final com.google.common.collect.ImmutableMap<String, ProfileFeature> BY_TEXT;
  /** The text form of each feature by index, computed once (toString and parse allocate nothing). */
  private static final String[] TEXT = new String[COUNT];
  /** Per kind (by ordinal), the feature of each exact constant name. */
  private static final java.util.List<com.google.common.collect.ImmutableMap<String, ProfileFeature>> BY_NAME;

  static {
    ImmutableList.Builder<ProfileFeature> all = ImmutableList.builder();
    int index = 0;
    for (Indicator i : Indicator.values()) {
      all.add(new ProfileFeature(Kind.INDICATOR, i, index++));
    }
    for (OrganisationTrait t : OrganisationTrait.values()) {
      all.add(new ProfileFeature(Kind.TRAIT, t, index++));
    }
    for (Activity a : Activity.values()) {
      all.add(new ProfileFeature(Kind.ACTIVITY, a, index++));
    }
    ALL = all.build();
    java.util.List<com.google.common.collect.ImmutableMap<String, ProfileFeature>> byName = new java.util.ArrayList<>();
    for (Kind k : Kind.values()) {
      byName.add(ALL.stream().filter(f -> f.kind == k).collect(com.google.common.collect.ImmutableMap
          .toImmutableMap(f -> f.constant.name(), f -> f)));
    }
    BY_NAME = java.util.List.copyOf(byName);
    for (ProfileFeature f : ALL) {
      TEXT[f.index] = f.kind.prefix() + ":" + f.constant.name();
    }
    BY_TEXT = ALL.stream().collect(com.google.common.collect.ImmutableMap.toImmutableMap(
        ProfileFeature::toString, f -> f));
    if (ALL.size() != COUNT) {
      throw new IllegalStateException("expected " + COUNT + " features, the model has " + ALL.size());
    }
  }

  private final Kind kind;
  private final Enum<?> constant;
  private final int index;

  private ProfileFeature(Kind kind, Enum<?> constant, int index) {
    this.kind = kind;
    this.constant = constant;
    this.index = index;
  }

  /**
   * The feature of an indicator.
   *
   * @param indicator the indicator; not null
   * @return the canonical feature
   * @throws NullPointerException if {@code indicator} is null
   */
  public static ProfileFeature of(Indicator indicator) {
    return ALL.get(requireNonNull(indicator, "indicator").ordinal());
  }

  /**
   * The feature of an organisation trait.
   *
   * @param trait the trait; not null
   * @return the canonical feature
   * @throws NullPointerException if {@code trait} is null
   */
  public static ProfileFeature of(OrganisationTrait trait) {
    return ALL.get(TRAIT_OFFSET + requireNonNull(trait, "trait").ordinal());
  }

  /**
   * The feature of an activity.
   *
   * @param activity the activity; not null
   * @return the canonical feature
   * @throws NullPointerException if {@code activity} is null
   */
  public static ProfileFeature of(Activity activity) {
    return ALL.get(ACTIVITY_OFFSET + requireNonNull(activity, "activity").ordinal());
  }

  /**
   * The feature with this {@link #index()}.
   *
   * @param index from 0 to {@value #COUNT} - 1
   * @return the canonical feature
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public static ProfileFeature ofIndex(int index) {
    return ALL.get(index);
  }

  /** {@return every feature, in {@link #index()} order; {@value #COUNT} elements} */
  public static ImmutableList<ProfileFeature> all() {
    return ALL;
  }

  /**
   * Reads the text form {@code kind:CONSTANT}, e.g. {@code "trait:RESOURCE_CONSTRAINTS"}; the kind ignores case,
   * the constant must be the exact enum constant name.
   *
   * @param text the text form; not null
   * @return the canonical feature
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not the form of a feature; the message lists the accepted
   *     forms
   */
  public static ProfileFeature parse(String text) {
    requireNonNull(text, "text");
    ProfileFeature exact = BY_TEXT.get(text);
    if (exact != null) {
      return exact;
    }
    // not the canonical form: white space around it or a kind in another case; one lookup, no scan of the forms
    String trimmed = text.trim();
    int colon = trimmed.indexOf(':');
    if (colon > 0) {
      for (Kind k : KINDS) {
        String prefix = PREFIXES[k.ordinal()];
        if (colon == prefix.length() && trimmed.regionMatches(true, 0, prefix, 0, colon)) {
          ProfileFeature f = BY_NAME.get(k.ordinal()).get(trimmed.substring(colon + 1));
          if (f != null) {
            return f;
          }
        }
      }
    }
    throw new IllegalArgumentException("feature: unknown value '" + text + "'; accepted: " + ALL);
  }

  /**
   * The JSON form: exactly the text form {@code kind:CONSTANT}, nothing trimmed or case-folded (see
   * {@link PsoJson}); a hash lookup, so reading a feature costs no scan of the 32 forms.
   */
  @JsonCreator
  private static ProfileFeature fromJson(String text) {
    ProfileFeature f = BY_TEXT.get(requireNonNull(text, "text"));
    if (f == null) {
      throw new IllegalArgumentException("feature: unknown value '" + text + "'; write kind:CONSTANT exactly,"
          + " one of " + ALL);
    }
    return f;
  }

  /** {@return whether this is an indicator, a trait or an activity; not null} */
  public Kind kind() {
    return kind;
  }

  /** {@return the model constant: an {@link Indicator}, {@link OrganisationTrait} or {@link Activity}; not null} */
  public Enum<?> constant() {
    return constant;
  }

  /** {@return the dense position of this feature, from 0 to {@value #COUNT} - 1 (see the class documentation)} */
  public int index() {
    return index;
  }

  /** {@return the model's readable label of the constant, e.g. {@code "Real world foci"}; not null} */
  public String label() {
    switch (kind) {
      case INDICATOR:
        return ((Indicator) constant).label();
      case TRAIT:
        return ((OrganisationTrait) constant).label();
      default:
        return ((Activity) constant).label();
    }
  }

  /** Orders by {@link #index()}. */
  @Override
  public int compareTo(ProfileFeature other) {
    return Integer.compare(index, other.index);
  }

  /** The text form {@code kind:CONSTANT}, e.g. {@code "indicator:REAL_WORLD_FOCI"}; see {@link #parse(String)}. */
  @JsonValue
  @Override
  public String toString() {
    return TEXT[index];
  }

  private Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw PsoSerialization.formRequired(ProfileFeature.class);
  }

  /** The serialized form: the text form, read back by {@link #parse(String)}; see {@link PsoSerialization}. */
  private static final class Form extends PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(ProfileFeature v) {
      super(v.toString());
    }

    @Override
    protected Object restore(PsoSerialization.Fields f) throws java.io.InvalidObjectException {
      return parse(f.string("feature"));
    }
  }
}
