package org.psoscale.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.SerializableTester;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.psoscale.model.Activity;
import org.psoscale.model.Indicator;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalingStrategy;

class StrategyClassifiersTest {
  private static final StrategyClassifier RULES = StrategyClassifiers.rules();

  @Test
  void theEmptyProfileIsUnclassified() {
    Classification k = RULES.classify(PsoProfile.empty());
    assertFalse(k.hasEvidence());
    assertEquals(Optional.empty(), k.primary());
    assertTrue(k.evidence().isEmpty());
    assertEquals("rules", k.classifier());
  }

  @Test
  void theRulesIgnoreActivities() {
    Classification k = RULES.classify(PsoProfile.of(List.of(), List.of(), List.of(Activity.values())));
    assertFalse(k.hasEvidence());
  }

  @Test
  void theSharedTraitSplitsItsHalfBetweenItsTwoStrategies() {
    Classification k = RULES.classify(
        PsoProfile.of(List.of(), List.of(OrganisationTrait.STRONG_FOUNDER_OR_BACKING_ORGANISATION), List.of()));
    assertEquals(0.5, k.score(ScalingStrategy.GEOGRAPHIC_IMPLANTATION));
    assertEquals(0.5, k.score(ScalingStrategy.TECHNOLOGICAL_REPLICATION));
    assertEquals(Optional.empty(), k.primary());
    assertTrue(k.isMixed());
    assertEquals(0.25, Weights.paper().weight(
        ProfileFeature.of(OrganisationTrait.STRONG_FOUNDER_OR_BACKING_ORGANISATION), ScalingStrategy.GEOGRAPHIC_IMPLANTATION));
  }

  @Test
  void anIndicatorOutweighsATrait() {
    Classification k = RULES.classify(PsoProfile.of(
        List.of(Indicator.REAL_WORLD_FOCI), List.of(OrganisationTrait.RESOURCE_CONSTRAINTS), List.of()));
    assertEquals(2.0 / 3, k.score(ScalingStrategy.GEOGRAPHIC_IMPLANTATION), 1e-15);
    assertEquals(1.0 / 3, k.score(ScalingStrategy.DATA_BASED_GROWTH), 1e-15);
    assertEquals(Optional.of(ScalingStrategy.GEOGRAPHIC_IMPLANTATION), k.primary());
    assertEquals(Optional.of(ScalingStrategy.DATA_BASED_GROWTH), k.runnerUp());
    assertFalse(k.isMixed());
    assertEquals(List.of(ScalingStrategy.GEOGRAPHIC_IMPLANTATION, ScalingStrategy.DATA_BASED_GROWTH,
        ScalingStrategy.TECHNOLOGICAL_REPLICATION), k.ranking());
    assertEquals(2, k.evidence().contributions().size());
    assertEquals(ProfileFeature.of(Indicator.REAL_WORLD_FOCI), k.evidence().contributions().get(0).feature());
  }

  @Test
  void theMixedMarginIsConfigurable() {
    PsoProfile p = PsoProfile.of(List.of(Indicator.REAL_WORLD_FOCI, Indicator.IN_HOUSE_CORE_TECHNOLOGY),
        List.of(OrganisationTrait.FOUNDERS_FROM_SECTOR), List.of());
    Classification k = RULES.classify(p); // 0.6 against 0.4
    assertFalse(k.isMixed());
    assertTrue(StrategyClassifiers.rules(ClassifierOptions.ofMixedMargin(0.25)).classify(p).isMixed());
    assertTrue(k.withMixedMargin(0.2).isMixed());
    assertThrows(IllegalArgumentException.class, () -> ClassifierOptions.ofMixedMargin(1.0));
    assertThrows(IllegalArgumentException.class, () -> ClassifierOptions.ofMixedMargin(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> ClassifierOptions.ofMixedMargin(-0.1));
  }

  @Test
  void theIndicatorsOnlyRulesIgnoreTraits() {
    Classification k = StrategyClassifiers.rulesIndicatorsOnly()
        .classify(PsoProfile.of(List.of(), List.of(OrganisationTrait.values()), List.of()));
    assertFalse(k.hasEvidence());
  }

  @Test
  void byNameFindsBuiltInsAndProvidersIgnoringCase() {
    assertSame(RULES, StrategyClassifiers.byName("RULES"));
    assertEquals("rules-indicators", StrategyClassifiers.byName("rules-indicators").name());
    StrategyClassifier fromProvider = StrategyClassifiers.byName("test-data-only");
    assertEquals(TestClassifierProvider.NAME, fromProvider.name());
    assertEquals(Optional.of(ScalingStrategy.DATA_BASED_GROWTH),
        fromProvider.classify(PsoProfile.of(List.of(Indicator.REAL_WORLD_FOCI), List.of(), List.of())).primary());
    assertEquals(List.of("Test-Data-Only", "bayes", "rules", "rules-indicators"),
        List.copyOf(StrategyClassifiers.available()));
    assertSame(StrategyClassifiers.bayes(), StrategyClassifiers.byName("Bayes"));
  }

  @Test
  void anUnknownNameFailsListingTheAvailableOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StrategyClassifiers.byName("naive-bayes"));
    assertTrue(e.getMessage().contains("naive-bayes"), e.getMessage());
    assertTrue(e.getMessage().contains("[Test-Data-Only, bayes, rules, rules-indicators]"), e.getMessage());
    assertThrows(NullPointerException.class, () -> StrategyClassifiers.byName(null));
  }

  @Test
  void classifiersSurviveSerialization() {
    StrategyClassifier centroid = StrategyClassifiers.centroid().train(Fixtures.tinyLabelledSet());
    StrategyClassifier ensemble = StrategyClassifiers.ensembleBuilder()
        .add(RULES, 2).add(centroid, 1).name("mix").options(ClassifierOptions.ofMixedMargin(0.2)).build();
    PsoProfile p = Profiles.generate(7, 1).get(0);
    for (StrategyClassifier c : List.of(RULES, StrategyClassifiers.rulesIndicatorsOnly(), centroid, ensemble,
        StrategyClassifiers.weighted(Weights.paper(2, 1)), StrategyClassifiers.bayes(),
        StrategyClassifiers.bayesTrainer().train(Fixtures.tinyLabelledSet()))) {
      StrategyClassifier copy = SerializableTester.reserializeAndAssert(c);
      assertEquals(c.classify(p), copy.classify(p));
    }
    Trainer trainer = SerializableTester.reserializeAndAssert(StrategyClassifiers.centroid());
    assertEquals(StrategyClassifiers.centroid().train(Fixtures.tinyLabelledSet()), trainer.train(Fixtures.tinyLabelledSet()));
  }

  @Test
  void classificationsSurviveSerialization() {
    for (PsoProfile p : Profiles.generate(11, 50)) {
      Classification k = RULES.classify(p);
      Classification copy = SerializableTester.reserializeAndAssert(k);
      assertEquals(k.evidence().contributions(), copy.evidence().contributions());
    }
  }

  @Test
  void parallelAndSequentialClassificationAgree() {
    List<PsoProfile> profiles = Profiles.generate(42, 20_000);
    StrategyClassifier ensemble = StrategyClassifiers.ensemble(RULES,
        StrategyClassifiers.centroid().train(Fixtures.tinyLabelledSet()));
    for (StrategyClassifier c : List.of(RULES, ensemble)) {
      List<Classification> sequential = profiles.stream().map(c::classify).collect(Collectors.toList());
      List<Classification> parallel = profiles.parallelStream().map(c::classify).collect(Collectors.toList());
      assertEquals(sequential, parallel);
    }
  }

  @Test
  void theCentroidTrainerLearnsSmoothedFrequencies() {
    StrategyClassifier c = StrategyClassifiers.centroid().train(Fixtures.tinyLabelledSet());
    assertEquals("centroid", c.name());
    Weights w = ((WeightedClassifier) c).weights();
    // REAL_WORLD_FOCI: in both geographic cases, none of the others (two each).
    ProfileFeature rwf = ProfileFeature.of(Indicator.REAL_WORLD_FOCI);
    assertEquals(3.0 / 4, w.weight(rwf, ScalingStrategy.GEOGRAPHIC_IMPLANTATION));
    assertEquals(1.0 / 4, w.weight(rwf, ScalingStrategy.DATA_BASED_GROWTH));
    for (var example : Fixtures.tinyLabelledSet()) {
      assertEquals(Optional.of(example.label()), c.classify(example.profile()).primary(), example.id());
    }
    assertThrows(IllegalArgumentException.class, () -> StrategyClassifiers.centroid().train(List.of()));
  }

  @Test
  void aStrategyAbsentFromTrainingIsNeverPredicted() {
    StrategyClassifier c = StrategyClassifiers.centroid().train(Fixtures.tinyLabelledSet().subList(0, 4));
    for (PsoProfile p : Profiles.generate(3, 200)) {
      assertEquals(0.0, c.classify(p).score(ScalingStrategy.DATA_BASED_GROWTH));
    }
  }

  @Test
  void anEnsembleAveragesOnlyMembersWithEvidence() {
    StrategyClassifier centroid = StrategyClassifiers.centroid().train(Fixtures.tinyLabelledSet());
    StrategyClassifier e = StrategyClassifiers.ensemble(RULES, centroid);
    assertEquals("ensemble(rules,centroid)", e.name());
    PsoProfile activitiesOnly = PsoProfile.of(List.of(), List.of(), List.of(Activity.ORGANISING_EVENTS));
    assertEquals(centroid.classify(activitiesOnly).scores(), e.classify(activitiesOnly).scores());
    assertFalse(e.classify(PsoProfile.empty()).hasEvidence());
    PsoProfile p = PsoProfile.of(List.of(Indicator.REAL_WORLD_FOCI), List.of(), List.of());
    for (ScalingStrategy s : ScalingStrategy.values()) {
      assertEquals((RULES.classify(p).score(s) + centroid.classify(p).score(s)) / 2, e.classify(p).score(s), 1e-15);
    }
    assertThrows(IllegalArgumentException.class, () -> StrategyClassifiers.ensemble());
    assertThrows(IllegalArgumentException.class, () -> StrategyClassifiers.ensembleBuilder().add(RULES, 0));
    assertThrows(IllegalArgumentException.class,
        () -> StrategyClassifiers.ensembleBuilder().add(RULES, Double.POSITIVE_INFINITY));
    assertThrows(NullPointerException.class, () -> StrategyClassifiers.ensemble(RULES, null));
    assertNotSame(RULES, StrategyClassifiers.rules(ClassifierOptions.defaults()));
  }

  @Test
  void classifyRejectsNull() {
    assertThrows(NullPointerException.class, () -> RULES.classify(null));
  }
}
