package org.psoscale.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.classifier.evaluation.Evaluation;
import org.psoscale.model.FeatureDecision;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.ScalingStrategy;

/** The coding sheet: hand-filled sheets load and classify, round trips lose nothing the sheet holds, problems all show. */
class CodingSheetTest {
  private static PsoDataset sheet(String resource) throws IOException {
    try (InputStream in = CodingSheetTest.class.getResourceAsStream("sheets/" + resource)) {
      return CodingSheet.readCsv(in);
    }
  }

  private static List<?> rows(PsoDataset d) {
    return d.cases().stream().map(CodingSheet::row).collect(Collectors.toList());
  }

  private static PsoDataset viaCsv(PsoDataset d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CodingSheet.writeCsv(d, out);
    return CodingSheet.readCsv(new ByteArrayInputStream(out.toByteArray()));
  }

  private static PsoDataset viaJson(PsoDataset d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CodingSheet.writeJson(d, out);
    return CodingSheet.readJson(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void aHandFilledSheetLoadsClassifiesAndEvaluates() throws IOException {
    PsoDataset d = sheet("hand-filled.csv");
    assertEquals(4, d.size());
    PsoCase cafe = d.byId("cafe-reparation").orElseThrow();
    assertEquals("Café \"Réparation\" São Paulo", cafe.pso().name());
    assertEquals(List.of("Repair", "Café", "Café Répar;ation"), List.copyOf(cafe.pso().aliases()));
    assertEquals(FeatureDecision.PRESENT, cafe.pso().profile().decision(ProfileFeature.parse("indicator:REAL_WORLD_FOCI")));
    assertEquals(FeatureDecision.ABSENT,
        cafe.pso().profile().decision(ProfileFeature.parse("trait:START_UP_OR_NEW_ENTRANT")));
    assertTrue(cafe.userSupplied() && cafe.sectorAssignments().isEmpty() && cafe.provenance().foundingYear().isEmpty());
    assertTrue(d.find("Cafe Reparation Sao Paulo").isPresent());
    assertEquals(ScalingStrategy.GEOGRAPHIC_IMPLANTATION,
        StrategyClassifiers.rules().classify(cafe.pso().profile()).primary().orElseThrow());
    Evaluation e = Evaluation.of(StrategyClassifiers.bayes(), d.labelled());
    assertEquals(3, e.size());
    assertTrue(d.byId("silent-one").orElseThrow().pso().profile().hasNoDecisions());
  }

  @Test
  void theBundledCasesRoundTripThroughTheSheet() throws IOException {
    PsoDataset bundled = PsoDataset.bundled();
    assertEquals(rows(bundled), rows(viaCsv(bundled)));
    assertEquals(rows(bundled), rows(viaJson(bundled)));
    PsoDataset again = viaCsv(bundled);
    assertEquals(again, viaCsv(again), "a sheet read back is a fixed point");
  }

  @Property(tries = 30)
  void generatedDataSetsRoundTripThroughTheSheet(@ForAll("dataSets") PsoDataset d) throws IOException {
    assertEquals(rows(d), rows(viaCsv(d)));
    assertEquals(rows(d), rows(viaJson(d)));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<PsoDataset> dataSets() {
    return DatasetGenerators.datasets();
  }

  @Test
  void theTemplateHasEveryColumnAndReadsBack() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CodingSheet.template(out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith(String.join(",", CodingSheet.COLUMNS) + "\r\n"), text);
    PsoDataset d = CodingSheet.readCsv(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(1, d.size());
    assertEquals("example-platform", d.cases().get(0).id());
  }

  @Test
  void everyProblemIsReportedWithRowColumnValueAndSuggestion() {
    DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> sheet("with-problems.csv"));
    String m = e.getMessage();
    assertTrue(m.contains("row 3, column founding_year") && m.contains("'2015.0' is not a year"), m);
    assertTrue(m.contains("'NONPROFIT' is not allowed; did you mean NON_PROFIT?"), m);
    assertTrue(m.contains("'FRANCE' is not an upper-case ISO 3166-1 alpha-2 code (or EU); did you mean FR?"), m);
    assertTrue(m.contains("'SHARINGG' is not allowed; did you mean SHARING?"), m);
    assertTrue(m.contains("repeats SHARING"), m);
    assertTrue(m.contains("column reference_strategy"), m);
    assertTrue(m.contains("'yeah' is not a decision"), m);
    assertTrue(m.contains("' yes' has white space around it"), m);
    assertTrue(m.contains("row 4, column id") && m.contains("row 4, column name") && m.contains("row 4, column sectors"),
        m);
    assertTrue(e.problems().size() >= 11, m);
    assertFalse(m.contains("Immutable") || m.contains("org.psoscale") || m.contains("Exception"), m);
  }

  @Test
  void aWrongHeaderIsNamedWithTheNearestColumn() {
    String csv = "id,name,aliasses,founding_year\r\nx,X,,\r\n";
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> CodingSheet.readCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("unknown column 'aliasses'; did you mean 'aliases'?"), e.getMessage());
    assertTrue(e.getMessage().contains("missing column 'sectors'"), e.getMessage());
    DatasetFormatException headerOnly = assertThrows(DatasetFormatException.class,
        () -> CodingSheet.readCsv(new ByteArrayInputStream("foo,bar\r\n".getBytes(StandardCharsets.UTF_8))));
    assertTrue(headerOnly.getMessage().contains("unknown column 'foo'"), headerOnly.getMessage());
  }

  @Test
  void malformedCsvGivesTheDocumentedExceptionWithALine() {
    byte[] broken = (String.join(",", CodingSheet.COLUMNS) + "\r\n\"unterminated,x\r\n").getBytes(StandardCharsets.UTF_8);
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> CodingSheet.readCsv(new ByteArrayInputStream(broken)));
    assertTrue(e.getMessage().contains("malformed CSV"), e.getMessage());
  }

  @Test
  void evidenceColumnsBecomeCodedFeatures() throws IOException {
    String header = String.join(",", CodingSheet.COLUMNS) + ",source indicator:REAL_WORLD_FOCI,why indicator:REAL_WORLD_FOCI";
    StringBuilder row = new StringBuilder();
    for (String c : CodingSheet.COLUMNS) {
      row.append(row.length() == 0 ? "" : ",").append(c.equals("id") ? "x" : c.equals("name") ? "X"
          : c.equals("sectors") ? "SHARING" : c.equals("indicator:REAL_WORLD_FOCI") ? "yes" : "");
    }
    row.append(",https://example.org/about,It runs a shop.");
    PsoDataset d = CodingSheet.readCsv(new ByteArrayInputStream((header + "\r\n" + row + "\r\n")
        .getBytes(StandardCharsets.UTF_8)));
    CodedFeature f = d.cases().get(0).codedFeatures().get(0);
    assertEquals("https://example.org/about", f.source().toString());
    assertEquals("It runs a shop.", f.justification());
  }
}
