package org.psoscale.classifier.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.psoscale.model.ScalingStrategy.DATA_BASED_GROWTH;
import static org.psoscale.model.ScalingStrategy.GEOGRAPHIC_IMPLANTATION;
import static org.psoscale.model.ScalingStrategy.TECHNOLOGICAL_REPLICATION;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psoscale.classifier.Classification;
import org.psoscale.classifier.Evidence;
import org.psoscale.classifier.Fixtures;
import org.psoscale.classifier.StrategyClassifier;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.classifier.Trainer;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.ScalingStrategy;

class EvaluationTest {

  private static Classification predicting(ScalingStrategy s) {
    Map<ScalingStrategy, Double> scores = new EnumMap<>(ScalingStrategy.class);
    for (ScalingStrategy t : ScalingStrategy.values()) {
      scores.put(t, s == null ? 0.0 : s == t ? 1.0 : 0.0);
    }
    return Classification.of("hand", scores, 0.1, Evidence.none());
  }

  /** Seven cases: 1-2 GI→GI, 3 GI→TR, 4 TR→TR, 5 TR→unclassified, 6 DBG→DBG, 7 DBG→GI. */
  private static Evaluation handExample() {
    return Evaluation.from("hand", List.of(
        CasePrediction.of("1", GEOGRAPHIC_IMPLANTATION, predicting(GEOGRAPHIC_IMPLANTATION)),
        CasePrediction.of("2", GEOGRAPHIC_IMPLANTATION, predicting(GEOGRAPHIC_IMPLANTATION)),
        CasePrediction.of("3", GEOGRAPHIC_IMPLANTATION, predicting(TECHNOLOGICAL_REPLICATION)),
        CasePrediction.of("4", TECHNOLOGICAL_REPLICATION, predicting(TECHNOLOGICAL_REPLICATION)),
        CasePrediction.of("5", TECHNOLOGICAL_REPLICATION, predicting(null)),
        CasePrediction.of("6", DATA_BASED_GROWTH, predicting(DATA_BASED_GROWTH)),
        CasePrediction.of("7", DATA_BASED_GROWTH, predicting(GEOGRAPHIC_IMPLANTATION))));
  }

  @Test
  void figuresOfAHandComputedExample() {
    Evaluation e = handExample();
    assertEquals(4.0 / 7, e.accuracy(), 1e-15);
    ConfusionMatrix m = e.confusionMatrix();
    assertEquals(2, m.count(GEOGRAPHIC_IMPLANTATION, GEOGRAPHIC_IMPLANTATION));
    assertEquals(1, m.count(GEOGRAPHIC_IMPLANTATION, TECHNOLOGICAL_REPLICATION));
    assertEquals(1, m.unclassified(TECHNOLOGICAL_REPLICATION));
    assertEquals(1, m.count(DATA_BASED_GROWTH, Optional.of(GEOGRAPHIC_IMPLANTATION)));
    assertEquals(7, m.total());
    assertEquals(1, e.unclassifiedCount());
    assertEquals(2.0 / 3, e.metrics(GEOGRAPHIC_IMPLANTATION).precision(), 1e-15);
    assertEquals(2.0 / 3, e.metrics(GEOGRAPHIC_IMPLANTATION).recall(), 1e-15);
    assertEquals(0.5, e.metrics(TECHNOLOGICAL_REPLICATION).precision());
    assertEquals(0.5, e.metrics(TECHNOLOGICAL_REPLICATION).recall());
    assertEquals(1.0, e.metrics(DATA_BASED_GROWTH).precision());
    assertEquals(0.5, e.metrics(DATA_BASED_GROWTH).recall());
    assertEquals(2.0 / 3, e.metrics(DATA_BASED_GROWTH).f1(), 1e-15);
    assertEquals(11.0 / 18, e.macroF1(), 1e-15);
    // p_o = 4/7, p_e = (3*3 + 2*2 + 2*1 + 0*1) / 49 = 15/49, kappa = (28 - 15) / (49 - 15) = 13/34
    assertEquals(13.0 / 34, e.kappa(), 1e-15);
    assertEquals(Optional.of(AgreementBand.FAIR), e.kappaBand());
    assertEquals(List.of("3", "5", "7"), e.errors().stream().map(CasePrediction::id).toList());
  }

  @Test
  void renderingShowsTheMatrixWithAnUnclassifiedColumn() {
    String text = handExample().render();
    assertTrue(text.contains("accuracy      0.571 (4 of 7)"), text);
    assertTrue(text.contains("Cohen's kappa 0.382 (Fair, Landis & Koch)"), text);
    assertTrue(text.contains("reference \\ predicted         GEOG  TECH  DATA  unclassified  total"), text);
    assertTrue(text.contains("Technological replication        0     1     0             1      2"), text);
    assertTrue(text.contains("5: reference Technological replication, predicted unclassified"), text);
    assertTrue(!text.contains("\r"));
  }

  @Test
  void undefinedMetricsAreNaN() {
    Evaluation e = Evaluation.from("hand", List.of(
        CasePrediction.of("a", GEOGRAPHIC_IMPLANTATION, predicting(GEOGRAPHIC_IMPLANTATION)),
        CasePrediction.of("b", TECHNOLOGICAL_REPLICATION, predicting(GEOGRAPHIC_IMPLANTATION))));
    assertTrue(Double.isNaN(e.metrics(TECHNOLOGICAL_REPLICATION).precision()));
    assertEquals(0.0, e.metrics(TECHNOLOGICAL_REPLICATION).f1());
    assertTrue(Double.isNaN(e.metrics(DATA_BASED_GROWTH).f1()));
    assertEquals((2.0 / 3 + 0) / 2, e.macroF1(), 1e-15);
    Evaluation degenerate = Evaluation.from("hand", List.of(
        CasePrediction.of("a", GEOGRAPHIC_IMPLANTATION, predicting(GEOGRAPHIC_IMPLANTATION))));
    assertTrue(Double.isNaN(degenerate.kappa()));
    assertEquals(Optional.empty(), degenerate.kappaBand());
    assertTrue(degenerate.render().contains("Cohen's kappa n/a"));
  }

  @Test
  void invalidInputsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Evaluation.from("hand", List.of()));
    CasePrediction a = CasePrediction.of("a", GEOGRAPHIC_IMPLANTATION, predicting(GEOGRAPHIC_IMPLANTATION));
    assertThrows(IllegalArgumentException.class, () -> Evaluation.from("hand", List.of(a, a)));
    assertThrows(IllegalArgumentException.class,
        () -> Evaluation.leaveOneOut(StrategyClassifiers.centroid(), Fixtures.tinyLabelledSet().subList(0, 1)));
    assertThrows(NullPointerException.class, () -> Evaluation.of(null, Fixtures.tinyLabelledSet()));
  }

  @Test
  void evaluatingTheRulesOnTheTinySet() {
    Evaluation e = Evaluation.of(StrategyClassifiers.rules(), Fixtures.tinyLabelledSet());
    assertEquals("rules", e.classifier());
    assertEquals(1.0, e.accuracy());
    assertEquals(1.0, e.kappa());
    assertEquals(1.0, e.macroF1());
  }

  @Test
  void leaveOneOutTrainsWithoutTheHeldOutCase() {
    List<List<String>> seen = new ArrayList<>();
    Trainer spy = new Trainer() {
      private static final long serialVersionUID = 1L;

      @Override
      public StrategyClassifier train(List<LabelledProfile> examples) {
        seen.add(examples.stream().map(LabelledProfile::id).toList());
        return StrategyClassifiers.centroid().train(examples);
      }

      @Override
      public String name() {
        return "spy";
      }
    };
    Evaluation e = Evaluation.leaveOneOut(spy, Fixtures.tinyLabelledSet());
    assertEquals("leave-one-out(spy)", e.classifier());
    assertEquals(6, seen.size());
    for (int i = 0; i < 6; i++) {
      String held = Fixtures.tinyLabelledSet().get(i).id();
      assertEquals(5, seen.get(i).size());
      assertTrue(!seen.get(i).contains(held), held);
    }
    assertEquals(1.0, e.accuracy());
    assertEquals(e.predictions(), Evaluation.leaveOneOut(StrategyClassifiers.centroid(), Fixtures.tinyLabelledSet())
        .predictions().stream().map(p -> CasePrediction.of(p.id(), p.reference(), p.classification())).toList());
  }
}
