package org.psoscale.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitrary;
import org.psoscale.model.Activity;
import org.psoscale.model.Indicator;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.testing.PsoArbitraries;

/** Test profiles: jqwik arbitraries and a seeded generator. */
public final class Profiles {
  private Profiles() {}

  /**
   * Any profile: the model's property-test kit ({@link PsoArbitraries#profiles()}: any subsets of indicators, traits
   * and activities, sometimes with SCALERS ratings; shrinks towards the empty profile).
   */
  public static Arbitrary<PsoProfile> any() {
    return PsoArbitraries.profiles();
  }

  /**
   * A deterministic profile from a seeded generator: each feature present with probability {@code p}. Used by
   * the parallel-stream test and the benchmarks.
   */
  public static PsoProfile random(SplittableRandom random, double p) {
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator i : Indicator.values()) {
      if (random.nextDouble() < p) {
        indicators.add(i);
      }
    }
    List<OrganisationTrait> traits = new ArrayList<>();
    for (OrganisationTrait t : OrganisationTrait.values()) {
      if (random.nextDouble() < p) {
        traits.add(t);
      }
    }
    List<Activity> activities = new ArrayList<>();
    for (Activity a : Activity.values()) {
      if (random.nextDouble() < p) {
        activities.add(a);
      }
    }
    return PsoProfile.of(indicators, traits, activities);
  }

  /** {@code n} profiles from {@link #random(SplittableRandom, double)} with this seed and p = 0.25. */
  public static List<PsoProfile> generate(long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    List<PsoProfile> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(random(random, 0.25));
    }
    return out;
  }
}
