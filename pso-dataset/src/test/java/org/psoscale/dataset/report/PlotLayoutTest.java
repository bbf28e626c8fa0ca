package org.psoscale.dataset.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.dataset.CodingReliability;
import org.psoscale.dataset.PsoDataset;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.ScalingStrategy;
import org.psoscale.model.Sector;
import org.w3c.dom.Document;

/**
 * The plots' computed layouts: every text, mark and leader inside the view box, no two text boxes overlapping, no
 * two leaders crossing, one mark per case; for the bundled report and for arbitrary points.
 */
class PlotLayoutTest {
  private static final CaseReport REPORT = CaseReport.of(PsoDataset.bundled(), StrategyClassifiers.rules());

  /** Asserts the layout rules every figure keeps, and that its SVG is well-formed with a view box only. */
  static void assertSound(Figure f) throws Exception {
    for (Figure.Text t : f.texts()) {
      assertTrue(t.box().inside(f.width(), f.height()), () -> "outside the view box: " + t + " " + t.box());
    }
    for (Figure.Mark m : f.marks()) {
      assertTrue(m.box().inside(f.width(), f.height()), () -> "mark outside the view box: " + m);
    }
    for (Figure.Leader l : f.leaders()) {
      assertTrue(l.x1() >= 0 && l.x2() >= 0 && l.y1() >= 0 && l.y2() >= 0 && l.x1() <= f.width()
          && l.x2() <= f.width() && l.y1() <= f.height() && l.y2() <= f.height(), () -> "leader outside: " + l);
    }
    List<Figure.Text> texts = f.texts();
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        Figure.Text a = texts.get(i);
        Figure.Text b = texts.get(j);
        assertFalse(a.box().overlaps(b.box()), () -> "texts overlap: '" + a.text() + "' and '" + b.text() + "'");
      }
    }
    List<Figure.Leader> leaders = f.leaders();
    for (int i = 0; i < leaders.size(); i++) {
      for (int j = i + 1; j < leaders.size(); j++) {
        Figure.Leader a = leaders.get(i);
        Figure.Leader b = leaders.get(j);
        assertFalse(a.crosses(b), () -> "leaders cross: " + a.caseLabel() + " and " + b.caseLabel());
      }
    }
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(f.svgDocument().getBytes(StandardCharsets.UTF_8)));
    assertFalse(doc.getDocumentElement().hasAttribute("width"), "fixed width");
    assertFalse(doc.getDocumentElement().hasAttribute("height"), "fixed height");
    assertEquals(String.format(java.util.Locale.ROOT, "0 0 %.0f %.0f", Math.ceil(f.width()), Math.ceil(f.height())),
        doc.getDocumentElement().getAttribute("viewBox"));
  }

  @Test
  void theBundledTernaryPlotHasOneMarkAndOneLabelPerCaseAndNothingCrosses() throws Exception {
    Figure f = REPORT.ternary();
    assertSound(f);
    List<String> names = REPORT.rows().stream().map(CaseReport.Row::name).toList();
    assertEquals(names.size(), f.marks().size());
    assertEquals(Set.copyOf(names), f.marks().stream().map(Figure.Mark::caseLabel).collect(Collectors.toSet()));
    List<String> texts = f.texts().stream().map(Figure.Text::text).toList();
    for (String name : names) {
      assertEquals(1, texts.stream().filter(name::equals).count(), name);
    }
    long placed = REPORT.rows().stream().filter(r -> r.classification().hasEvidence()).count();
    assertEquals(placed, f.leaders().size());
    assertTrue(texts.contains("20%") && texts.contains("80%"), "tick labels");
  }

  @Test
  void aFigureIsAValue() throws Exception {
    Figure f = REPORT.ternary();
    assertEquals(f, REPORT.ternary());
    com.google.common.testing.SerializableTester.reserializeAndAssert(f);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new Figure("t", 0, 10, f.texts(), f.marks(), f.leaders(), ""));
  }

  @Test
  void marksRingMisclassifiedCasesAndShowMixedOnes() {
    Map<String, CaseReport.Row> rows = REPORT.rows().stream()
        .collect(Collectors.toMap(CaseReport.Row::name, r -> r));
    int ringed = 0;
    for (Figure.Mark m : REPORT.ternary().marks()) {
      CaseReport.Row r = rows.get(m.caseLabel());
      assertEquals(r.reference().isPresent() && !r.correct(), m.ringed(), m.caseLabel());
      assertEquals(r.classification().isMixed(), m.mixed(), m.caseLabel());
      assertEquals(Canvas.colour(r.reference()), m.colour(), m.caseLabel());
      ringed += m.ringed() ? 1 : 0;
    }
    assertEquals(REPORT.evaluation().errors().size(), ringed);
  }

  @Test
  void theNoteExplainsNudgedMarks() {
    String text = REPORT.ternary().texts().stream().map(Figure.Text::text).collect(Collectors.joining(" "));
    assertTrue(text.contains("fanned out in a small ring"), text);
    assertTrue(text.contains("outside the triangle"), text);
  }

  @Property(tries = 60)
  void anyPointsGiveASoundLayout(@ForAll("points") @Size(max = 90) List<TernaryPlot.Point> points) throws Exception {
    Figure f = TernaryPlot.layout("Arbitrary cases", points);
    assertSound(f);
    assertEquals(points.size(), f.marks().size());
    assertEquals(points.stream().map(TernaryPlot.Point::label).collect(Collectors.toSet()),
        f.marks().stream().map(Figure.Mark::caseLabel).collect(Collectors.toSet()));
    assertEquals(points.stream().filter(TernaryPlot.Point::placed).count(), f.leaders().size());
  }

  @Provide
  Arbitrary<List<TernaryPlot.Point>> points() {
    Arbitrary<Integer> score = Arbitraries.integers().between(0, 4);
    Arbitrary<Optional<ScalingStrategy>> strategy =
        Arbitraries.of(ScalingStrategy.class).optional(0.7);
    Arbitrary<String> suffix = Arbitraries.strings().withChars("abcdefghij KLMNOPé-.").ofMaxLength(22);
    return Combinators.combine(score, score, score, strategy, strategy, Arbitraries.of(true, false), suffix)
        .as((g, t, d, ref, pred, mixed, name) -> new Object[] {g, t, d, ref, pred, mixed, name})
        .list().ofMaxSize(90)
        .map(raw -> {
          List<TernaryPlot.Point> out = new ArrayList<>();
          Set<String> seen = new HashSet<>();
          for (int i = 0; i < raw.size(); i++) {
            Object[] r = raw.get(i);
            String label = ("c" + i + " " + r[6]).strip();
            if (!seen.add(label)) {
              continue;
            }
            Map<ScalingStrategy, Double> scores = new EnumMap<>(ScalingStrategy.class);
            scores.put(ScalingStrategy.GEOGRAPHIC_IMPLANTATION, ((Integer) r[0]).doubleValue());
            scores.put(ScalingStrategy.TECHNOLOGICAL_REPLICATION, ((Integer) r[1]).doubleValue());
            scores.put(ScalingStrategy.DATA_BASED_GROWTH, ((Integer) r[2]).doubleValue());
            @SuppressWarnings("unchecked")
            Optional<ScalingStrategy> ref = (Optional<ScalingStrategy>) r[3];
            @SuppressWarnings("unchecked")
            Optional<ScalingStrategy> pred = (Optional<ScalingStrategy>) r[4];
            out.add(new TernaryPlot.Point(label, scores, ref, pred, (Boolean) r[5]));
          }
          return out;
        });
  }

  @Test
  void manyCasesOnOnePointStayInsideAndApart() throws Exception {
    List<TernaryPlot.Point> points = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      points.add(new TernaryPlot.Point("Organisation number " + i, Map.of(ScalingStrategy.GEOGRAPHIC_IMPLANTATION,
          1.0), Optional.of(ScalingStrategy.GEOGRAPHIC_IMPLANTATION), Optional.empty(), i % 2 == 0));
    }
    Figure f = TernaryPlot.layout("All in one corner", points);
    assertSound(f);
    List<Figure.Mark> marks = f.marks();
    for (int i = 0; i < marks.size(); i++) {
      for (int j = i + 1; j < marks.size(); j++) {
        double d = Math.hypot(marks.get(i).x() - marks.get(j).x(), marks.get(i).y() - marks.get(j).y());
        assertTrue(d >= 2 * TernaryPlot.DOT, "marks " + i + " and " + j + " overlap: " + d);
      }
    }
  }

  @Test
  void strategyBySectorCountsEveryCaseInEachOfItsSectors() throws Exception {
    Figure f = REPORT.strategyBySector();
    assertSound(f);
    Map<Sector, ? extends Map<Optional<ScalingStrategy>, Integer>> counts =
        ReportCharts.countBySector(REPORT.rows(), CaseReport.Row::predicted);
    int total = counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    assertEquals(REPORT.rows().stream().mapToInt(r -> r.sectors().size()).sum(), total);
    for (Sector s : counts.keySet()) {
      assertTrue(f.texts().stream().anyMatch(t -> t.text().equals(s.label())), s.label());
      int n = counts.get(s).values().stream().mapToInt(Integer::intValue).sum();
      assertTrue(f.texts().stream().anyMatch(t -> t.text().equals(Integer.toString(n))), s + " total " + n);
    }
    for (CaseReport.Row r : REPORT.rows()) {
      for (Sector s : r.sectors()) {
        assertTrue(counts.get(s).get(r.predicted()) > 0, r.name());
      }
    }
  }

  @Test
  void confusionHeatMapWritesEveryCell() throws Exception {
    Figure f = REPORT.confusionHeatMap();
    assertSound(f);
    var m = REPORT.evaluation().confusionMatrix();
    List<String> texts = f.texts().stream().map(Figure.Text::text).toList();
    int cells = 0;
    for (String t : texts) {
      cells += t.matches("\\d+") ? 1 : 0;
    }
    assertEquals(ScalingStrategy.values().length * (ScalingStrategy.values().length + 1), cells);
    int sum = texts.stream().filter(t -> t.matches("\\d+")).mapToInt(Integer::parseInt).sum();
    assertEquals(m.total(), sum);
  }

  @Test
  void reliabilityShowsAlphaForEveryDecidedFeature() throws Exception {
    CodingReliability r = CodingReliability.bundled();
    Figure f = HtmlReport.reliabilityFigure(r);
    assertSound(f);
    String all = f.texts().stream().map(Figure.Text::text).collect(Collectors.joining(" "));
    for (ProfileFeature feature : ProfileFeature.all()) {
      if (r.decidedCases(feature) > 0) {
        assertTrue(all.contains(feature.label()), feature.label());
        assertTrue(all.contains(String.format(java.util.Locale.ROOT, "%.2f", r.alphaByFeature().get(feature))),
            feature.label());
      }
    }
    assertEquals(r.unreliableFeatures().size(),
        f.texts().stream().filter(t -> t.text().contains("unreliable (n =")).count());
  }
}
