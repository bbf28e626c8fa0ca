package org.psoscale.dataset.report;

import org.psoscale.dataset.ReadmeBlocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.classifier.evaluation.Evaluation;
import org.psoscale.dataset.PsoDataset;

/**
 * The paper's rules evaluated on the paper's own coding of its 27 strategy examples, and the figures README
 * reports for it: README must show exactly what the code computes, so that it cannot drift.
 */
class RulesOnBundledCasesTest {

  @Test
  void evaluatesAllTwentySevenLabelledCases() {
    Evaluation e = Evaluation.of(StrategyClassifiers.rules(), PsoDataset.bundled().labelled());
    assertEquals(27, e.size());
    assertEquals(27, e.confusionMatrix().total());
    assertTrue(e.accuracy() >= 0 && e.accuracy() <= 1);
    assertTrue(e.kappa() >= -1 && e.kappa() <= 1, "kappa " + e.kappa());
  }

  @Test
  void readmeReportsTheCurrentEvaluation() throws Exception {
    ReadmeBlocks.check("evaluation", Evaluation.of(StrategyClassifiers.rules(), PsoDataset.bundled().labelled()).render());
  }
}
