package org.psoscale.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Lists;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.psoscale.model.Indicator;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalingStrategy;

/** Properties of the paper's rules and of the classification contract, for every built-in classifier. */
class RulesProperties {
  private static final StrategyClassifier RULES = StrategyClassifiers.rules();
  private static final double EPS = 1e-12;

  @Provide
  Arbitrary<PsoProfile> profiles() {
    return Profiles.any();
  }

  @Provide
  Arbitrary<StrategyClassifier> classifiers() {
    return Arbitraries.of(
        StrategyClassifiers.rules(),
        StrategyClassifiers.rulesIndicatorsOnly(),
        StrategyClassifiers.centroid().train(Fixtures.tinyLabelledSet()),
        StrategyClassifiers.ensemble(StrategyClassifiers.rules(), StrategyClassifiers.rulesIndicatorsOnly()));
  }

  @Property
  void classificationIsDeterministic(@ForAll("classifiers") StrategyClassifier c, @ForAll("profiles") PsoProfile p) {
    Classification first = c.classify(p);
    Classification second = c.classify(PsoProfile.builder().from(p).build());
    assertEquals(first, second);
    assertEquals(first.scores(), second.scores());
    assertEquals(first.evidence(), second.evidence());
  }

  @Property
  void insertionOrderDoesNotChangeScores(@ForAll("profiles") PsoProfile p) {
    PsoProfile q = PsoProfile.of(
        Lists.reverse(p.indicators().asList()), Lists.reverse(p.traits().asList()), p.activities());
    assertEquals(RULES.classify(p), RULES.classify(q));
  }

  @Property
  void scoresAreInUnitRangeAndSumToOneOrAreAllZero(
      @ForAll("classifiers") StrategyClassifier c, @ForAll("profiles") PsoProfile p) {
    Classification k = c.classify(p);
    double sum = 0;
    for (ScalingStrategy s : ScalingStrategy.values()) {
      assertTrue(k.score(s) >= 0 && k.score(s) <= 1, k::toString);
      sum += k.score(s);
    }
    if (k.hasEvidence()) {
      assertEquals(1.0, sum, 1e-9);
    } else {
      assertEquals(0.0, sum);
      assertTrue(k.primary().isEmpty());
      assertFalse(k.isMixed());
    }
    assertEquals(c.name(), k.classifier());
    assertEquals(java.util.EnumSet.allOf(ScalingStrategy.class), java.util.EnumSet.copyOf(k.ranking()));
  }

  @Property
  void rulesFindEvidenceExactlyWhenAnIndicatorOrTraitIsPresent(@ForAll("profiles") PsoProfile p) {
    assertEquals(!p.indicators().isEmpty() || !p.traits().isEmpty(), RULES.classify(p).hasEvidence());
  }

  @Property
  void aProfileWithOnlyOneStrategysIndicatorsIsThatStrategy(
      @ForAll ScalingStrategy s, @ForAll("profiles") PsoProfile any) {
    List<Indicator> only = new ArrayList<>();
    for (Indicator i : any.indicators()) {
      if (i.strategy() == s) {
        only.add(i);
      }
    }
    if (only.isEmpty()) {
      only.add(s.indicators().iterator().next());
    }
    Classification k = RULES.classify(PsoProfile.of(only, List.of(), any.activities()));
    assertEquals(java.util.Optional.of(s), k.primary());
    assertEquals(1.0, k.score(s));
    assertFalse(k.isMixed());
  }

  @Property
  void addingAnIndicatorOfSNeverLowersSsScore(@ForAll("profiles") PsoProfile p, @ForAll Indicator added) {
    // the kit's profiles may hold the indicator as ABSENT: adding it means deciding it PRESENT instead
    PsoProfile more = PsoProfile.builder().from(p)
        .absentFeatures(p.absentFeatures().stream().filter(f -> f != ProfileFeature.of(added)).toList())
        .addIndicator(added)
        .build();
    ScalingStrategy s = added.strategy();
    assertTrue(RULES.classify(more).score(s) >= RULES.classify(p).score(s), () -> p + " + " + added);
  }

  @Property
  void anEnsembleOfOneClassifierEqualsThatClassifier(
      @ForAll("classifiers") StrategyClassifier c, @ForAll("profiles") PsoProfile p) {
    Classification alone = c.classify(p);
    Classification ensemble = StrategyClassifiers.ensembleBuilder().add(c, 3.7).build().classify(p);
    assertEquals(alone.scores(), ensemble.scores());
    assertEquals(alone.primary(), ensemble.primary());
    assertEquals(alone.ranking(), ensemble.ranking());
    assertEquals(alone.isMixed(), ensemble.isMixed());
    assertEquals(alone.evidence(), ensemble.evidence());
  }

  @Property
  void evidenceAddsUpToTheScores(@ForAll("classifiers") StrategyClassifier c, @ForAll("profiles") PsoProfile p) {
    Classification k = c.classify(p);
    for (ScalingStrategy s : ScalingStrategy.values()) {
      assertEquals(k.score(s), k.evidence().total(s), EPS);
    }
    for (Contribution contribution : k.evidence().contributions()) {
      ProfileFeature f = contribution.feature();
      assertTrue(
          f.kind() == ProfileFeature.Kind.INDICATOR ? p.indicators().contains(f.constant())
              : f.kind() == ProfileFeature.Kind.TRAIT ? p.traits().contains(f.constant())
              : p.activities().contains(f.constant()),
          () -> f + " is in the profile");
    }
  }

  @Property
  void rulesEvidenceIsTheDocumentedWeights(@ForAll("profiles") PsoProfile p) {
    Classification k = RULES.classify(p);
    if (!k.hasEvidence()) {
      return;
    }
    double total = p.indicators().size() + 0.5 * p.traits().size();
    for (Contribution c : k.evidence().contributions()) {
      double expected = c.feature().kind() == ProfileFeature.Kind.INDICATOR ? 1.0
          : 0.5 / ((org.psoscale.model.OrganisationTrait) c.feature().constant()).strategies().size();
      assertEquals(expected / total, c.amount(), EPS);
    }
  }

  @Property
  void primaryIsTheUniqueLeaderAndMixedMeansClose(@ForAll("profiles") PsoProfile p) {
    Classification k = RULES.classify(p);
    List<ScalingStrategy> r = k.ranking();
    double gap = k.score(r.get(0)) - k.score(r.get(1));
    if (k.hasEvidence()) {
      assertEquals(gap > Classification.TIE_TOLERANCE, k.primary().isPresent());
      assertEquals(gap <= ClassifierOptions.DEFAULT_MIXED_MARGIN + Classification.TIE_TOLERANCE, k.isMixed());
      k.primary().ifPresent(primary -> assertEquals(primary, r.get(0)));
    }
  }

  @Property
  void theWeightedClassifierWithThePaperWeightsScoresAsTheRules(@ForAll("profiles") PsoProfile p) {
    Classification weighted = StrategyClassifiers.weighted(Weights.paper()).classify(p);
    assertEquals(RULES.classify(p).scores(), weighted.scores());
  }
}
