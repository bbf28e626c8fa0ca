package org.psoscale.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.CharMatcher;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.psoscale.model.CountryCode;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.Pso;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalersAssessment;
import org.psoscale.model.SectorSubcategory;

/** The jqwik arbitraries give valid, varied values, shrink, and are found through the provider. */
class PsoArbitrariesTest {
  private static final int NOW = Year.now(ZoneOffset.UTC).getValue();

  @Property
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void psosAreValidAndVaried(@ForAll Pso p) {
    assertFalse(CharMatcher.whitespace().matchesAllOf(p.name()), p.name());
    assertFalse(p.aliases().contains(p.name()));
    assertFalse(p.sectors().isEmpty());
    for (SectorSubcategory c : p.subcategories()) {
      assertTrue(p.sectors().contains(c.sector()), p.toString());
    }
    p.foundingYear().ifPresent(y -> assertTrue(y >= Pso.MIN_FOUNDING_YEAR && y <= NOW));
    assertEquals(p, Pso.builder().from(p).build());

    Statistics.label("year").collect(p.foundingYear().isPresent() ? "present" : "absent");
    Statistics.label("year").coverage(c -> {
      c.check("present").percentage(x -> x > 40);
      c.check("absent").percentage(x -> x > 5);
    });
    Statistics.label("edge years").collect(p.foundingYear().orElse(0) == Pso.MIN_FOUNDING_YEAR ? "min"
        : p.foundingYear().orElse(0) == NOW ? "now" : "other");
    Statistics.label("edge years").coverage(c -> {
      c.check("min").count(n -> n > 0);
      c.check("now").count(n -> n > 0);
    });
    Statistics.label("optionals").collect(
        p.country().isPresent(), p.website().isPresent(), p.description().isPresent(), p.legalStatus().isPresent());
    Statistics.label("optionals").coverage(c -> {
      c.check(false, false, false, false).count(n -> n >= 0);
      c.checkQuery(l -> l.contains(true)).count(n -> n > 0);
      c.checkQuery(l -> l.contains(false)).count(n -> n > 0);
    });
    Statistics.label("profile").collect(p.profile().equals(PsoProfile.empty()) ? "empty" : "non-empty");
    Statistics.label("profile").coverage(c -> {
      c.check("empty").percentage(x -> x > 5);
      c.check("non-empty").percentage(x -> x > 30);
    });
    Statistics.label("name").collect(p.name().chars().anyMatch(ch -> ch > 127) ? "non-ASCII" : "ASCII");
    Statistics.label("name").coverage(c -> c.check("non-ASCII").percentage(x -> x > 5));
    Statistics.label("aliases").collect(p.aliases().isEmpty() ? "none" : "some");
    Statistics.label("aliases").coverage(c -> c.check("some").percentage(x -> x > 10));
    Statistics.label("subcategories").collect(p.subcategories().isEmpty() ? "none" : "some");
    Statistics.label("subcategories").coverage(c -> c.check("some").percentage(x -> x > 5));
  }

  @Property
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void countryCodesIncludeTheSupranationalEu(@ForAll CountryCode c) {
    assertEquals(c, CountryCode.of(c.code()));
    Statistics.collect(c.isSupranational());
    Statistics.coverage(k -> k.check(true).count(n -> n > 0));
  }

  @Property
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void scalersAssessmentsAreInRange(@ForAll ScalersAssessment a) {
    a.scores().values().forEach(s -> assertTrue(s >= 1 && s <= 5));
    Statistics.collect(a.scores().isEmpty());
    Statistics.coverage(k -> {
      k.check(true).count(n -> n > 0);
      k.check(false).percentage(x -> x > 50);
    });
  }

  @Property(tries = 100)
  void dataSetsHaveDistinctIds(@ForAll("dataSets") List<LabelledProfile> data) {
    assertTrue(data.size() <= 20);
    assertEquals(data.size(), data.stream().map(LabelledProfile::id).distinct().count());
    for (LabelledProfile l : data) {
      assertFalse(CharMatcher.whitespace().matchesAllOf(l.id()));
    }
  }

  @Provide
  Arbitrary<List<LabelledProfile>> dataSets() {
    return PsoArbitraries.labelledDataSets();
  }

  @Property(tries = 50)
  void sizedDataSetsRespectTheirBounds(@ForAll("sizedDataSets") List<LabelledProfile> data) {
    assertTrue(data.size() >= 5 && data.size() <= 8, Integer.toString(data.size()));
  }

  @Provide
  Arbitrary<List<LabelledProfile>> sizedDataSets() {
    return PsoArbitraries.labelledDataSets(5, 8);
  }

  @Example
  void invalidDataSetSizesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> PsoArbitraries.labelledDataSets(-1, 3));
    assertThrows(IllegalArgumentException.class, () -> PsoArbitraries.labelledDataSets(4, 3));
  }

  @Property(tries = 50)
  void collectionsOfValueTypesResolveToo(@ForAll List<Pso> psos, @ForAll Set<CountryCode> countries) {
    assertTrue(psos.stream().allMatch(p -> !p.sectors().isEmpty()));
    assertTrue(countries.stream().allMatch(c -> c.code().length() == 2));
  }

  // ---------------------------------------------------------------- shrinking

  /** Shrinks greedily, as jqwik does, keeping only candidates for which {@code failing} holds. */
  private static <T> T shrinkWhile(Arbitrary<T> arbitrary, Predicate<T> failing, long seed) {
    Random random = new Random(seed);
    Shrinkable<T> current = arbitrary.generator(1000).stream(random)
        .filter(s -> failing.test(s.value()))
        .findFirst()
        .orElseThrow();
    for (int steps = 0; steps < 5000; steps++) {
      Optional<Shrinkable<T>> next = current.shrink().filter(s -> failing.test(s.value())).findFirst();
      if (next.isEmpty()) {
        break;
      }
      current = next.get();
    }
    return current.value();
  }

  @Example
  void psosShrinkToTheSmallestValueThatStillFails() {
    Predicate<Pso> failing = p -> p.country().isPresent() && !p.aliases().isEmpty() && p.profile().hasNoEvidence();
    Pso rich = PsoArbitraries.psos().generator(1000).stream(new Random(3))
        .map(Shrinkable::value)
        .filter(p -> failing.test(p) && p.foundingYear().isPresent() && p.website().isPresent())
        .findFirst()
        .orElseThrow();
    assertTrue(rich.foundingYear().isPresent());
    Pso minimal = shrinkWhile(PsoArbitraries.psos(), failing, 3);
    assertTrue(failing.test(minimal));
    assertEquals(1, minimal.aliases().size(), minimal.toString());
    assertEquals(1, minimal.sectors().size(), minimal.toString());
    assertTrue(minimal.subcategories().isEmpty(), minimal.toString());
    assertTrue(minimal.foundingYear().isEmpty(), minimal.toString());
    assertTrue(minimal.website().isEmpty(), minimal.toString());
    assertTrue(minimal.description().isEmpty(), minimal.toString());
    assertTrue(minimal.legalStatus().isEmpty(), minimal.toString());
    assertEquals(PsoProfile.empty(), minimal.profile());
    assertTrue(minimal.name().length() <= 2, minimal.name());
  }

  @Example
  void profilesShrinkTowardsEmpty() {
    PsoProfile minimal = shrinkWhile(PsoArbitraries.profiles(), p -> p.indicators().size() >= 2, 5);
    assertEquals(2, minimal.indicators().size(), minimal.toString());
    assertTrue(minimal.traits().isEmpty() && minimal.activities().isEmpty() && minimal.scalers().isEmpty(),
        minimal.toString());
  }

  @Example
  void dataSetsShrinkToTheFewestExamples() {
    List<LabelledProfile> minimal = shrinkWhile(PsoArbitraries.labelledDataSets(), d -> d.size() >= 3, 7);
    assertEquals(3, minimal.size());
    assertEquals(3, minimal.stream().map(LabelledProfile::id).distinct().count());
    assertTrue(minimal.stream().allMatch(l -> l.profile().equals(PsoProfile.empty())), minimal.toString());
  }

  // ---------------------------------------------------------------- provider

  @Example
  void providerServesTheFiveValueTypesOnly() {
    PsoArbitraryProvider provider = new PsoArbitraryProvider();
    for (Class<?> type : List.of(Pso.class, PsoProfile.class, ScalersAssessment.class, CountryCode.class,
        LabelledProfile.class)) {
      TypeUsage usage = TypeUsage.of(type);
      assertTrue(provider.canProvideFor(usage), type.getName());
      Set<Arbitrary<?>> arbitraries = provider.provideFor(usage, t -> Set.of());
      assertEquals(1, arbitraries.size());
      Object sample = arbitraries.iterator().next().sample();
      assertTrue(type.isInstance(sample), sample.getClass().getName());
    }
    for (Class<?> type : List.of(String.class, Object.class, List.class, Integer.class, SectorSubcategory.class)) {
      assertFalse(provider.canProvideFor(TypeUsage.of(type)), type.getName());
      assertTrue(provider.provideFor(TypeUsage.of(type), t -> Set.of()).isEmpty(), type.getName());
    }
  }

  @Example
  void providerIsRegisteredForServiceLoader() {
    Set<String> providers = ServiceLoader.load(ArbitraryProvider.class).stream()
        .map(p -> p.type().getName())
        .collect(Collectors.toSet());
    assertTrue(providers.contains(PsoArbitraryProvider.class.getName()), providers.toString());
  }
}
