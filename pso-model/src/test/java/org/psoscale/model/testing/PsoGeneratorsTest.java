package org.psoscale.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.CharMatcher;
import com.google.common.testing.NullPointerTester;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.psoscale.model.CountryCode;
import org.psoscale.model.Indicator;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.LegalStatus;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.Pso;
import org.psoscale.model.PsoJson;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalersAssessment;
import org.psoscale.model.ScalersCapability;
import org.psoscale.model.ScalingStrategy;
import org.psoscale.model.Sector;
import org.psoscale.model.SectorSubcategory;

/** The plain generators are deterministic for a seed, valid and varied. */
class PsoGeneratorsTest {
  private static final int N = 2000;
  private static final int NOW = Year.now(ZoneOffset.UTC).getValue();

  private static <T> List<T> draw(RandomGenerator random, int n, Function<RandomGenerator, T> generator) {
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(generator.apply(random));
    }
    return out;
  }

  private static List<Pso> psos() {
    return draw(new SplittableRandom(42), N, PsoGenerators::pso);
  }

  @Test
  void sameSeedGivesSameValues() {
    assertEquals(draw(new SplittableRandom(7), 300, PsoGenerators::pso),
        draw(new SplittableRandom(7), 300, PsoGenerators::pso));
    assertEquals(draw(RandomGeneratorFactory.of("L64X128MixRandom").create(7), 300, PsoGenerators::profile),
        draw(RandomGeneratorFactory.of("L64X128MixRandom").create(7), 300, PsoGenerators::profile));
    assertEquals(PsoGenerators.labelledProfiles(new SplittableRandom(3), 100),
        PsoGenerators.labelledProfiles(new SplittableRandom(3), 100));
    assertEquals(draw(new SplittableRandom(5), 100, PsoGenerators::countryCode),
        draw(new SplittableRandom(5), 100, PsoGenerators::countryCode));
  }

  @Test
  void differentSeedsGiveDifferentValues() {
    assertNotEquals(draw(new SplittableRandom(1), 50, PsoGenerators::pso),
        draw(new SplittableRandom(2), 50, PsoGenerators::pso));
  }

  @Test
  void generatedPsosAreValidAndRoundTrip() throws Exception {
    var mapper = PsoJson.mapper();
    for (Pso p : psos()) {
      assertFalse(CharMatcher.whitespace().matchesAllOf(p.name()), p.name());
      assertFalse(p.aliases().contains(p.name()));
      assertFalse(p.sectors().isEmpty());
      for (SectorSubcategory c : p.subcategories()) {
        assertTrue(p.sectors().contains(c.sector()), p.toString());
      }
      p.foundingYear().ifPresent(y -> assertTrue(y >= Pso.MIN_FOUNDING_YEAR && y <= NOW, p.toString()));
      p.website().ifPresent(w -> assertTrue(w.getScheme().equalsIgnoreCase("http")
          || w.getScheme().equalsIgnoreCase("https"), w.toString()));
      assertEquals(p, Pso.builder().from(p).build());
      assertEquals(p, mapper.readValue(mapper.writeValueAsString(p), Pso.class));
    }
  }

  @Test
  void generatedPsosAreVaried() {
    List<Pso> all = psos();
    assertSometimes(all, p -> p.foundingYear().isPresent(), "founding year");
    assertSometimes(all, p -> p.legalStatus().isPresent(), "legal status");
    assertSometimes(all, p -> p.country().isPresent(), "country");
    assertSometimes(all, p -> p.website().isPresent(), "website");
    assertSometimes(all, p -> p.description().isPresent(), "description");
    assertSometimes(all, p -> !p.aliases().isEmpty(), "aliases");
    assertSometimes(all, p -> !p.subcategories().isEmpty(), "sub-categories");
    assertSometimes(all, p -> p.sectors().size() > 1, "several sectors");
    assertSometimes(all, p -> p.profile().equals(PsoProfile.empty()), "empty profile");
    assertSometimes(all, p -> p.profile().scalers().isPresent(), "SCALERS");
    assertSometimes(all, p -> p.foundingYear().orElse(0) == Pso.MIN_FOUNDING_YEAR, "year " + Pso.MIN_FOUNDING_YEAR);
    assertSometimes(all, p -> p.foundingYear().orElse(0) == NOW, "the current year");
    assertSometimes(all, p -> p.name().chars().anyMatch(c -> c > 127), "non-ASCII name");
    assertSometimes(all, p -> p.name().strip().contains(" "), "name with a space");
    assertSometimes(all, p -> p.name().chars().anyMatch(c -> "!?.,:;'-&/()#".indexOf(c) >= 0), "punctuation");
    assertSometimes(all, p -> p.name().codePoints().anyMatch(Character::isSupplementaryCodePoint), "emoji");
    assertSometimes(all, p -> p.country().map(CountryCode::isSupranational).orElse(false), "EU");
    assertEquals(EnumSet.allOf(Sector.class),
        all.stream().flatMap(p -> p.sectors().stream()).collect(Collectors.toCollection(HashSet::new)));
    assertEquals(EnumSet.allOf(SectorSubcategory.class),
        all.stream().flatMap(p -> p.subcategories().stream()).collect(Collectors.toCollection(HashSet::new)));
    assertEquals(EnumSet.allOf(LegalStatus.class),
        all.stream().flatMap(p -> p.legalStatus().stream()).collect(Collectors.toCollection(HashSet::new)));
    assertTrue(all.stream().map(Pso::name).distinct().count() > N / 2);
  }

  @Test
  void scalersAssessmentsRangeFromNoneToAll() {
    List<ScalersAssessment> all = draw(new SplittableRandom(11), 500, PsoGenerators::scalersAssessment);
    assertSometimes(all, a -> a.scores().isEmpty(), "no scores");
    assertSometimes(all, a -> a.scores().size() == ScalersCapability.values().length, "all scores");
    Set<Integer> scores = all.stream().flatMap(a -> a.scores().values().stream()).collect(Collectors.toSet());
    assertEquals(Set.of(1, 2, 3, 4, 5), scores);
  }

  @Test
  void countryCodesCoverThePapersAndOthers() {
    List<CountryCode> all = draw(new SplittableRandom(13), 1000, PsoGenerators::countryCode);
    Set<String> codes = all.stream().map(CountryCode::code).collect(Collectors.toSet());
    assertTrue(codes.containsAll(Set.of("GB", "SE", "NO", "FR", "DK", "DE", "IT", "ES", "NL", "EU")), codes.toString());
    assertTrue(codes.size() > 100, codes.toString());
  }

  @Test
  void labelledProfilesHaveTheSizeDistinctIdsAndEveryLabel() {
    List<LabelledProfile> data = PsoGenerators.labelledProfiles(new SplittableRandom(17), 600);
    assertEquals(600, data.size());
    assertEquals(600, data.stream().map(LabelledProfile::id).distinct().count());
    assertEquals(EnumSet.allOf(ScalingStrategy.class),
        data.stream().map(LabelledProfile::label).collect(Collectors.toCollection(HashSet::new)));
    assertSometimes(data, l -> l.profile().hasNoEvidence(), "no evidence");
    assertEquals(List.of(), PsoGenerators.labelledProfiles(new SplittableRandom(17), 0));
    assertThrows(IllegalArgumentException.class, () -> PsoGenerators.labelledProfiles(new SplittableRandom(1), -1));
  }

  @Test
  void labelsLeanTowardsTheirColumnOfTheStrategyTable() {
    List<LabelledProfile> data = PsoGenerators.labelledProfiles(new SplittableRandom(19), 1000);
    long agreeing = data.stream().filter(l -> strongestColumn(l.profile()) == l.label()).count();
    assertTrue(agreeing > 600, agreeing + " of 1000 agree");
    assertTrue(agreeing < 1000, "labels should be noisy");
  }

  private static ScalingStrategy strongestColumn(PsoProfile profile) {
    ScalingStrategy best = null;
    double bestScore = 0;
    for (ScalingStrategy s : ScalingStrategy.values()) {
      double score = 0;
      for (Indicator i : profile.indicators()) {
        score += i.strategy() == s ? 1.0 / s.indicators().size() : 0;
      }
      for (OrganisationTrait t : profile.traits()) {
        score += t.strategies().contains(s) ? 1.0 / s.traits().size() : 0;
      }
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    return best;
  }

  @Test
  void nullGeneratorIsRejected() {
    new NullPointerTester()
        .setDefault(RandomGenerator.class, new SplittableRandom(1))
        .setDefault(String.class, "case")
        .testAllPublicStaticMethods(PsoGenerators.class);
  }

  private static <T> void assertSometimes(List<T> values, java.util.function.Predicate<T> p, String what) {
    long n = values.stream().filter(p).count();
    assertTrue(n > 0, "never " + what);
    assertTrue(n < values.size(), "always " + what);
  }
}
