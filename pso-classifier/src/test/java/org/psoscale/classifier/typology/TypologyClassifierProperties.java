package org.psoscale.classifier.typology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.psoscale.classifier.Classification;
import org.psoscale.classifier.Profiles;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.model.FeatureDecision;
import org.psoscale.model.MappingEntry;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalingStrategy;
import org.psoscale.model.Typology;
import org.psoscale.model.TypologyMapping;

/** Properties of the mapping classifiers: well-formed scores, the empty profile, JSON round trips of mappings. */
class TypologyClassifierProperties {
  private static final double EPS = 1e-9;

  @Provide
  Arbitrary<PsoProfile> profiles() {
    return Profiles.any();
  }

  @Provide
  Arbitrary<TypologyClassifier> classifiers() {
    List<TypologyClassifier> all = new ArrayList<>();
    for (Typology t : Typology.builtIns()) {
      all.add(TypologyClassifiers.bundled(t));
    }
    all.add(TypologyClassifiers.of(StrategyClassifiers.rules()));
    all.add(TypologyClassifiers.of(StrategyClassifiers.bayes()));
    return Arbitraries.of(all);
  }

  @Provide
  Arbitrary<TypologyMapping> mappings() {
    Arbitrary<Typology> typology = Arbitraries.of(Typology.builtIns());
    return typology.flatMap(t -> {
      Arbitrary<MappingEntry> entry = Combinators.combine(
          Arbitraries.of(ProfileFeature.all()),
          Arbitraries.of(FeatureDecision.PRESENT, FeatureDecision.ABSENT),
          Arbitraries.of(t.categoryIds()),
          Arbitraries.doubles().between(0.001, 10).ofScale(3),
          Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30))
          .as(MappingEntry::of);
      return entry.list().ofMinSize(1).ofMaxSize(20)
          .uniqueElements(e -> e.feature() + "/" + e.when() + "/" + e.category())
          .map(entries -> TypologyMapping.of(t.id(), "a user's reading", entries));
    });
  }

  @Property
  void scoresAreWellFormed(@ForAll("classifiers") TypologyClassifier c, @ForAll("profiles") PsoProfile p) {
    TypologyClassification tc = c.classify(p);
    assertEquals(c.typology().categoryIds(), tc.scores().keySet().asList());
    assertEquals(c.typology().id(), tc.typology());
    double sum = 0;
    for (double v : tc.scores().values()) {
      assertTrue(v >= 0 && v <= 1, "score " + v);
      sum += v;
    }
    assertTrue(Math.abs(sum - 1) < EPS || sum == 0, "sum " + sum);
    assertEquals(sum > 0, tc.hasEvidence());
    tc.primary().ifPresent(x -> assertEquals(tc.ranking().get(0), x));
    assertEquals(tc.primary().isPresent(), tc.leaders().size() == 1);
  }

  @Property
  void mappingEvidenceAddsUpToTheScoresAndReadsOnlyDecidedFeatures(
      @ForAll("mappings") TypologyMapping m, @ForAll("profiles") PsoProfile p) {
    Typology t = Typology.builtIn(m.typology());
    TypologyClassification tc = TypologyClassifiers.fromMapping(t, m).classify(p);
    for (String id : t.categoryIds()) {
      double total = tc.evidence().stream().filter(x -> x.category().equals(id))
          .mapToDouble(TypologyContribution::amount).sum();
      assertEquals(tc.score(id), total, 1e-9);
    }
    for (TypologyContribution x : tc.evidence()) {
      assertEquals(p.decision(x.feature()), x.decision());
      assertTrue(x.decision() != FeatureDecision.NOT_OBSERVED);
    }
  }

  @Property
  void theEmptyProfileIsUnclassified(@ForAll("mappings") TypologyMapping m) {
    TypologyClassification tc =
        TypologyClassifiers.fromMapping(Typology.builtIn(m.typology()), m).classify(PsoProfile.empty());
    assertFalse(tc.hasEvidence());
    assertFalse(tc.primary().isPresent());
    assertTrue(tc.evidence().isEmpty());
  }

  @Property
  void suppliedMappingsRoundTripThroughJson(@ForAll("mappings") TypologyMapping m, @ForAll("profiles") PsoProfile p) {
    TypologyMapping back = TypologyMapping.parse(m.toJson());
    assertEquals(m, back);
    Typology t = Typology.builtIn(m.typology());
    assertEquals(TypologyClassifiers.fromMapping(t, m).classify(p), TypologyClassifiers.fromMapping(t, back).classify(p));
  }

  @Property
  void thePaperTableMappingScoresLikeTheRules(@ForAll("profiles") PsoProfile p) {
    TypologyClassification tc = TypologyClassifiers.bundled(Typology.paper()).classify(p);
    Classification rules = StrategyClassifiers.rules().classify(p);
    for (ScalingStrategy s : ScalingStrategy.values()) {
      assertEquals(rules.score(s), tc.score(s.name()), 1e-9);
    }
    assertEquals(rules.primary().map(Enum::name), tc.primary());
  }

  @Property
  void theStrategyViewKeepsScoresAndPrimary(@ForAll("profiles") PsoProfile p) {
    Classification c = StrategyClassifiers.bayes().classify(p);
    TypologyClassification tc = TypologyClassifiers.of(StrategyClassifiers.bayes()).classify(p);
    for (ScalingStrategy s : ScalingStrategy.values()) {
      assertEquals(c.score(s), tc.score(s.name()));
    }
    assertEquals(c.primary().map(Enum::name), tc.primary());
    assertEquals(c.evidence().contributions().size(), tc.evidence().size());
  }

  /** Every category of every built-in typology is the primary category of some profile of one or two decisions. */
  @net.jqwik.api.Example
  void everyCategoryIsReachable() {
    List<PsoProfile> candidates = new ArrayList<>();
    for (ProfileFeature f : ProfileFeature.all()) {
      candidates.add(PsoProfile.of(ImmutableList.of(f), ImmutableList.of()));
      candidates.add(PsoProfile.of(ImmutableList.of(), ImmutableList.of(f)));
      for (ProfileFeature g : ProfileFeature.all()) {
        if (f.index() < g.index()) {
          candidates.add(PsoProfile.of(ImmutableList.of(f, g), ImmutableList.of()));
        }
      }
    }
    for (Typology t : Typology.builtIns()) {
      TypologyClassifier c = TypologyClassifiers.bundled(t);
      Set<String> reached = new HashSet<>();
      for (PsoProfile p : candidates) {
        c.classify(p).primary().ifPresent(reached::add);
      }
      assertEquals(new HashSet<>(t.categoryIds()), reached, t.id());
    }
  }
}
