package org.psoscale.classifier;

import java.util.Set;
import org.psoscale.model.Activity;
import org.psoscale.model.Indicator;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoProfile;

/**
 * Reads a profile's present features into a 64-bit mask, bit {@link ProfileFeature#index()} set for each, the
 * form in which the built-in classifiers score profiles. Shared by the weighted classifier (the paper's rules) and
 * the naive Bayes so that both read profiles the same way and allocate nothing doing so.
 */
final class ProfileMasks {
  private static final Indicator[] INDICATORS = Indicator.values();
  private static final OrganisationTrait[] TRAITS = OrganisationTrait.values();
  private static final Activity[] ACTIVITIES = Activity.values();
  private static final int TRAIT_OFFSET = ProfileFeature.Kind.TRAIT.firstIndex();
  private static final int ACTIVITY_OFFSET = ProfileFeature.Kind.ACTIVITY.firstIndex();

  private ProfileMasks() {}

  /** The bits of the profile's present indicators. */
  static long indicators(PsoProfile profile) {
    return mask(profile.indicators(), INDICATORS, 0);
  }

  /** The bits of the profile's present traits. */
  static long traits(PsoProfile profile) {
    return mask(profile.traits(), TRAITS, TRAIT_OFFSET);
  }

  /** The bits of the profile's present activities. */
  static long activities(PsoProfile profile) {
    return mask(profile.activities(), ACTIVITIES, ACTIVITY_OFFSET);
  }

  /** The bits of every present feature. */
  static long present(PsoProfile profile) {
    return indicators(profile) | traits(profile) | activities(profile);
  }

  /**
   * The bits {@code offset + ordinal} of the constants in {@code set}. Probes the set with {@code contains}, in
   * constant order, and stops once all its elements are found: unlike iterating, this allocates nothing (the
   * model's sets are Guava immutable enum sets, whose iterators escape analysis does not remove).
   */
  private static <E extends Enum<E>> long mask(Set<E> set, E[] constants, int offset) {
    int n = set.size();
    long mask = 0;
    for (int i = 0, found = 0; found < n && i < constants.length; i++) {
      if (set.contains(constants[i])) {
        mask |= 1L << (offset + i);
        found++;
      }
    }
    return mask;
  }
}
