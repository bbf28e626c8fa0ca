package org.psoscale.dataset.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.classifier.evaluation.Evaluation;
import org.psoscale.dataset.PsoDataset;

/**
 * The paper's rules evaluated on the paper's own coding of its 27 strategy examples, and the figures README
 * reports for it: README must show exactly what the code computes, so that it cannot drift.
 */
class RulesOnBundledCasesTest {
  private static final Pattern BLOCK =
      Pattern.compile("<!-- evaluation:start -->\\s*```text\\n(.*?)```\\s*<!-- evaluation:end -->", Pattern.DOTALL);

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
    Path readme = Path.of(System.getProperty("user.dir")).resolve("../README.md").normalize();
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(text);
    assertTrue(m.find(), "README.md lacks the evaluation block between <!-- evaluation:start/end -->");
    String rendered = Evaluation.of(StrategyClassifiers.rules(), PsoDataset.bundled().labelled()).render();
    assertEquals(rendered.strip(), m.group(1).strip(),
        "README's evaluation is out of date; replace the block with:\n" + rendered);
  }
}
