package org.psoscale.dataset;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.psoscale.model.CountryCode;
import org.psoscale.model.ImmutablePso;
import org.psoscale.model.LegalStatus;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.Pso;
import org.psoscale.model.FeatureDecision;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalersAssessment;
import org.psoscale.model.ScalingStrategy;
import org.psoscale.model.Sector;
import org.psoscale.model.SectorSubcategory;
import org.psoscale.model.testing.PsoArbitraries;

/**
 * jqwik generators of whole data sets. Field values come from the pso-model kit ({@link PsoArbitraries}) where a
 * case puts no constraint on them (years, countries, websites, SCALERS ratings); the {@code Pso} itself is
 * assembled here because a case constrains it: its profile must equal its coded features, every value needs a
 * source, and no two cases may share a lookup key (a case's name is {@code n<index><letters>}, its aliases
 * {@code a<index>x<j><letters>}).
 */
final class DatasetGenerators {
  private DatasetGenerators() {}

  private static final String TRICKY = "abcXYZ é;,\"'\\|=:–-/.()#\n";

  static Arbitrary<String> letters() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
  }

  /** A non-blank single line with CSV- and list-separator characters in it. */
  static Arbitrary<String> line() {
    return Arbitraries.strings().withChars(TRICKY.replace("\n", "")).ofMaxLength(20).map(s -> "x" + s);
  }

  /** A non-blank text that may span lines. */
  static Arbitrary<String> text() {
    return Arbitraries.strings().withChars(TRICKY).ofMaxLength(30).map(s -> "t" + s);
  }

  static Arbitrary<String> url() {
    return letters().map(s -> "https://example.org/" + s + "?q=a;b");
  }

  static Arbitrary<Source> webSource() {
    return Combinators.combine(url(), line().injectNull(0.5))
        .as((u, n) -> n == null ? Source.web(u) : Source.web(u, n));
  }

  static Arbitrary<PsoCase> psoCase(int index) {
    Arbitrary<List<Sector>> sectors = Arbitraries.of(Sector.class).list().ofMinSize(1).ofMaxSize(3).uniqueElements();
    Arbitrary<List<ProfileFeature>> features =
        Arbitraries.of(ProfileFeature.all()).list().ofMaxSize(6).uniqueElements();
    Arbitrary<Integer> year = PsoArbitraries.foundingYears().injectNull(0.3);
    Arbitrary<LegalStatus> status = Arbitraries.of(LegalStatus.class).injectNull(0.3);
    Arbitrary<CountryCode> country = PsoArbitraries.countryCodes().injectNull(0.3);
    Arbitrary<ScalingStrategy> strategy = Arbitraries.of(ScalingStrategy.class).injectNull(0.4);
    Arbitrary<List<String>> aliases = letters().list().ofMaxSize(2);
    Arbitrary<List<String>> notes = line().list().ofMaxSize(2);
    Arbitrary<List<Erratum>> errata = Combinators.combine(line(), line(), line(), webSource(), line().injectNull(0.5))
        .as((f, p, o, s, n) -> {
          org.psoscale.dataset.ImmutableErratum.Builder b =
              Erratum.builder().field(f).paperValue("p" + p).otherValue("o" + o).source(s);
          if (n != null) {
            b.note(n);
          }
          return (Erratum) b.build();
        }).list().ofMaxSize(2);
    Arbitrary<ScalersAssessment> scalers = PsoArbitraries.scalersAssessments().injectNull(0.5);
    Arbitrary<String> description = text().injectNull(0.5);
    Arbitrary<java.net.URI> website = PsoArbitraries.websites().injectNull(0.5);
    Arbitrary<List<String>> justifications = line().list().ofSize(6);
    // bit 6: whether the case has a seed-table entry; bits 0-5: which coded features are decided ABSENT
    Arbitrary<Integer> entryAndAbsences = Arbitraries.integers().between(0, 127);
    return Combinators.combine(letters(), sectors, features, year, status, country, strategy, aliases)
        .flatAs((name, secs, feats, y, st, c, strat, als) ->
            Combinators.combine(notes, errata, scalers, description, website, justifications, entryAndAbsences, url())
                .as((ns, errs, sc, desc, web, justs, bits, u) -> {
                  boolean entry = (bits & 64) != 0;
                  ImmutablePso.Builder pso = Pso.builder().name("n" + index + name);
                  for (int j = 0; j < als.size(); j++) {
                    pso.addAlias("a" + index + "x" + j + als.get(j));
                  }
                  pso.addAllSectors(secs);
                  for (SectorSubcategory sub : SectorSubcategory.values()) {
                    if (secs.contains(sub.sector()) && (sub.ordinal() + index) % 2 == 0) {
                      pso.addSubcategory(sub);
                    }
                  }
                  org.psoscale.dataset.ImmutableProvenance.Builder prov = Provenance.builder();
                  if (y != null) {
                    pso.foundingYear(y);
                    prov.foundingYear(Source.web(u + "y"));
                  }
                  if (st != null) {
                    pso.legalStatus(st);
                    prov.legalStatus(Source.web(u + "s", "status"));
                  }
                  if (c != null) {
                    pso.country(c);
                    prov.country(Source.paper(SeedTable.APPENDIX));
                  }
                  if (desc != null) {
                    pso.description(desc);
                  }
                  if (web != null) {
                    pso.website(web);
                  }
                  List<CodedFeature> coded = new ArrayList<>();
                  for (int j = 0; j < feats.size(); j++) {
                    coded.add(CodedFeature.of(feats.get(j),
                        (bits & (1 << j)) != 0 ? FeatureDecision.ABSENT : FeatureDecision.PRESENT,
                        "evidenceText", justs.get(j), u + "/f" + j));
                  }
                  PsoProfile profile = PsoCase.profileOf(coded);
                  if (sc != null) {
                    profile = PsoProfile.builder().from(profile).scalers(sc).build();
                  }
                  pso.profile(profile);
                  org.psoscale.dataset.ImmutablePsoCase.Builder b = PsoCase.builder()
                      .id("case-" + index + "-" + name)
                      .pso(pso.build())
                      .provenance(prov.build())
                      .addAllCodedFeatures(coded)
                      .addAllErrata(errs)
                      .addAllNotes(ns);
                  for (int j = 0; j < secs.size(); j++) {
                    b.addSectorAssignment(SectorAssignment.of(secs.get(j), Source.web(u + "/sector" + j)));
                  }
                  if (strat != null) {
                    b.referenceStrategy(strat);
                    if (entry) {
                      b.strategyTable(StrategyTableEntry.of("s" + index + name, strat, index + 1));
                    }
                  }
                  return b.build();
                }));
  }

  static Arbitrary<PsoDataset> datasets() {
    return Arbitraries.integers().between(0, 8).flatMap(n -> {
      List<Arbitrary<PsoCase>> cases = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        cases.add(psoCase(i));
      }
      return Combinators.combine(cases).as(PsoDataset::of);
    });
  }
}
