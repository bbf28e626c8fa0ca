package org.psoscale.classifier.benchmarks;

import org.psoscale.model.Indicator;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.PsoProfile;

/**
 * A hand-written baseline for the benchmarks: the paper's rules (indicator 1, trait 0.5 split among its
 * strategies) scored with bit masks and popcounts, returning only the three normalised scores. The masks are
 * written out from the paper's table by hand, by constant ordinal; {@link ClassifyBenchmark} checks in its setup
 * that the baseline and the rules classifier agree.
 */
public final class BitMaskBaseline {
  // Indicator ordinals: 0-3 geographic, 4-5 technological, 6 data-based.
  private static final long GEO_INDICATORS = 0b0001111L;
  private static final long TECH_INDICATORS = 0b0110000L;
  private static final long DATA_INDICATORS = 0b1000000L;
  // Trait ordinals: 0-3 geographic, 4 shared by geographic and technological, 5-6 technological, 7-9 data-based.
  private static final long GEO_TRAITS = 0b0000001111L;
  private static final long SHARED_TRAITS = 0b0000010000L;
  private static final long TECH_TRAITS = 0b0001100000L;
  private static final long DATA_TRAITS = 0b1110000000L;

  private BitMaskBaseline() {}

  private static final Indicator[] INDICATORS = Indicator.values();
  private static final OrganisationTrait[] TRAITS = OrganisationTrait.values();

  /** The scores in the paper's column order, all 0 without evidence; reads the profile by iterating its sets. */
  public static double[] score(PsoProfile profile) {
    long indicators = 0;
    for (Indicator i : profile.indicators()) {
      indicators |= 1L << i.ordinal();
    }
    long traits = 0;
    for (OrganisationTrait t : profile.traits()) {
      traits |= 1L << t.ordinal();
    }
    return score(indicators, traits);
  }

  /**
   * The same scores, reading the profile by probing its sets with {@code contains} (no iterator allocated), as the
   * rules classifier does.
   */
  public static double[] scoreByProbing(PsoProfile profile) {
    long indicators = 0;
    int n = profile.indicators().size();
    for (int i = 0, found = 0; found < n && i < INDICATORS.length; i++) {
      if (profile.indicators().contains(INDICATORS[i])) {
        indicators |= 1L << i;
        found++;
      }
    }
    long traits = 0;
    n = profile.traits().size();
    for (int i = 0, found = 0; found < n && i < TRAITS.length; i++) {
      if (profile.traits().contains(TRAITS[i])) {
        traits |= 1L << i;
        found++;
      }
    }
    return score(indicators, traits);
  }

  private static double[] score(long indicators, long traits) {
    double shared = 0.25 * Long.bitCount(traits & SHARED_TRAITS);
    double geo = Long.bitCount(indicators & GEO_INDICATORS) + 0.5 * Long.bitCount(traits & GEO_TRAITS) + shared;
    double tech = Long.bitCount(indicators & TECH_INDICATORS) + 0.5 * Long.bitCount(traits & TECH_TRAITS) + shared;
    double data = Long.bitCount(indicators & DATA_INDICATORS) + 0.5 * Long.bitCount(traits & DATA_TRAITS);
    double total = geo + tech + data;
    double[] out = new double[3];
    if (total > 0) {
      out[0] = geo / total;
      out[1] = tech / total;
      out[2] = data / total;
    }
    return out;
  }
}
