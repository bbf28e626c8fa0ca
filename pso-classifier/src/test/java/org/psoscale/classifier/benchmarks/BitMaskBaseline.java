package org.psoscale.classifier.benchmarks;

import org.psoscale.model.Indicator;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.PsoProfile;

/**
 * A hand-written baseline for the benchmarks: the paper's rules (indicator 1, trait 0.5 split among its
 * strategies) scored with bit masks and popcounts, returning only the three normalised scores. The masks are
 * written out from the paper's table by hand, by constant name; {@link ClassifyBenchmark} checks in its setup
 * that the baseline and the rules classifier agree.
 */
public final class BitMaskBaseline {
  // The paper's table, written out by hand by constant name (not derived from Indicator.strategy() or
  // OrganisationTrait.strategies()); the bits are the constants' ordinals.
  private static final long GEO_INDICATORS = bits(Indicator.CLOSE_REAL_SPACE_MONITORING,
      Indicator.PARTICIPATION_IN_SOCIAL_MOVEMENTS, Indicator.REAL_WORLD_FOCI, Indicator.STRONG_LOCAL_NETWORKS);
  private static final long TECH_INDICATORS =
      bits(Indicator.TECHNICAL_SERVICES_TO_OTHER_PLATFORMS, Indicator.IN_HOUSE_CORE_TECHNOLOGY);
  private static final long DATA_INDICATORS = bits(Indicator.FOCUS_ON_DIFFUSION_AMONG_FINAL_USERS);
  private static final long GEO_TRAITS = bits(OrganisationTrait.EMBEDDED_SECTORAL_NETWORK_LINKS,
      OrganisationTrait.FOUNDERS_FROM_SECTOR, OrganisationTrait.FACILITATES_REAL_SPACE_ENCOUNTERS,
      OrganisationTrait.GEOGRAPHICAL_DIFFERENCES_IN_ISSUE);
  private static final long SHARED_TRAITS = bits(OrganisationTrait.STRONG_FOUNDER_OR_BACKING_ORGANISATION);
  private static final long TECH_TRAITS =
      bits(OrganisationTrait.FOUNDERS_FROM_DIGITAL_SECTOR, OrganisationTrait.ENCOUNTERS_ONLINE_OR_ON_THE_SPOT);
  private static final long DATA_TRAITS = bits(OrganisationTrait.START_UP_OR_NEW_ENTRANT,
      OrganisationTrait.RESOURCE_CONSTRAINTS, OrganisationTrait.FOCUS_ON_EFFICIENCY);

  private static long bits(Enum<?>... constants) {
    long mask = 0;
    for (Enum<?> c : constants) {
      mask |= 1L << c.ordinal();
    }
    return mask;
  }

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
