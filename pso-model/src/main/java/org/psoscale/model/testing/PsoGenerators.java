package org.psoscale.model.testing;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.psoscale.model.Activity;
import org.psoscale.model.CountryCode;
import org.psoscale.model.ImmutablePso;
import org.psoscale.model.Indicator;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.LegalStatus;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.Pso;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalersAssessment;
import org.psoscale.model.ScalersCapability;
import org.psoscale.model.ScalingStrategy;
import org.psoscale.model.Sector;
import org.psoscale.model.SectorSubcategory;

/**
 * Random, valid PSO Scale values drawn from a {@link RandomGenerator}, without jqwik: for benchmarks, fuzzing,
 * smoke tests and property tests in other frameworks. Every method consumes the generator only, so a seeded
 * generator ({@code new SplittableRandom(42)}, {@code RandomGenerator.of("L64X128MixRandom")} after seeding)
 * gives the same values on every run (up to the current year, which bounds founding years).
 *
 * <p>Values are valid (they are built through the public builders) and varied: optional fields are sometimes
 * absent, profiles are sometimes {@linkplain PsoProfile#empty() empty}, founding years hit
 * {@link Pso#MIN_FOUNDING_YEAR} and the current year, names mix the paper's spellings with generated ones
 * holding non-ASCII letters, spaces and punctuation (never blank), and sub-categories always belong to one of
 * the chosen sectors. These generators do not shrink; for shrinking use {@link PsoArbitraries}.
 *
 * <p>This class does not use jqwik and works on class paths without it.
 */
public final class PsoGenerators {
  private PsoGenerators() {}

  /**
   * A random valid PSO.
   *
   * @param random the source of randomness; not null
   * @return a PSO; not null
   * @throws NullPointerException if {@code random} is null
   */
  public static Pso pso(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    String name = name(random);
    ImmutablePso.Builder b = Pso.builder().name(name);
    if (chance(random, 0.4)) {
      int aliases = 1 + random.nextInt(3);
      for (int i = 0; i < aliases; i++) {
        String alias = name(random);
        if (!alias.equals(name)) {
          b.addAlias(alias);
        }
      }
    }
    if (chance(random, 0.75)) {
      b.foundingYear(foundingYear(random));
    }
    if (chance(random, 0.7)) {
      b.legalStatus(pick(random, LegalStatus.values()));
    }
    if (chance(random, 0.7)) {
      b.country(countryCode(random));
    }
    Set<Sector> sectors = EnumSet.noneOf(Sector.class);
    int sectorCount = chance(random, 0.7) ? 1 : 2 + random.nextInt(2);
    while (sectors.size() < sectorCount) {
      sectors.add(pick(random, Sector.values()));
    }
    b.addAllSectors(sectors);
    for (Sector s : sectors) {
      for (SectorSubcategory c : s.subcategories()) {
        if (chance(random, 0.3)) {
          b.addSubcategory(c);
        }
      }
    }
    if (chance(random, 0.6)) {
      b.website(website(random));
    }
    if (chance(random, 0.5)) {
      b.description(description(random));
    }
    if (chance(random, 0.75)) {
      b.profile(profile(random));
    }
    return b.build();
  }

  /**
   * A random valid profile; about one in five is {@linkplain PsoProfile#empty() empty}, about half carry
   * a {@link ScalersAssessment}, and about two in three of the others have features observed absent
   * ({@link PsoProfile#absentFeatures()}; never a present one).
   *
   * @param random the source of randomness; not null
   * @return a profile; not null
   * @throws NullPointerException if {@code random} is null
   */
  public static PsoProfile profile(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    if (chance(random, 0.2)) {
      return PsoProfile.empty();
    }
    double density = pick(random, new Double[] {0.15, 0.35, 0.6});
    double absentDensity = pick(random, new Double[] {0.0, 0.2, 0.5});
    PsoProfile.Builder b = PsoProfile.builder();
    for (ProfileFeature f : ProfileFeature.all()) {
      if (chance(random, density)) {
        b.addFeature(f);
      } else if (chance(random, absentDensity)) {
        b.addAbsentFeature(f);
      }
    }
    if (chance(random, 0.5)) {
      b.scalers(scalersAssessment(random));
    }
    return b.build();
  }

  /**
   * A random valid SCALERS assessment: any subset of the capabilities (sometimes none, sometimes all) with
   * scores from {@value ScalersAssessment#MIN_SCORE} to {@value ScalersAssessment#MAX_SCORE}.
   *
   * @param random the source of randomness; not null
   * @return an assessment; not null
   * @throws NullPointerException if {@code random} is null
   */
  public static ScalersAssessment scalersAssessment(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    Map<ScalersCapability, Integer> scores = new EnumMap<>(ScalersCapability.class);
    double density = pick(random, new Double[] {0.0, 0.5, 0.8, 1.0});
    for (ScalersCapability c : ScalersCapability.values()) {
      if (chance(random, density)) {
        scores.put(c, ScalersAssessment.MIN_SCORE
            + random.nextInt(ScalersAssessment.MAX_SCORE - ScalersAssessment.MIN_SCORE + 1));
      }
    }
    return ScalersAssessment.of(scores);
  }

  /**
   * A random country code: half the time one of the countries of the paper's appendix (with {@code EU}),
   * otherwise any code {@link CountryCode#of(String)} accepts.
   *
   * @param random the source of randomness; not null
   * @return a country code; not null
   * @throws NullPointerException if {@code random} is null
   */
  public static CountryCode countryCode(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    List<String> pool = chance(random, 0.5) ? Pools.PAPER_COUNTRIES : Pools.ALL_COUNTRIES;
    return CountryCode.of(pool.get(random.nextInt(pool.size())));
  }

  /**
   * A random labelled profile with a random reference strategy. Four times in five the profile's indicators
   * and traits lean towards the label's column of the strategy table (present more often, absent less often); otherwise the profile is unrelated to
   * the label (noise, possibly empty). The data are synthetic, not the paper's cases.
   *
   * @param random the source of randomness; not null
   * @param id the case identifier; not null or blank
   * @return a labelled profile; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public static LabelledProfile labelledProfile(RandomGenerator random, String id) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(id, "id");
    ScalingStrategy label = pick(random, ScalingStrategy.values());
    if (chance(random, 0.2)) {
      return LabelledProfile.of(id, profile(random), label);
    }
    PsoProfile.Builder b = PsoProfile.builder();
    for (Indicator i : Indicator.values()) {
      if (chance(random, i.strategy() == label ? 0.6 : 0.1)) {
        b.addIndicator(i);
      } else if (chance(random, i.strategy() == label ? 0.05 : 0.25)) {
        b.addAbsentFeature(ProfileFeature.of(i));
      }
    }
    for (OrganisationTrait t : OrganisationTrait.values()) {
      if (chance(random, t.strategies().contains(label) ? 0.5 : 0.1)) {
        b.addTrait(t);
      } else if (chance(random, t.strategies().contains(label) ? 0.05 : 0.25)) {
        b.addAbsentFeature(ProfileFeature.of(t));
      }
    }
    for (Activity a : Activity.values()) {
      if (chance(random, 0.2)) {
        b.addActivity(a);
      } else if (chance(random, 0.1)) {
        b.addAbsentFeature(ProfileFeature.of(a));
      }
    }
    if (chance(random, 0.3)) {
      b.scalers(scalersAssessment(random));
    }
    return LabelledProfile.of(id, b.build(), label);
  }

  /**
   * A random data set of labelled profiles with distinct identifiers; see
   * {@link #labelledProfile(RandomGenerator, String)} for how labels relate to profiles.
   *
   * @param random the source of randomness; not null
   * @param size the number of profiles; not negative
   * @return a new mutable list of {@code size} labelled profiles
   * @throws NullPointerException if {@code random} is null
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public static List<LabelledProfile> labelledProfiles(RandomGenerator random, int size) {
    Objects.requireNonNull(random, "random");
    if (size < 0) {
      throw new IllegalArgumentException("size: " + size + " is negative");
    }
    List<LabelledProfile> out = new ArrayList<>(size);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < size; i++) {
      String id = id(random, i);
      while (!ids.add(id)) {
        id = id + "-" + i;
      }
      out.add(labelledProfile(random, id));
    }
    return out;
  }

  /**
   * A random organisation name: sometimes one of the paper's spellings ({@code "No!Lo Tiro"},
   * {@code "FRAGDENSTAA T"}), otherwise composed of words and characters that include non-ASCII letters,
   * spaces and punctuation. Never blank.
   *
   * @param random the source of randomness; not null
   * @return a name; not null or blank
   * @throws NullPointerException if {@code random} is null
   */
  public static String name(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    int kind = random.nextInt(10);
    if (kind < 2) {
      return pick(random, Pools.PAPER_NAMES);
    }
    StringBuilder s = new StringBuilder();
    if (kind < 6) {
      int words = 1 + random.nextInt(3);
      for (int i = 0; i < words; i++) {
        if (i > 0) {
          s.append(pick(random, Pools.SEPARATORS));
        }
        s.append(pick(random, Pools.WORDS));
      }
    } else {
      s.append(Pools.VISIBLE.charAt(random.nextInt(Pools.VISIBLE.length())));
      String tail = Pools.VISIBLE + Pools.VISIBLE + Pools.SPACES + Pools.PUNCTUATION;
      int length = random.nextInt(20);
      for (int i = 0; i < length; i++) {
        s.append(tail.charAt(random.nextInt(tail.length())));
      }
    }
    if (chance(random, 0.05)) {
      s.insert(0, ' ');
    }
    if (chance(random, 0.05)) {
      s.append(' ');
    }
    return s.toString();
  }

  /**
   * A random founding year from {@link Pso#MIN_FOUNDING_YEAR} to the current year (UTC), both ends included and
   * each drawn about one time in ten.
   *
   * @param random the source of randomness; not null
   * @return a year that {@link Pso} accepts
   * @throws NullPointerException if {@code random} is null
   */
  public static int foundingYear(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    int now = Pools.currentYear();
    int kind = random.nextInt(10);
    if (kind == 0) {
      return Pso.MIN_FOUNDING_YEAR;
    } else if (kind == 1) {
      return now;
    } else if (kind < 7) {
      return 1990 + random.nextInt(now - 1990 + 1);
    } else {
      return Pso.MIN_FOUNDING_YEAR + random.nextInt(now - Pso.MIN_FOUNDING_YEAR + 1);
    }
  }

  /**
   * A random absolute http or https website URI with an ASCII host, sometimes with a path or query.
   *
   * @param random the source of randomness; not null
   * @return a URI that {@link Pso} accepts as website
   * @throws NullPointerException if {@code random} is null
   */
  public static URI website(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    StringBuilder s = new StringBuilder(pick(random, new String[] {"https", "http", "HTTPS"})).append("://");
    if (chance(random, 0.3)) {
      s.append("www.");
    }
    s.append(hostLabel(random));
    if (chance(random, 0.2)) {
      s.append('-').append(hostLabel(random));
    }
    s.append('.').append(pick(random, Pools.TLDS));
    if (chance(random, 0.1)) {
      s.append(':').append(1 + random.nextInt(65535));
    }
    if (chance(random, 0.4)) {
      s.append('/').append(hostLabel(random));
      if (chance(random, 0.3)) {
        s.append("/about");
      }
    }
    if (chance(random, 0.1)) {
      s.append("?lang=").append(pick(random, new String[] {"en", "fr", "de"}));
    }
    return URI.create(s.toString());
  }

  private static String description(RandomGenerator random) {
    StringBuilder s = new StringBuilder(pick(random, Pools.SENTENCES));
    if (chance(random, 0.3)) {
      s.append(' ').append(pick(random, Pools.SENTENCES));
    }
    if (chance(random, 0.2)) {
      s.append('\n').append(name(random));
    }
    return s.toString();
  }

  private static String id(RandomGenerator random, int index) {
    int kind = random.nextInt(3);
    if (kind == 0) {
      return String.format(java.util.Locale.ROOT, "case-%03d", index);
    } else if (kind == 1) {
      return hostLabel(random) + "-" + index;
    } else {
      return name(random).strip() + " #" + index;
    }
  }

  private static String hostLabel(RandomGenerator random) {
    String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
    int length = 1 + random.nextInt(12);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(chars.charAt(random.nextInt(chars.length())));
    }
    return s.toString();
  }

  private static boolean chance(RandomGenerator random, double probability) {
    return random.nextDouble() < probability;
  }

  private static <T> T pick(RandomGenerator random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static <T> T pick(RandomGenerator random, ImmutableList<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
