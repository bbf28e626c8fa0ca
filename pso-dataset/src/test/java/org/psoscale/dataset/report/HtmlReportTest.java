package org.psoscale.dataset.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.dataset.CodingReliability;
import org.psoscale.dataset.PsoDataset;
import org.psoscale.model.ScalingStrategy;
import org.psoscale.model.Sector;

/** The HTML report: self-contained, every plot inline, names instead of ids, one vocabulary, nothing cut. */
class HtmlReportTest {
  private static final PsoDataset DATA = PsoDataset.bundled();
  private static final CaseReport REPORT = CaseReport.of(DATA, StrategyClassifiers.rules());
  private static final String HTML = REPORT.html(Optional.of(ClassifierComparison.bundled()),
      Optional.of(CodingReliability.bundled()));

  @Test
  void needsNoScriptAndNoOtherFile() {
    // The SVG namespace is a name, not an address that is fetched.
    String lower = HTML.toLowerCase(Locale.ROOT).replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    for (String forbidden : List.of("<script", "<link", "<img", "<iframe", "src=", "url(", "@import", "http:",
        "https:")) {
      assertFalse(lower.contains(forbidden), forbidden);
    }
    assertTrue(HTML.startsWith("<!DOCTYPE html>"));
    assertTrue(HTML.contains("<meta name=\"viewport\""));
  }

  @Test
  void holdsEveryPlotInlineAsWellFormedSvgWithAViewBoxOnly() throws Exception {
    List<String> svgs = new ArrayList<>();
    Matcher m = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(HTML);
    while (m.find()) {
      svgs.add(m.group());
    }
    assertEquals(4, svgs.size());
    for (String svg : svgs) {
      var root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
      assertTrue(root.hasAttribute("viewBox"));
      assertFalse(root.hasAttribute("width") || root.hasAttribute("height"));
    }
    assertTrue(svgs.get(0).contains(REPORT.ternary().title().replace("'", "&#39;"))
        || svgs.get(0).contains(REPORT.ternary().title()));
  }

  @Test
  void namesCasesNotIdsAndCutsNothing() {
    for (CaseReport.Row r : REPORT.rows()) {
      String name = com.google.common.html.HtmlEscapers.htmlEscaper().escape(r.name());
      assertTrue(HTML.contains("<tr><td>" + name + "</td>"), r.name());
      if (!r.id().equalsIgnoreCase(r.name())) {
        assertFalse(HTML.contains(">" + r.id() + "<"), r.id());
      }
      for (Sector s : r.sectors()) {
        assertTrue(HTML.contains(s.label()), s.label());
      }
    }
    assertFalse(HTML.contains("…"));
    assertFalse(HTML.contains("SOCIAL_INCLUSION"));
  }

  @Test
  void namesStrategiesByTheirLabelsInEveryTable() {
    for (String cell : List.of(">GI<", ">TR<", ">DBG<", ">GEOG<", ">TECH<", ">DATA<", "GEOGRAPHIC_IMPLANTATION",
        "TECHNOLOGICAL_REPLICATION", "DATA_BASED_GROWTH")) {
      assertFalse(HTML.contains(cell), cell);
    }
    for (ScalingStrategy s : ScalingStrategy.values()) {
      assertTrue(HTML.contains("<th class=\"num\">" + s.label() + "</th>"), s.label());
    }
  }

  @Test
  void showsTheEvaluationComparisonAndReliability() {
    assertTrue(HTML.contains(String.format(Locale.ROOT, "%.3f (%d of %d)", REPORT.evaluation().accuracy(),
        REPORT.evaluation().confusionMatrix().correct(), REPORT.evaluation().size())));
    for (ClassifierComparison.Row r : ClassifierComparison.bundled().rows()) {
      assertTrue(HTML.contains("<code>" + r.classifier() + "</code>"), r.classifier());
    }
    assertTrue(HTML.contains("id=\"reliability\""));
    assertTrue(HTML.contains("Cases not predicted as the paper's strategy (" + REPORT.evaluation().errors().size()
        + ")"));
  }

  @Test
  void leavesOutWhatIsNotGiven() {
    String html = REPORT.html(Optional.empty(), Optional.empty());
    assertFalse(html.contains("id=\"reliability\""));
    assertFalse(html.contains("id=\"comparison\""));
    assertEquals(3, html.split("<svg ", -1).length - 1);
  }

  @Test
  void mainJobWritesTheReportAndEverySvgBesideTheCsv(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    CaseReport.run(DATA, StrategyClassifiers.rules(), dir, new PrintStream(console, true, "UTF-8"),
        Optional.of(CodingReliability.bundled()));
    for (String file : CaseReport.FILES) {
      assertTrue(Files.size(dir.resolve(file)) > 0, file);
    }
    assertEquals(HTML, Files.readString(dir.resolve("report.html")));
    assertEquals(REPORT.svg(), Files.readString(dir.resolve("pso-strategies-ternary.svg")));
    String out = console.toString(StandardCharsets.UTF_8);
    assertTrue(out.trim().endsWith(dir.toString()), out);
    assertTrue(out.contains("report.html"));
  }
}
