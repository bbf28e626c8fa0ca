package org.psoscale.dataset.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.dataset.PsoCase;
import org.psoscale.dataset.PsoDataset;
import org.psoscale.model.ScalingStrategy;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class CaseReportTest {
  private static final PsoDataset DATA = PsoDataset.bundled();
  private static final CaseReport REPORT = CaseReport.of(DATA, StrategyClassifiers.rules());

  @Test
  void oneRowPerCaseWithTheRulesClassification() {
    assertEquals(DATA.size(), REPORT.rows().size());
    for (int i = 0; i < DATA.size(); i++) {
      PsoCase c = DATA.cases().get(i);
      CaseReport.Row r = REPORT.rows().get(i);
      assertEquals(c.id(), r.id());
      assertEquals(c.referenceStrategy(), r.reference());
      assertEquals(StrategyClassifiers.rules().classify(c.pso().profile()), r.classification());
    }
    assertEquals(DATA.labelled().size(), REPORT.evaluation().size());
  }

  @Test
  void tableHasAHeaderAndALinePerCase() {
    String[] lines = REPORT.table().split("\n");
    assertTrue(lines[0].startsWith("case"));
    assertEquals(DATA.size() + 3, lines.length, REPORT.table());
    assertTrue(REPORT.table().contains("FixMyStreet"));
  }

  @Test
  void tableCutsNothingAndUsesTheConfusionMatrixAbbreviations() {
    String table = REPORT.table();
    assertFalse(table.contains("…"), table);
    for (CaseReport.Row r : REPORT.rows()) {
      String sectors = String.join("+", r.sectors().stream().map(Enum::name).toList());
      assertTrue(table.contains(r.name() + " ") && table.contains(sectors), r.name() + " / " + sectors);
    }
    String[] header = table.split("\n")[0].trim().split(" +");
    assertEquals(List.of("case", "sector", "ref", "pred", "GEOG", "TECH", "DATA", "mixed"), List.of(header));
    String matrix = REPORT.evaluation().confusionMatrix().render();
    for (ScalingStrategy s : ScalingStrategy.values()) {
      String legend = CaseReport.abbreviation(s) + " = " + s.label();
      assertTrue(matrix.contains(legend), "the confusion matrix says " + matrix);
      assertTrue(table.contains(legend), "the table says " + table);
    }
    assertFalse(table.contains(" GI ") || table.contains(" TR ") || table.contains(" DBG "), table);
  }

  @Test
  void printedEvaluationNamesCasesInsteadOfIds() {
    String text = REPORT.namedEvaluation().render();
    assertEquals(REPORT.evaluation().confusionMatrix(), REPORT.namedEvaluation().confusionMatrix());
    for (CaseReport.Row r : REPORT.rows()) {
      if (r.reference().isPresent() && !r.correct()) {
        assertTrue(text.contains("  " + r.name() + ": reference"), r.name());
        if (!r.id().equals(r.name())) {
          assertFalse(text.contains("  " + r.id() + ": reference"), r.id());
        }
      }
    }
  }

  @Test
  void csvHasTheDocumentedColumnsAndEveryScore() throws Exception {
    StringWriter out = new StringWriter();
    REPORT.writeCsv(out);
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(out.toString())) {
      List<Map<String, String>> rows = it.readAll();
      assertEquals(DATA.size(), rows.size());
      assertEquals(CaseReport.CSV_COLUMNS, List.copyOf(rows.get(0).keySet()));
      for (int i = 0; i < rows.size(); i++) {
        CaseReport.Row r = REPORT.rows().get(i);
        Map<String, String> row = rows.get(i);
        assertEquals(r.id(), row.get("id"));
        assertEquals(r.predicted().map(Enum::name).orElse(""), row.get("predicted_strategy"));
        assertEquals(r.classification().score(ScalingStrategy.DATA_BASED_GROWTH),
            Double.parseDouble(row.get("score_data_based_growth")), 1e-6);
      }
    }
  }

  @Test
  void svgIsWellFormedAndShowsEveryCase() throws Exception {
    String svg = REPORT.svg();
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", doc.getDocumentElement().getTagName());
    assertFalse(doc.getDocumentElement().hasAttribute("width") || doc.getDocumentElement().hasAttribute("height"),
        "a fixed pixel size");
    assertTrue(doc.getDocumentElement().getAttribute("viewBox").startsWith("0 0 "));
    NodeList groups = doc.getElementsByTagName("g");
    int marks = 0;
    for (int i = 0; i < groups.getLength(); i++) {
      marks += "case".equals(((org.w3c.dom.Element) groups.item(i)).getAttribute("class")) ? 1 : 0;
    }
    assertEquals(DATA.size(), marks);
    String text = doc.getDocumentElement().getTextContent();
    for (CaseReport.Row r : REPORT.rows()) {
      assertTrue(text.contains(r.name()), "no label for " + r.name());
    }
    for (ScalingStrategy s : ScalingStrategy.values()) {
      assertTrue(text.contains(s.label()), "legend or corner lacks " + s);
    }
    assertTrue(text.contains("Scaling strategy scores of " + DATA.size() + " PSOs"));
  }

  @Test
  void ternaryPlotEscapesLabelsAndPlacesCasesWithoutEvidenceApart() throws Exception {
    String svg = TernaryPlot.render("a < b & c", List.of(
        new TernaryPlot.Point("x<y", Map.of(ScalingStrategy.DATA_BASED_GROWTH, 1.0), Optional.empty(),
            Optional.of(ScalingStrategy.DATA_BASED_GROWTH), false),
        new TernaryPlot.Point("none", Map.of(), Optional.of(ScalingStrategy.GEOGRAPHIC_IMPLANTATION),
            Optional.empty(), false)));
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertTrue(doc.getDocumentElement().getTextContent().contains("x<y"));
    assertTrue(svg.contains("No strategy evidence (1)"));
    assertThrows(IllegalArgumentException.class, () -> new TernaryPlot.Point(
        "bad", Map.of(ScalingStrategy.DATA_BASED_GROWTH, -1.0), Optional.empty(), Optional.empty(), false));
    assertThrows(IllegalArgumentException.class, () -> new TernaryPlot.Point(
        " ", Map.of(), Optional.empty(), Optional.empty(), false));
  }

  @Test
  void runWritesCsvHtmlAndSvgsAndNamesTheFolderLast(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    Path folder = dir.resolve("out");
    CaseReport.run(DATA, StrategyClassifiers.rules(), folder, new PrintStream(console, true, "UTF-8"));
    assertTrue(Files.size(folder.resolve("pso-cases-classified.csv")) > 0);
    assertTrue(Files.readString(folder.resolve("report.html")).startsWith("<!DOCTYPE html>"));
    for (String svg : CaseReport.FILES.subList(2, 5)) {
      assertTrue(Files.readString(folder.resolve(svg)).startsWith("<?xml"), svg);
    }
    assertFalse(Files.exists(folder.resolve("pso-coding-reliability.svg")), "no reliability given");
    String[] lines = console.toString(StandardCharsets.UTF_8).trim().split("\n");
    assertTrue(lines[lines.length - 1].endsWith(folder.toString()), lines[lines.length - 1]);
    assertTrue(console.toString(StandardCharsets.UTF_8).contains("Confusion matrix"));
    assertTrue(console.toString(StandardCharsets.UTF_8).contains("| `bayes (trained)` | leave-one-out |"));
    assertFalse(console.toString(StandardCharsets.UTF_8).contains("NaN"));
  }
}
