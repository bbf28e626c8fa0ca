package org.psoscale.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.psoscale.model.Activity;
import org.psoscale.model.Indicator;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.PsoProfile;

/** Test profiles: jqwik arbitraries and a seeded generator. */
public final class Profiles {
  private Profiles() {}

  /** Any profile: any subsets of indicators, traits and activities, in random insertion order. */
  public static Arbitrary<PsoProfile> any() {
    return Combinators.combine(
            Arbitraries.of(Indicator.class).list().uniqueElements().ofMaxSize(Indicator.values().length),
            Arbitraries.of(OrganisationTrait.class).list().uniqueElements().ofMaxSize(OrganisationTrait.values().length),
            Arbitraries.of(Activity.class).list().uniqueElements().ofMaxSize(Activity.values().length))
        .as(PsoProfile::of);
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
