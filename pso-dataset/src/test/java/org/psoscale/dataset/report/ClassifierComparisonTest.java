package org.psoscale.dataset.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.classifier.evaluation.Evaluation;
import org.psoscale.dataset.PsoDataset;
import org.psoscale.dataset.ReadmeBlocks;

/**
 * The built-in classifiers compared on the paper's labelled cases, and README's comparison table: README must show
 * exactly what the code renders, so that the figures cannot drift when the coding of the cases changes.
 */
class ClassifierComparisonTest {

  @Test
  void comparesFiveClassifiersOnEveryLabelledCase() {
    ClassifierComparison c = ClassifierComparison.bundled();
    int n = PsoDataset.bundled().labelled().size();
    assertEquals(n, c.cases());
    assertEquals(List.of("rules", "rules-indicators", "centroid", "bayes (untrained)", "bayes (trained)"),
        c.rows().stream().map(ClassifierComparison.Row::classifier).toList());
    for (ClassifierComparison.Row r : c.rows()) {
      assertEquals(n, r.evaluation().size());
      assertTrue(r.evaluation().brierScore() >= 0 && r.evaluation().brierScore() <= 2);
    }
    assertEquals(Evaluation.of(StrategyClassifiers.rules(), PsoDataset.bundled().labelled()),
        c.rows().get(0).evaluation());
    assertEquals("leave-one-out(bayes)", c.rows().get(4).evaluation().classifier());
    assertEquals("leave-one-out(centroid)", c.rows().get(2).evaluation().classifier());
  }

  @Test
  void needsTwoCases() {
    assertThrows(IllegalArgumentException.class,
        () -> ClassifierComparison.of(PsoDataset.bundled().labelled().subList(0, 1)));
    assertThrows(NullPointerException.class, () -> ClassifierComparison.of(null));
  }

  @Test
  void readmeShowsTheCurrentComparison() throws Exception {
    ReadmeBlocks.checkMarkdown("comparison", ClassifierComparison.bundled().renderMarkdown());
  }
}
