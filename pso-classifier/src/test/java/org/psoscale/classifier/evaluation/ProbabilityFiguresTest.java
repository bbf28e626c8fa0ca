package org.psoscale.classifier.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.psoscale.model.ScalingStrategy.DATA_BASED_GROWTH;
import static org.psoscale.model.ScalingStrategy.GEOGRAPHIC_IMPLANTATION;
import static org.psoscale.model.ScalingStrategy.TECHNOLOGICAL_REPLICATION;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psoscale.classifier.Classification;
import org.psoscale.classifier.Evidence;
import org.psoscale.model.ScalingStrategy;

/** Brier score, log loss and reliability bins on hand-computed examples. */
class ProbabilityFiguresTest {
  private static final double CLIPPED = -Math.log(1e-15);

  private static Classification scores(double gi, double tr, double dbg) {
    return Classification.of("hand",
        Map.of(GEOGRAPHIC_IMPLANTATION, gi, TECHNOLOGICAL_REPLICATION, tr, DATA_BASED_GROWTH, dbg), 0.1,
        Evidence.none());
  }

  @Test
  void twoCasesByHand() {
    // A: reference GI, (0.6, 0.3, 0.1): Brier 0.16 + 0.09 + 0.01 = 0.26, log loss -ln 0.6, confidence 0.6, right.
    // B: reference DBG, (0.5, 0.5, 0): Brier 0.25 + 0.25 + 1 = 1.5, log loss clipped, confidence 0.5, a tie (wrong).
    Evaluation e = Evaluation.from("hand", List.of(
        CasePrediction.of("a", GEOGRAPHIC_IMPLANTATION, scores(0.6, 0.3, 0.1)),
        CasePrediction.of("b", DATA_BASED_GROWTH, scores(0.5, 0.5, 0))));
    assertEquals((0.26 + 1.5) / 2, e.brierScore(), 1e-12);
    assertEquals((-Math.log(0.6) + CLIPPED) / 2, e.logLoss(), 1e-12);
    List<ReliabilityBin> bins = e.reliability();
    assertEquals(2, bins.size());
    assertEquals(ReliabilityBin.of(0.5, 0.6, 1, 0.5, 0.0), bins.get(0));
    assertEquals(0.6, bins.get(1).lower());
    assertEquals(0.7, bins.get(1).upper());
    assertEquals(0.6, bins.get(1).meanConfidence(), 1e-12);
    assertEquals(1.0, bins.get(1).accuracy());
    assertEquals((0.5 + 0.4) / 2, e.expectedCalibrationError(), 1e-12);
  }

  @Test
  void oneHotPredictionsAndNoEvidence() {
    // 1, 2 right (GI); 3 GI as TR; 4 right (TR); 5 TR without evidence -> uniform; 6 right (DBG); 7 DBG as GI
    Evaluation e = Evaluation.from("hand", List.of(
        CasePrediction.of("1", GEOGRAPHIC_IMPLANTATION, scores(1, 0, 0)),
        CasePrediction.of("2", GEOGRAPHIC_IMPLANTATION, scores(1, 0, 0)),
        CasePrediction.of("3", GEOGRAPHIC_IMPLANTATION, scores(0, 1, 0)),
        CasePrediction.of("4", TECHNOLOGICAL_REPLICATION, scores(0, 1, 0)),
        CasePrediction.of("5", TECHNOLOGICAL_REPLICATION, Classification.unclassified("hand", 0.1)),
        CasePrediction.of("6", DATA_BASED_GROWTH, scores(0, 0, 1)),
        CasePrediction.of("7", DATA_BASED_GROWTH, scores(1, 0, 0))));
    // Brier: 0 + 0 + 2 + 0 + (4/9 + 1/9 + 1/9) + 0 + 2 = 14/3, over 7 cases
    assertEquals(2.0 / 3, e.brierScore(), 1e-15);
    assertEquals((2 * CLIPPED + Math.log(3)) / 7, e.logLoss(), 1e-12);
    assertEquals(List.of(
            ReliabilityBin.of(0.3, 0.4, 1, 1.0 / 3, 0.0),
            ReliabilityBin.of(0.9, 1.0, 6, 1.0, 4.0 / 6)),
        e.reliability());
    assertEquals((6 * (1 - 4.0 / 6) + 1.0 / 3) / 7, e.expectedCalibrationError(), 1e-15);
    Map<ScalingStrategy, Double> uniform = e.predictions().get(4).probabilities();
    assertEquals(1.0 / 3, uniform.get(DATA_BASED_GROWTH), 1e-15);
    String text = e.render();
    assertTrue(text.contains("  Brier score   0.667 (0 best, 2 worst; uniform 0.667)"), text);
    assertTrue(text.contains("  log loss      10.025 (natural log, p clipped at 1e-15; uniform 1.099)"), text);
    assertTrue(text.contains("[0.9, 1.0]       6            1.000     0.667"), text);
    assertTrue(text.contains("[0.3, 0.4)       1            0.333     0.000"), text);
  }

  @Test
  void scoresThatDoNotSumToOneAreNormalised() {
    CasePrediction c = CasePrediction.of("x", GEOGRAPHIC_IMPLANTATION, scores(0.5, 0.25, 0.25));
    assertEquals(0.5, c.probabilities().get(GEOGRAPHIC_IMPLANTATION));
  }
}
