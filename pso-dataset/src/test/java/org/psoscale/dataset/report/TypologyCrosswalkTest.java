package org.psoscale.dataset.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.classifier.typology.TypologyClassifier;
import org.psoscale.classifier.typology.TypologyClassifiers;
import org.psoscale.dataset.PsoDataset;
import org.psoscale.dataset.ReadmeBlocks;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.ScalingStrategy;
import org.psoscale.model.Typology;

/** The crosswalks of the paper's strategies with the other typologies, and README's crosswalk block. */
class TypologyCrosswalkTest {

  @Test
  void readmeShowsTheCrosswalksTheCodeComputes() throws Exception {
    ReadmeBlocks.check("crosswalk", TypologyCrosswalk.renderAll(TypologyCrosswalk.bundled()));
  }

  @Test
  void everyLabelledCaseIsCountedOnceAgainstItsReferenceStrategy() {
    PsoDataset data = PsoDataset.bundled();
    for (TypologyCrosswalk c : TypologyCrosswalk.bundled()) {
      assertEquals(27, c.total());
      Typology t = c.classifier().typology();
      for (ScalingStrategy s : ScalingStrategy.values()) {
        int row = c.count(s, Optional.empty());
        for (String id : t.categoryIds()) {
          row += c.count(s, Optional.of(id));
        }
        assertEquals(data.byStrategy(s).size(), row, s.name());
      }
      int unclassified = 0;
      int withoutEvidence = 0;
      for (LabelledProfile p : data.labelled()) {
        if (c.classifier().classify(p.profile()).primary().isEmpty()) {
          unclassified++;
        }
        if (!c.classifier().classify(p.profile()).hasEvidence()) {
          withoutEvidence++;
        }
      }
      assertEquals(unclassified, c.unclassified());
      assertEquals(withoutEvidence, c.withoutEvidence());
    }
  }

  @Test
  void cramersVIsOneForAPerfectAssociationAndZeroForIndependence() {
    assertEquals(1.0, TypologyCrosswalk.cramersV(new int[][] {{4, 0, 0}, {0, 3, 0}, {0, 0, 5}}).getAsDouble(), 1e-12);
    assertEquals(0.0, TypologyCrosswalk.cramersV(new int[][] {{2, 4}, {1, 2}, {3, 6}}).getAsDouble(), 1e-12);
    // chi2 = 4 on a 2 x 2 table of 16 cases: V = sqrt(4 / 16) = 0.5.
    assertEquals(0.5, TypologyCrosswalk.cramersV(new int[][] {{6, 2, 0}, {2, 6, 0}, {0, 0, 0}}).getAsDouble(), 1e-12);
    assertFalse(TypologyCrosswalk.cramersV(new int[][] {{3, 0}, {2, 0}, {0, 0}}).isPresent());
  }

  @Test
  void thePaperAgainstItselfThroughTheRulesGivesTheEvaluationsCounts() {
    TypologyClassifier rules = TypologyClassifiers.of(StrategyClassifiers.rules());
    TypologyCrosswalk c = TypologyCrosswalk.of(PsoDataset.bundled().labelled(), rules);
    assertEquals(6, c.count(ScalingStrategy.GEOGRAPHIC_IMPLANTATION, Optional.of("GEOGRAPHIC_IMPLANTATION")));
    assertEquals(5, c.unclassified());
    assertTrue(c.permutationP() > 0 && c.permutationP() <= 1);
    assertTrue(c.nullMeanV() < c.cramersV().getAsDouble());
  }

  @Test
  void theMainJobPrintsTheCrosswalks(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      CaseReport.run(PsoDataset.bundled(), StrategyClassifiers.rules(), dir, out);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    for (TypologyCrosswalk c : TypologyCrosswalk.bundled()) {
      assertTrue(printed.contains(c.render()), c.classifier().name());
    }
    ByteArrayOutputStream none = new ByteArrayOutputStream();
    TypologyCrosswalk.print(PsoDataset.bundled(), new PrintStream(none, true, StandardCharsets.UTF_8));
    assertEquals(TypologyCrosswalk.renderAll(TypologyCrosswalk.bundled()) + System.lineSeparator(),
        none.toString(StandardCharsets.UTF_8));
    assertEquals(ImmutableList.of("dees-2004", "moore-2015"), TypologyCrosswalk.bundled().stream()
        .map(c -> c.classifier().typology().id()).collect(ImmutableList.toImmutableList()));
  }
}
