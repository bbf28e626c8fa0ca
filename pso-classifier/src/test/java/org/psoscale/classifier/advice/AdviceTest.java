package org.psoscale.classifier.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoscale.classifier.Classification;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.model.Indicator;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalingChallenge;
import org.psoscale.model.ScalingStrategy;

class AdviceTest {

  @Test
  void aClearPrimaryGetsItsOwnAdviceOnly() {
    Classification k = StrategyClassifiers.rules()
        .classify(PsoProfile.of(List.of(Indicator.IN_HOUSE_CORE_TECHNOLOGY), List.of(), List.of()));
    Advice a = Advice.of(k);
    assertEquals(1, a.strategies().size());
    StrategyAdvice s = a.strategies().get(0);
    assertEquals(ScalingStrategy.TECHNOLOGICAL_REPLICATION, s.strategy());
    assertEquals(StrategyAdvice.Role.PRIMARY, s.role());
    assertEquals(ScalingStrategy.TECHNOLOGICAL_REPLICATION.benefits(), s.benefits());
    assertEquals(ScalingStrategy.TECHNOLOGICAL_REPLICATION.challenges(), s.challenges());
    assertEquals(org.psoscale.model.ScalersCapability.REPLICATION, s.capabilities().get(0).capability());
    assertEquals(List.of(ScalingChallenge.values()), a.generalChallenges().asList());
  }

  @Test
  void aMixedClassificationAddsTheRunnerUp() {
    Classification k = StrategyClassifiers.rules().classify(PsoProfile.of(
        List.of(Indicator.REAL_WORLD_FOCI, Indicator.IN_HOUSE_CORE_TECHNOLOGY),
        List.of(OrganisationTrait.FOUNDERS_FROM_SECTOR), List.of())).withMixedMargin(0.25);
    Advice a = Advice.of(k);
    assertEquals(List.of(StrategyAdvice.of(ScalingStrategy.GEOGRAPHIC_IMPLANTATION, StrategyAdvice.Role.PRIMARY),
        StrategyAdvice.of(ScalingStrategy.TECHNOLOGICAL_REPLICATION, StrategyAdvice.Role.RUNNER_UP)), a.strategies());
  }

  @Test
  void aTieAdvisesOnEveryLeaderAndNoEvidenceOnNone() {
    Classification tie = StrategyClassifiers.rules().classify(PsoProfile.of(
        List.of(Indicator.REAL_WORLD_FOCI, Indicator.FOCUS_ON_DIFFUSION_AMONG_FINAL_USERS), List.of(), List.of()));
    assertEquals(List.of(StrategyAdvice.of(ScalingStrategy.GEOGRAPHIC_IMPLANTATION, StrategyAdvice.Role.TIED_LEADER),
        StrategyAdvice.of(ScalingStrategy.DATA_BASED_GROWTH, StrategyAdvice.Role.TIED_LEADER)),
        Advice.of(tie).strategies());
    Advice none = Advice.of(StrategyClassifiers.rules().classify(PsoProfile.empty()));
    assertTrue(none.strategies().isEmpty());
    assertTrue(none.render().contains("[paper (general)]"));
  }

  @Test
  void everyStrategyHasCapabilitiesCitingThePaper() {
    for (ScalingStrategy s : ScalingStrategy.values()) {
      List<CapabilityNeed> needs = CapabilityNeed.forStrategy(s);
      assertTrue(needs.size() >= 3, s::name);
      for (CapabilityNeed n : needs) {
        assertEquals(Source.OURS, n.source());
        assertTrue(n.rationale().contains("\""), n::rationale);
      }
    }
    String text = Advice.of(StrategyClassifiers.rules()
        .classify(PsoProfile.of(List.of(Indicator.REAL_WORLD_FOCI), List.of(), List.of()))).render();
    assertTrue(text.contains("benefit: Better adaptation to local contexts [paper]"), text);
    assertTrue(text.contains("capability: Staffing - "), text);
    assertTrue(text.contains("[ours]"), text);
  }
}
