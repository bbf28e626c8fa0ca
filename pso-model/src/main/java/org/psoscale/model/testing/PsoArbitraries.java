package org.psoscale.model.testing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
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
 * jqwik {@link Arbitrary arbitraries} of valid PSO Scale values, built from jqwik combinators so that failing
 * examples shrink: a shrunk {@link Pso} loses its optional fields, aliases, extra sectors and profile features,
 * and its name shrinks towards one character. The same arbitraries back {@code @ForAll Pso},
 * {@code @ForAll PsoProfile} and the other value types through {@link PsoArbitraryProvider}; use the methods
 * here directly in {@code @Provide} methods to combine or constrain them, e.g.
 * {@code PsoArbitraries.psos().filter(p -> p.country().isPresent())}.
 *
 * <p>The value distribution mirrors {@link PsoGenerators}: valid values, optional fields sometimes absent,
 * empty profiles, edge founding years, names with non-ASCII letters, spaces and punctuation (never blank),
 * sub-categories consistent with sectors.
 *
 * <p>This class needs {@code net.jqwik:jqwik-api} on the class path (an optional dependency of pso-model).
 */
public final class PsoArbitraries {
  private PsoArbitraries() {}

  /**
   * Organisation names: the paper's spellings, names composed of (partly non-ASCII) words and separators, and
   * free strings of letters, digits, spaces and punctuation. Never blank; shrinks towards {@code "a"}.
   *
   * @return an arbitrary of names; not null
   */
  public static Arbitrary<String> names() {
    Arbitrary<String> free = Combinators.combine(
            Arbitraries.strings().withChars(Pools.VISIBLE).ofMinLength(1).ofMaxLength(8),
            Arbitraries.strings()
                .withChars(Pools.VISIBLE + Pools.SPACES + Pools.PUNCTUATION)
                .ofMaxLength(16))
        .as((head, tail) -> head + tail);
    Arbitrary<String> composed = Combinators.combine(
            Arbitraries.of(Pools.WORDS),
            Combinators.combine(Arbitraries.of(Pools.SEPARATORS), Arbitraries.of(Pools.WORDS))
                .as((sep, word) -> sep + word)
                .list()
                .ofMaxSize(2))
        .as((first, rest) -> first + String.join("", rest));
    Arbitrary<String> padded = Combinators.combine(composed, Arbitraries.of("", " ", "  "))
        .as((name, pad) -> pad + name + pad);
    return Arbitraries.frequencyOf(List.of(
        Tuple.of(5, free),
        Tuple.of(3, composed),
        Tuple.of(2, Arbitraries.of(Pools.PAPER_NAMES)),
        Tuple.of(1, padded)));
  }

  /**
   * Founding years from {@link Pso#MIN_FOUNDING_YEAR} to the current year (UTC); both ends are edge cases and
   * are also drawn often. Shrinks towards {@link Pso#MIN_FOUNDING_YEAR}.
   *
   * @return an arbitrary of years; not null
   */
  public static Arbitrary<Integer> foundingYears() {
    int now = Pools.currentYear();
    return Arbitraries.frequencyOf(List.of(
        Tuple.of(6, Arbitraries.integers().between(Pso.MIN_FOUNDING_YEAR, now)),
        Tuple.of(2, Arbitraries.integers().between(Math.min(1990, now), now)),
        Tuple.of(1, Arbitraries.just(Pso.MIN_FOUNDING_YEAR)),
        Tuple.of(1, Arbitraries.just(now))));
  }

  /**
   * Absolute http and https website URIs with ASCII hosts, sometimes with a path.
   *
   * @return an arbitrary of websites; not null
   */
  public static Arbitrary<URI> websites() {
    Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(12);
    return Combinators.combine(
            Arbitraries.of("https", "http", "HTTPS"),
            Arbitraries.of("", "www."),
            label.list().ofMinSize(1).ofMaxSize(2),
            Arbitraries.of(Pools.TLDS),
            label.optional(0.3))
        .as((scheme, www, host, tld, path) -> URI.create(
            scheme + "://" + www + String.join("-", host) + "." + tld + path.map(p -> "/" + p).orElse("")));
  }

  /**
   * Country codes: the paper's countries, every other code {@link CountryCode#of(String)} accepts, and often the
   * supranational {@code EU}. Shrinks towards {@code GB}.
   *
   * @return an arbitrary of country codes; not null
   */
  public static Arbitrary<CountryCode> countryCodes() {
    return Arbitraries.frequencyOf(List.of(
            Tuple.of(4, Arbitraries.of(Pools.PAPER_COUNTRIES)),
            Tuple.of(4, Arbitraries.of(Pools.ALL_COUNTRIES)),
            Tuple.of(1, Arbitraries.just(CountryCode.EUROPEAN_UNION))))
        .map(CountryCode::of);
  }

  /**
   * SCALERS assessments with any subset of the capabilities and scores from
   * {@value ScalersAssessment#MIN_SCORE} to {@value ScalersAssessment#MAX_SCORE}. Shrinks towards no scores.
   *
   * @return an arbitrary of assessments; not null
   */
  public static Arbitrary<ScalersAssessment> scalersAssessments() {
    return Arbitraries.maps(
            Arbitraries.of(ScalersCapability.class),
            Arbitraries.integers().between(ScalersAssessment.MIN_SCORE, ScalersAssessment.MAX_SCORE))
        .ofMaxSize(ScalersCapability.values().length)
        .map(ScalersAssessment::of);
  }

  /**
   * Profiles with any subsets of indicators, traits and activities present, any subset of the other features
   * observed absent, sometimes with a SCALERS assessment.
   * Shrinks towards {@link PsoProfile#empty()}, which is also an edge case.
   *
   * @return an arbitrary of profiles; not null
   */
  public static Arbitrary<PsoProfile> profiles() {
    return Combinators.combine(
            Arbitraries.of(Indicator.class).set().ofMaxSize(Indicator.values().length),
            Arbitraries.of(OrganisationTrait.class).set().ofMaxSize(OrganisationTrait.values().length),
            Arbitraries.of(Activity.class).set().ofMaxSize(Activity.values().length),
            scalersAssessments().optional(0.5),
            Arbitraries.of(ProfileFeature.all()).set().ofMaxSize(ProfileFeature.COUNT))
        .as((indicators, traits, activities, scalers, absent) -> {
          PsoProfile.Builder b = PsoProfile.builder()
              .addAllIndicators(indicators)
              .addAllTraits(traits)
              .addAllActivities(activities)
              .scalers(scalers);
          for (ProfileFeature f : absent) {
            if (!indicators.contains(f.constant()) && !traits.contains(f.constant())
                && !activities.contains(f.constant())) {
              b.addAbsentFeature(f);
            }
          }
          return (PsoProfile) b.build();
        })
        .edgeCases(config -> config.add(PsoProfile.empty()));
  }

  /**
   * Valid PSOs: a name, zero to three aliases (never equal to the name), optional founding year, legal status,
   * country, website and description, one to three sectors with sub-categories of those sectors only, and a
   * profile (often empty). Shrinks towards a PSO with name {@code "a"}, sector {@link Sector#CIVIC_ENGAGEMENT}
   * and nothing else.
   *
   * @return an arbitrary of PSOs; not null
   */
  public static Arbitrary<Pso> psos() {
    Arbitrary<List<String>> nameAndAliases = Combinators.combine(names(), names().list().ofMaxSize(3))
        .as((name, aliases) -> {
          List<String> out = new ArrayList<>();
          out.add(name);
          aliases.stream().filter(a -> !a.equals(name)).forEach(out::add);
          return out;
        });
    Arbitrary<SectorChoice> sectors = Combinators.combine(
            Arbitraries.of(Sector.class).set().ofMinSize(1).ofMaxSize(3),
            Arbitraries.of(SectorSubcategory.class).set().ofMaxSize(SectorSubcategory.values().length))
        .as((chosen, subcategories) -> new SectorChoice(
            chosen,
            subcategories.stream().filter(c -> chosen.contains(c.sector())).collect(Collectors.toSet())));
    Arbitrary<PsoProfile> profile = Arbitraries.frequencyOf(List.of(
        Tuple.of(1, Arbitraries.just(PsoProfile.empty())),
        Tuple.of(3, profiles())));
    return Builders.withBuilder(Pso::builder)
        .use(nameAndAliases).in((b, n) -> b.name(n.get(0)).addAllAliases(n.subList(1, n.size())))
        .use(sectors).in((b, s) -> b.addAllSectors(s.sectors()).addAllSubcategories(s.subcategories()))
        .use(foundingYears().optional(0.75)).in((b, y) -> b.foundingYear(toOptionalInt(y)))
        .use(Arbitraries.of(LegalStatus.class).optional(0.7)).in(ImmutablePso.Builder::legalStatus)
        .use(countryCodes().optional(0.7)).in(ImmutablePso.Builder::country)
        .use(websites().optional(0.6)).in(ImmutablePso.Builder::website)
        .use(Arbitraries.of(Pools.SENTENCES).optional(0.5)).in(ImmutablePso.Builder::description)
        .use(profile).in(ImmutablePso.Builder::profile)
        .build(b -> (Pso) b.build());
  }

  /**
   * Labelled profiles: an identifier (a slug or a name), any {@link #profiles() profile} and any strategy.
   * Profiles and labels are independent; the data are synthetic.
   *
   * @return an arbitrary of labelled profiles; not null
   */
  public static Arbitrary<LabelledProfile> labelledProfiles() {
    Arbitrary<String> slugs =
        Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-').ofMinLength(1).ofMaxLength(20);
    Arbitrary<String> ids = Arbitraries.frequencyOf(List.of(Tuple.of(3, slugs), Tuple.of(1, names())));
    return Combinators.combine(ids, profiles(), Arbitraries.of(ScalingStrategy.class)).as(LabelledProfile::of);
  }

  /**
   * Data sets of zero to twenty labelled profiles with distinct identifiers.
   *
   * @return an arbitrary of data sets; not null
   */
  public static Arbitrary<List<LabelledProfile>> labelledDataSets() {
    return labelledDataSets(0, 20);
  }

  /**
   * Data sets of labelled profiles with distinct identifiers and a size in the given range.
   *
   * @param minSize the smallest size; not negative
   * @param maxSize the largest size; at least {@code minSize}
   * @return an arbitrary of data sets; not null
   * @throws IllegalArgumentException if the range is empty or negative
   */
  public static Arbitrary<List<LabelledProfile>> labelledDataSets(int minSize, int maxSize) {
    if (minSize < 0 || maxSize < minSize) {
      throw new IllegalArgumentException("size: [" + minSize + ", " + maxSize + "] is not a valid range");
    }
    return labelledProfiles().list().uniqueElements(LabelledProfile::id).ofMinSize(minSize).ofMaxSize(maxSize);
  }

  private static OptionalInt toOptionalInt(Optional<Integer> year) {
    return year.map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  private record SectorChoice(Set<Sector> sectors, Set<SectorSubcategory> subcategories) {}
}
