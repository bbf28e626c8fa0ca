package org.psoscale.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.psoscale.model.ScalingStrategy.DATA_BASED_GROWTH;
import static org.psoscale.model.ScalingStrategy.GEOGRAPHIC_IMPLANTATION;
import static org.psoscale.model.ScalingStrategy.TECHNOLOGICAL_REPLICATION;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psoscale.model.Activity;
import org.psoscale.model.Indicator;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoJson;
import org.psoscale.model.PsoProfile;

/** The Bernoulli naive Bayes on hand-computed examples. */
class BayesTest {
  private static final StrategyClassifier BAYES = StrategyClassifiers.bayes();
  private static final ProfileFeature FOCI = ProfileFeature.of(Indicator.REAL_WORLD_FOCI);
  private static final double LN3 = Math.log(3);

  @Test
  void onePresentIndicatorTriplesItsStrategysOdds() {
    Classification k = BAYES.classify(PsoProfile.of(List.of(FOCI), List.of()));
    // 3/4 against 1/4 and 1/4: 0.6, 0.2, 0.2
    assertEquals(0.6, k.score(GEOGRAPHIC_IMPLANTATION), 1e-15);
    assertEquals(0.2, k.score(TECHNOLOGICAL_REPLICATION), 1e-15);
    assertEquals(0.2, k.score(DATA_BASED_GROWTH), 1e-15);
    assertEquals(Optional.of(GEOGRAPHIC_IMPLANTATION), k.primary());
    assertFalse(k.isMixed());
    assertEquals("bayes", k.classifier());
    // centred log-ratios: ln(3/4) - mean = 2/3 ln 3; ln(1/4) - mean = -1/3 ln 3
    assertEquals(3, k.evidence().contributions().size());
    assertEquals(2 * LN3 / 3, k.evidence().total(GEOGRAPHIC_IMPLANTATION), 1e-15);
    assertEquals(-LN3 / 3, k.evidence().total(DATA_BASED_GROWTH), 1e-15);
  }

  @Test
  void anAbsentIndicatorDividesItsStrategysOddsByThree() {
    Classification k = BAYES.classify(PsoProfile.of(List.of(), List.of(FOCI)));
    // 1/4 against 3/4 and 3/4: 1/7, 3/7, 3/7; TR and DBG tie
    assertEquals(1.0 / 7, k.score(GEOGRAPHIC_IMPLANTATION), 1e-15);
    assertEquals(3.0 / 7, k.score(TECHNOLOGICAL_REPLICATION), 1e-15);
    assertEquals(Optional.empty(), k.primary());
    assertTrue(k.isMixed());
    assertEquals(-2 * LN3 / 3, k.evidence().total(GEOGRAPHIC_IMPLANTATION), 1e-15);
  }

  @Test
  void theReadmeExample() {
    Classification k = BAYES.classify(PsoProfile.of(
        List.of(FOCI), List.of(ProfileFeature.of(Indicator.IN_HOUSE_CORE_TECHNOLOGY))));
    // GI 3/4 * 3/4, TR 1/4 * 1/4, DBG 1/4 * 3/4: 9/13, 1/13, 3/13
    assertEquals(9.0 / 13, k.score(GEOGRAPHIC_IMPLANTATION), 1e-15);
    assertEquals(1.0 / 13, k.score(TECHNOLOGICAL_REPLICATION), 1e-15);
    assertEquals(3.0 / 13, k.score(DATA_BASED_GROWTH), 1e-15);
  }

  @Test
  void notObservedIsNotAbsent() {
    Classification notObserved = BAYES.classify(PsoProfile.empty());
    Classification absent = BAYES.classify(PsoProfile.of(List.of(), List.of(FOCI)));
    assertNotEquals(notObserved.scores(), absent.scores());
    assertEquals(1.0 / 3, notObserved.score(GEOGRAPHIC_IMPLANTATION), 1e-15);
  }

  @Test
  void theSharedTraitIsLikelyForBothItsStrategies() {
    Classification k = BAYES.classify(
        PsoProfile.of(List.of(), List.of(OrganisationTrait.STRONG_FOUNDER_OR_BACKING_ORGANISATION), List.of()));
    assertEquals(3.0 / 7, k.score(GEOGRAPHIC_IMPLANTATION), 1e-15);
    assertEquals(3.0 / 7, k.score(TECHNOLOGICAL_REPLICATION), 1e-15);
    assertEquals(1.0 / 7, k.score(DATA_BASED_GROWTH), 1e-15);
    assertEquals(Optional.empty(), k.primary());
  }

  @Test
  void untrainedActivitiesChangeNothingAndGiveNoEvidence() {
    Classification k = BAYES.classify(PsoProfile.of(List.of(), List.of(), List.of(Activity.values())));
    assertEquals(BAYES.classify(PsoProfile.empty()).scores(), k.scores());
    assertTrue(k.evidence().isEmpty());
    assertEquals(Optional.empty(), k.primary());
    assertTrue(k.hasEvidence()); // a posterior always sums to 1
  }

  @Test
  void aPresentAndAnAbsentFeatureOfOneColumnCancel() {
    Classification k = BAYES.classify(
        PsoProfile.of(List.of(FOCI), List.of(ProfileFeature.of(Indicator.STRONG_LOCAL_NETWORKS))));
    assertEquals(Optional.empty(), k.primary());
    assertEquals(1.0 / 3, k.score(DATA_BASED_GROWTH), 1e-12);
  }

  @Test
  void trainingUsesThePosteriorMean() {
    LabelledProfile example = LabelledProfile.of("g", PsoProfile.of(List.of(FOCI),
        List.of(ProfileFeature.of(Indicator.STRONG_LOCAL_NETWORKS))), GEOGRAPHIC_IMPLANTATION);
    BayesClassifier trained = (BayesClassifier) StrategyClassifiers.bayesTrainer().train(List.of(example));
    // (2 * 3/4 + 1) / (2 + 1) = 5/6; (2 * 3/4 + 0) / (2 + 1) = 1/2; untouched cells keep the prior mean
    assertEquals(5.0 / 6, trained.probability(FOCI, GEOGRAPHIC_IMPLANTATION), 1e-15);
    assertEquals(0.5, trained.probability(ProfileFeature.of(Indicator.STRONG_LOCAL_NETWORKS), GEOGRAPHIC_IMPLANTATION),
        1e-15);
    assertEquals(0.25, trained.probability(FOCI, TECHNOLOGICAL_REPLICATION));
    assertEquals(0.5, trained.probability(ProfileFeature.of(Activity.values()[0]), DATA_BASED_GROWTH));
    Classification k = trained.classify(PsoProfile.of(List.of(FOCI), List.of()));
    // 5/6 against 1/4 and 1/4: (10/12) / (16/12)
    assertEquals(10.0 / 16, k.score(GEOGRAPHIC_IMPLANTATION), 1e-15);
    assertEquals("bayes", trained.name());
  }

  @Test
  void trainedActivitiesBecomeEvidence() {
    ProfileFeature events = ProfileFeature.of(Activity.values()[0]);
    StrategyClassifier trained = StrategyClassifiers.bayesTrainer().train(List.of(
        LabelledProfile.of("a", PsoProfile.of(List.of(events), List.of()), DATA_BASED_GROWTH),
        LabelledProfile.of("b", PsoProfile.of(List.of(), List.of(events)), GEOGRAPHIC_IMPLANTATION)));
    Classification k = trained.classify(PsoProfile.of(List.of(events), List.of()));
    assertEquals(Optional.of(DATA_BASED_GROWTH), k.primary());
    assertFalse(k.evidence().forFeature(events).isEmpty());
  }

  @Test
  void theTrainerRejectsNoExamplesAndNulls() {
    Trainer trainer = StrategyClassifiers.bayesTrainer();
    assertThrows(IllegalArgumentException.class, () -> trainer.train(List.of()));
    assertThrows(NullPointerException.class, () -> trainer.train(null));
    assertThrows(NullPointerException.class, () -> BAYES.classify(null));
    assertThrows(NullPointerException.class, () -> StrategyClassifiers.bayes(null));
    assertThrows(NullPointerException.class, () -> StrategyClassifiers.bayesTrainer(null));
    assertEquals("bayes", trainer.name());
    assertEquals(trainer, StrategyClassifiers.bayesTrainer());
  }

  @Test
  void optionsTravel() {
    StrategyClassifier wide = StrategyClassifiers.bayes(ClassifierOptions.ofMixedMargin(0.5));
    assertNotEquals(BAYES, wide);
    assertEquals(BAYES, StrategyClassifiers.bayes(ClassifierOptions.defaults()));
    Classification k = wide.classify(PsoProfile.of(List.of(FOCI), List.of()));
    assertTrue(k.isMixed()); // 0.6 against 0.2 is within 0.5
    assertEquals(0.5, StrategyClassifiers.bayesTrainer(ClassifierOptions.ofMixedMargin(0.5))
        .train(Fixtures.tinyLabelledSet()).classify(PsoProfile.empty()).mixedMargin());
  }

  @Test
  void trainersAreNotFoundByName() {
    assertSame(BAYES, StrategyClassifiers.byName("bayes"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StrategyClassifiers.byName("centroid"));
    assertTrue(e.getMessage().contains("available"), e.getMessage());
  }

  @Test
  void aBayesClassificationRoundTripsThroughJson() throws Exception {
    ObjectMapper json = PsoJson.mapper();
    Classification k = BAYES.classify(
        PsoProfile.of(List.of(FOCI), List.of(ProfileFeature.of(Indicator.IN_HOUSE_CORE_TECHNOLOGY))));
    assertTrue(k.evidence().contributions().stream().anyMatch(c -> c.amount() < 0));
    Classification back = json.readValue(json.writeValueAsString(k), Classification.class);
    assertEquals(k, back);
    assertEquals(k.scores(), back.scores());
  }

  @Test
  void contributionsMayBeNegativeButNotZero() {
    assertEquals(-0.5, Contribution.of(FOCI, DATA_BASED_GROWTH, -0.5).amount());
    assertThrows(IllegalArgumentException.class, () -> Contribution.of(FOCI, DATA_BASED_GROWTH, 0));
    assertThrows(IllegalArgumentException.class,
        () -> Contribution.of(FOCI, DATA_BASED_GROWTH, Double.NEGATIVE_INFINITY));
  }
}
