package org.psoscale.dataset.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.psoscale.classifier.evaluation.ConfusionMatrix;
import org.psoscale.dataset.CodingReliability;
import org.psoscale.dataset.report.Figure.Anchor;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.ScalingStrategy;
import org.psoscale.model.Sector;

/**
 * The report's other plots as {@link Figure}s: strategy by sector as stacked bars, the confusion matrix as a heat
 * map and the coding reliability (Krippendorff's alpha per feature) as a bar chart. Colours are safe for readers
 * with a colour-vision deficiency (Okabe–Ito for the strategies, one blue ramp for counts), and every figure
 * carries its values as text too. Pure: the same input gives the same figure.
 */
public final class ReportCharts {
  private static final double MARGIN = 12;
  private static final double SIZE = 14;
  private static final String[] BLUES = {
    "#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"};

  private ReportCharts() {}

  /**
   * Counts cases by sector and strategy: for each sector that some case has (in {@link Sector} order), the number
   * of its cases per strategy, with {@link Optional#empty()} counting the cases without one. A case with two
   * sectors counts in both.
   *
   * @param rows the cases; not null, no null elements
   * @param strategy the strategy to count for a case, e.g. {@link CaseReport.Row#predicted()}; not null
   * @return the counts per sector, each map in strategy order with the empty key last; not null
   * @throws NullPointerException if an argument or element is null
   */
  public static ImmutableMap<Sector, ImmutableMap<Optional<ScalingStrategy>, Integer>> countBySector(
      List<CaseReport.Row> rows, java.util.function.Function<CaseReport.Row, Optional<ScalingStrategy>> strategy) {
    requireNonNull(strategy, "strategy");
    Map<Sector, Map<Optional<ScalingStrategy>, Integer>> counts = new EnumMap<>(Sector.class);
    for (CaseReport.Row r : requireNonNull(rows, "rows")) {
      for (Sector s : r.sectors()) {
        Map<Optional<ScalingStrategy>, Integer> bar = counts.computeIfAbsent(s, k -> emptyBar());
        bar.merge(requireNonNull(strategy.apply(r), "strategy"), 1, Integer::sum);
      }
    }
    ImmutableMap.Builder<Sector, ImmutableMap<Optional<ScalingStrategy>, Integer>> out = ImmutableMap.builder();
    counts.forEach((s, bar) -> out.put(s, ImmutableMap.copyOf(bar)));
    return out.buildOrThrow();
  }

  private static Map<Optional<ScalingStrategy>, Integer> emptyBar() {
    Map<Optional<ScalingStrategy>, Integer> bar = new LinkedHashMap<>();
    for (ScalingStrategy s : ScalingStrategy.values()) {
      bar.put(Optional.of(s), 0);
    }
    bar.put(Optional.empty(), 0);
    return bar;
  }

  /**
   * Stacked horizontal bars: one bar per sector, one segment per strategy (Okabe–Ito colours; grey for none), the
   * count written in each segment wide enough to hold it and the total at the bar's end.
   *
   * @param title the title; not null
   * @param counts counts per sector as {@link #countBySector} gives them; not null
   * @param noneLabel the legend's text for the empty strategy, e.g. "no prediction"; not null
   * @param note a sentence printed under the bars; not null
   * @return the figure
   * @throws NullPointerException if an argument is null
   */
  public static Figure strategyBySector(String title,
      Map<Sector, ? extends Map<Optional<ScalingStrategy>, Integer>> counts, String noneLabel, String note) {
    requireNonNull(title, "title");
    requireNonNull(counts, "counts");
    requireNonNull(noneLabel, "noneLabel");
    requireNonNull(note, "note");
    Canvas canvas = new Canvas();
    double labelWidth = counts.keySet().stream().mapToDouble(s -> Figure.width(s.label(), SIZE, false)).max()
        .orElse(0);
    double barLeft = MARGIN + labelWidth + 12;
    double barWidth = 460;
    double width = Math.max(760, barLeft + barWidth + 60 + MARGIN);
    int max = counts.values().stream().mapToInt(ReportCharts::total).max().orElse(1);
    double unit = barWidth / Math.max(1, max);
    canvas.text(title, MARGIN, MARGIN + 18, 18, Anchor.START, true, Canvas.INK);
    double y = legend(canvas, MARGIN + 50, width, noneLabel);
    y += 20;
    double barHeight = 26;
    for (Map.Entry<Sector, ? extends Map<Optional<ScalingStrategy>, Integer>> e : counts.entrySet()) {
      canvas.text(e.getKey().label(), barLeft - 12, y + barHeight / 2 + SIZE * 0.35, SIZE, Anchor.END, false,
          Canvas.INK);
      double x = barLeft;
      for (Map.Entry<Optional<ScalingStrategy>, Integer> seg : e.getValue().entrySet()) {
        int n = seg.getValue();
        if (n == 0) {
          continue;
        }
        String fill = Canvas.colour(seg.getKey());
        double w = n * unit;
        canvas.shape("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"#ffffff\">"
            + "<title>%s: %s %d</title></rect>", x, y, w, barHeight, fill, Canvas.XML.escape(e.getKey().label()),
            Canvas.XML.escape(seg.getKey().map(ScalingStrategy::label).orElse(noneLabel)), n);
        String count = Integer.toString(n);
        if (Figure.width(count, 14, true) + 6 <= w) {
          canvas.text(count, x + w / 2, y + barHeight / 2 + 14 * 0.35, 14, Anchor.MIDDLE, true, Canvas.inkOn(fill));
        }
        x += w;
      }
      canvas.text(Integer.toString(total(e.getValue())), x + 8, y + barHeight / 2 + SIZE * 0.35, SIZE, Anchor.START,
          false, Canvas.MUTED);
      y += barHeight + 10;
    }
    y = paragraph(canvas, note, width, y + 14);
    return canvas.figure(title, width, y + MARGIN);
  }

  private static int total(Map<Optional<ScalingStrategy>, Integer> bar) {
    return bar.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static double legend(Canvas canvas, double y, double width, String noneLabel) {
    double x = MARGIN;
    List<Optional<ScalingStrategy>> keys = new ArrayList<>();
    for (ScalingStrategy s : ScalingStrategy.values()) {
      keys.add(Optional.of(s));
    }
    keys.add(Optional.empty());
    for (Optional<ScalingStrategy> k : keys) {
      String text = k.map(ScalingStrategy::label).orElse(noneLabel);
      double w = 22 + Figure.width(text, SIZE, false);
      if (x + w > width - MARGIN) {
        x = MARGIN;
        y += 24;
      }
      canvas.shape("<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"14\" fill=\"%s\"/>", x, y - 12,
          Canvas.colour(k));
      canvas.text(text, x + 20, y, SIZE, Anchor.START, false, Canvas.INK);
      x += w + 20;
    }
    return y + 6;
  }

  /**
   * The confusion matrix as a heat map: rows the reference strategies, columns the predicted strategies and
   * "unclassified", each cell shaded by its count (one blue ramp) with the count written in it; the diagonal
   * (correct) cells are outlined.
   *
   * @param title the title; not null
   * @param matrix the matrix; not null
   * @param rowsCaption what the rows are, e.g. "the paper's strategy"; not null
   * @param columnsCaption what the columns are, e.g. "predicted by rules"; not null
   * @return the figure
   * @throws NullPointerException if an argument is null
   */
  public static Figure confusionHeatMap(String title, ConfusionMatrix matrix, String rowsCaption,
      String columnsCaption) {
    requireNonNull(title, "title");
    requireNonNull(matrix, "matrix");
    requireNonNull(rowsCaption, "rowsCaption");
    requireNonNull(columnsCaption, "columnsCaption");
    Canvas canvas = new Canvas();
    ScalingStrategy[] strategies = ScalingStrategy.values();
    double rowLabelWidth = 0;
    for (ScalingStrategy s : strategies) {
      rowLabelWidth = Math.max(rowLabelWidth, Figure.width(s.label(), SIZE, false));
    }
    double cell = 130;
    double cellHeight = 64;
    double left = MARGIN + Math.max(rowLabelWidth, Figure.width(rowsCaption, SIZE, true)) + 14;
    double width = Math.max(left + (strategies.length + 1) * cell + MARGIN,
        MARGIN + Figure.width(title, 18, true) + MARGIN);
    canvas.text(title, MARGIN, MARGIN + 18, 18, Anchor.START, true, Canvas.INK);
    canvas.text(columnsCaption, left + (strategies.length + 1) * cell / 2, MARGIN + 50, SIZE, Anchor.MIDDLE, true,
        Canvas.INK);
    double headerTop = MARGIN + 74;
    for (int c = 0; c <= strategies.length; c++) {
      String head = c < strategies.length ? strategies[c].label() : "unclassified";
      List<String> lines = Canvas.wrap(head, 16);
      for (int i = 0; i < lines.size(); i++) {
        canvas.text(lines.get(i), left + c * cell + cell / 2, headerTop + i * 17, SIZE, Anchor.MIDDLE, false,
            Canvas.INK);
      }
    }
    double top = headerTop + 2 * 17;
    canvas.text(rowsCaption, left - 14, top - 6, SIZE, Anchor.END, true, Canvas.INK);
    int max = 1;
    for (ScalingStrategy r : strategies) {
      for (int c = 0; c <= strategies.length; c++) {
        max = Math.max(max, count(matrix, r, c));
      }
    }
    for (int r = 0; r < strategies.length; r++) {
      double y = top + r * cellHeight;
      canvas.text(strategies[r].label(), left - 14, y + cellHeight / 2 + SIZE * 0.35, SIZE, Anchor.END, false,
          Canvas.INK);
      for (int c = 0; c <= strategies.length; c++) {
        int n = count(matrix, strategies[r], c);
        String fill = BLUES[(int) Math.round((BLUES.length - 1) * n / (double) max)];
        double x = left + c * cell;
        canvas.shape("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"%s\""
            + " stroke-width=\"%s\"/>", x + 2, y + 2, cell - 4, cellHeight - 4, fill,
            r == c ? "#000000" : "#ffffff", r == c ? "2.5" : "1");
        canvas.text(Integer.toString(n), x + cell / 2, y + cellHeight / 2 + 20 * 0.35, 20, Anchor.MIDDLE, true,
            Canvas.inkOn(fill));
      }
    }
    double y = top + strategies.length * cellHeight + 26;
    y = paragraph(canvas, String.format(Locale.ROOT, "%d cases; %d on the outlined diagonal (correct). Darker cells"
        + " hold more cases.", matrix.total(), matrix.correct()), width, y);
    return canvas.figure(title, width, y + MARGIN);
  }

  private static int count(ConfusionMatrix m, ScalingStrategy reference, int column) {
    ScalingStrategy[] strategies = ScalingStrategy.values();
    return column < strategies.length ? m.count(reference, strategies[column]) : m.unclassified(reference);
  }

  /**
   * Krippendorff's alpha per feature of the two codings as horizontal bars from 0 (features neither coder decided
   * are left out), with dashed lines at {@link CodingReliability#ALPHA_PER_FEATURE} and {@link
   * CodingReliability#ALPHA_OVERALL}; a feature held to the bound and below it is drawn in vermillion and marked
   * "unreliable", one decided in fewer than {@link CodingReliability#MIN_DECIDED} cases in light grey.
   *
   * @param title the title; not null
   * @param reliability the comparison of two codings; not null
   * @return the figure
   * @throws NullPointerException if an argument is null
   */
  public static Figure reliability(String title, CodingReliability reliability) {
    requireNonNull(title, "title");
    requireNonNull(reliability, "reliability");
    Canvas canvas = new Canvas();
    List<ProfileFeature> features = new ArrayList<>();
    for (ProfileFeature f : ProfileFeature.all()) {
      if (reliability.decidedCases(f) > 0) {
        features.add(f);
      }
    }
    int wrapAt = 34;
    double labelWidth = features.stream().flatMap(f -> Canvas.wrap(f.label(), wrapAt).stream())
        .mapToDouble(l -> Figure.width(l, 14, false)).max().orElse(0);
    double barLeft = MARGIN + labelWidth + 12;
    double barWidth = 360;
    double valueWidth = Figure.width("0.00 unreliable (n = 99)", 14, true) + 12;
    double width = Math.max(860, barLeft + barWidth + valueWidth + MARGIN);
    canvas.text(title, MARGIN, MARGIN + 18, 18, Anchor.START, true, Canvas.INK);
    double y = paragraph(canvas, String.format(Locale.ROOT, "A blind second coder coded every case again from the"
        + " codebook. Krippendorff's alpha (nominal) over all %d decisions: %.3f; agreement %.3f. Dashed lines:"
        + " %.3f (tentative conclusions; features decided in at least %d cases are held to it) and %.2f"
        + " (reliable).", ProfileFeature.COUNT * reliability.firstCoding().size(), reliability.alpha(),
        reliability.agreement(), CodingReliability.ALPHA_PER_FEATURE, CodingReliability.MIN_DECIDED,
        CodingReliability.ALPHA_OVERALL), width, MARGIN + 46);
    y += 34;
    for (double bound : new double[] {CodingReliability.ALPHA_PER_FEATURE, CodingReliability.ALPHA_OVERALL}) {
      canvas.text(String.format(Locale.ROOT, "%.3g", bound), barLeft + bound * barWidth, y - 6, 13, Anchor.MIDDLE,
          false, Canvas.MUTED);
    }
    double axisTop = y;
    double barHeight = 24;
    String ok = "#0072B2";
    String bad = "#D55E00";
    String light = "#BBBBBB";
    for (ProfileFeature f : features) {
      List<String> lines = Canvas.wrap(f.label(), wrapAt);
      double rowHeight = Math.max(38, lines.size() * 16 + 8);
      double centre = y + rowHeight / 2;
      double first = centre + 14 * 0.35 - (lines.size() - 1) * 16 / 2.0;
      for (int i = 0; i < lines.size(); i++) {
        canvas.text(lines.get(i), barLeft - 12, first + i * 16, 14, Anchor.END, false, Canvas.INK);
      }
      double alpha = reliability.alphaByFeature().get(f);
      int decided = reliability.decidedCases(f);
      boolean held = decided >= CodingReliability.MIN_DECIDED;
      boolean unreliable = held && !(alpha >= CodingReliability.ALPHA_PER_FEATURE);
      String fill = !held ? light : unreliable ? bad : ok;
      double value = Double.isNaN(alpha) ? 0 : Math.max(0, Math.min(1, alpha));
      canvas.shape("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: alpha %s,"
          + " decided in %d cases</title></rect>", barLeft, centre - barHeight / 2, value * barWidth, barHeight, fill,
          Canvas.XML.escape(f.label()), number(alpha), decided);
      String text = number(alpha) + (unreliable ? " unreliable" : "") + String.format(Locale.ROOT, " (n = %d)",
          decided);
      canvas.text(text, barLeft + barWidth + 12, centre + 14 * 0.35, 14, Anchor.START, unreliable,
          unreliable ? "#A63F00" : Canvas.MUTED);
      y += rowHeight;
    }
    canvas.shape("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#333333\"/>", barLeft, axisTop,
        barLeft, y);
    for (double bound : new double[] {CodingReliability.ALPHA_PER_FEATURE, CodingReliability.ALPHA_OVERALL}) {
      double x = barLeft + bound * barWidth;
      canvas.shape("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#333333\""
          + " stroke-dasharray=\"4 3\"/>", x, axisTop, x, y);
    }
    for (int i = 0; i <= 5; i++) {
      double t = i / 5.0;
      canvas.shape("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#333333\"/>",
          barLeft + t * barWidth, y, barLeft + t * barWidth, y + 5);
      canvas.text(String.format(Locale.ROOT, "%.1f", t), barLeft + t * barWidth, y + 20, 13, Anchor.MIDDLE, false,
          Canvas.MUTED);
    }
    canvas.text("Krippendorff's alpha", barLeft + barWidth / 2, y + 40, 14, Anchor.MIDDLE, true, Canvas.INK);
    y = paragraph(canvas, "n: the number of cases in which a coder decided the feature (present or absent), the"
        + " larger of the two coders' counts. Light grey: decided in fewer than " + CodingReliability.MIN_DECIDED
        + " cases, so not held to a bound. Bars start at 0; a negative alpha draws none.", width, y + 66);
    return canvas.figure(title, width, y + MARGIN);
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
  }

  /** Writes wrapped muted text from baseline y; returns the last baseline. */
  static double paragraph(Canvas canvas, String text, double width, double y) {
    double size = 14;
    int chars = (int) Math.floor((width - 2 * MARGIN) / (size * 0.6));
    List<String> lines = Canvas.wrap(text, chars);
    double line = y;
    for (int i = 0; i < lines.size(); i++) {
      line = y + i * size * 1.4;
      canvas.text(lines.get(i), MARGIN, line, size, Anchor.START, false, Canvas.MUTED);
    }
    return line;
  }
}
