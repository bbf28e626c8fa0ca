package org.psoscale.dataset.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.psoscale.dataset.report.Figure.Anchor;
import org.psoscale.model.ScalingStrategy;

/**
 * Lays out a ternary plot of the three strategy scores as a {@link Figure}: a computed value that tests can check,
 * drawn as a self-contained SVG (no scripts, no external fonts or styles) with a {@code viewBox} and no fixed pixel
 * size.
 *
 * <p>Each case is one mark, placed by its score shares for {@link ScalingStrategy#GEOGRAPHIC_IMPLANTATION} (bottom
 * left corner), {@link ScalingStrategy#TECHNOLOGICAL_REPLICATION} (bottom right) and {@link
 * ScalingStrategy#DATA_BASED_GROWTH} (top), coloured by its reference strategy (Okabe–Ito colours; grey where there
 * is none), drawn as a diamond where the classification is mixed and ringed in black where the prediction differs
 * from the reference (or is missing). The grid has a line every 20 % with its value, in the colour of its strategy.
 * Cases whose positions (nearly) coincide are fanned out in a small ring around their common centre; a note under
 * the plot says how many marks were moved so and how many of them therefore lie just outside the triangle.
 *
 * <p>Every label stands in a column beside the triangle, joined to its mark by a straight leader; the leaders are
 * assigned to the column's slots so that no two cross. Cases with all-zero scores (no evidence) cannot be placed;
 * they are listed with their marks under the plot. The legend is part of the drawing. Layout is pure: the same
 * points give the same figure.
 */
public final class TernaryPlot {
  static final double SIDE = 560;
  static final double HEIGHT = SIDE * Math.sqrt(3) / 2;
  static final double MARGIN = 12;
  static final double LABEL_SIZE = 15;
  static final double GAP = 19;
  static final double DOT = 6;
  static final double COLUMN_GAP = 34;
  private static final double TICK_SIZE = 14;
  private static final double NOTE_SIZE = 14.5;
  private static final double MIN_WIDTH = 900;

  private TernaryPlot() {}

  /**
   * One case to plot.
   *
   * @param label the case's name, printed beside its mark; not blank
   * @param scores a non-negative score per strategy; missing strategies count as zero
   * @param reference the reference strategy that colours the mark, if any
   * @param predicted the classifier's prediction, if any; a mark whose reference differs from it is ringed
   * @param mixed whether the classification is mixed (drawn as a diamond)
   */
  public record Point(String label, Map<ScalingStrategy, Double> scores, Optional<ScalingStrategy> reference,
      Optional<ScalingStrategy> predicted, boolean mixed) {
    /**
     * Validates and copies the point.
     *
     * @param label the case's name; not blank
     * @param scores a non-negative, finite score per strategy; not null
     * @param reference the reference strategy, if any; not null
     * @param predicted the prediction, if any; not null
     * @param mixed whether the classification is mixed
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the label is blank or a score is negative or not finite
     */
    public Point {
      requireNonNull(label, "label");
      requireNonNull(scores, "scores");
      requireNonNull(reference, "reference");
      requireNonNull(predicted, "predicted");
      if (label.isBlank()) {
        throw new IllegalArgumentException("label: must not be blank");
      }
      scores.forEach((s, v) -> {
        if (v == null || !Double.isFinite(v) || v < 0) {
          throw new IllegalArgumentException("scores[" + s + "]: " + v + " must be finite and >= 0");
        }
      });
      scores = ImmutableMap.copyOf(scores);
    }

    /**
     * Whether the case has a reference strategy that the prediction misses (a different one or none).
     *
     * @return true if the paper codes the case and the prediction is another strategy or none
     */
    public boolean misclassified() {
      return reference.isPresent() && !reference.equals(predicted);
    }

    /**
     * Whether the case has a place in the triangle: some score is positive.
     *
     * @return true if some score is positive
     */
    public boolean placed() {
      return total() > 0;
    }

    double total() {
      return scores.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    double share(ScalingStrategy s) {
      return scores.getOrDefault(s, 0.0) / total();
    }
  }

  /**
   * Renders the plot as a standalone SVG document: {@code layout(title, points).svgDocument()}.
   *
   * @param title the title printed at the top; not null
   * @param points the cases; not null, no null elements
   * @return an SVG 1.1 document
   * @throws NullPointerException if an argument or element is null
   */
  public static String render(String title, List<Point> points) {
    return layout(title, points).svgDocument();
  }

  /** A placed case while the plot is laid out. */
  private static final class Placed {
    final Point point;
    final double exactX;
    final double exactY;
    double x;
    double y;
    double labelY;
    boolean nudged;

    Placed(Point point, double exactX, double exactY) {
      this.point = point;
      this.exactX = exactX;
      this.exactY = exactY;
      this.x = exactX;
      this.y = exactY;
    }
  }

  /**
   * Lays the plot out.
   *
   * @param title the title printed at the top; not null
   * @param points the cases; not null, no null elements
   * @return the figure: one mark per point, one label and (for placed points) one leader per point
   * @throws NullPointerException if an argument or element is null
   */
  public static Figure layout(String title, List<Point> points) {
    requireNonNull(title, "title");
    ImmutableList<Point> all = ImmutableList.copyOf(points);
    // Positions relative to the triangle's bottom-left corner at (0, 0), y growing downwards.
    List<Placed> placed = new ArrayList<>();
    List<Point> unplaced = new ArrayList<>();
    for (Point p : all) {
      if (p.placed()) {
        double u = p.share(ScalingStrategy.TECHNOLOGICAL_REPLICATION) + p.share(ScalingStrategy.DATA_BASED_GROWTH) / 2;
        double v = p.share(ScalingStrategy.DATA_BASED_GROWTH);
        placed.add(new Placed(p, u * SIDE, -v * HEIGHT));
      } else {
        unplaced.add(p);
      }
    }
    double maxNudge = fanOut(placed);

    List<Placed> left = new ArrayList<>();
    List<Placed> right = new ArrayList<>();
    for (Placed p : placed) {
      (p.x < SIDE / 2 ? left : right).add(p);
    }
    Comparator<Placed> byX = Comparator.comparingDouble((Placed p) -> p.x);
    int perColumn = Math.max(1, (int) Math.floor(HEIGHT / GAP) + 1);
    rebalance(left, right, perColumn, byX.reversed());
    rebalance(right, left, perColumn, byX);

    double leftWidth = left.stream().mapToDouble(p -> labelWidth(p.point)).max().orElse(0);
    double rightWidth = right.stream().mapToDouble(p -> labelWidth(p.point)).max().orElse(0);
    // Marks fanned out past a corner must stay clear of the label columns.
    double reach = Math.max(0, maxNudge + DOT + Figure.Mark.RING_GAP + 1 - COLUMN_GAP + 10);
    double columnLeft = MARGIN + leftWidth;
    double cornerX = columnLeft + COLUMN_GAP + reach;
    double columnRight = cornerX + SIDE + COLUMN_GAP + reach;
    double width = columnRight + rightWidth + MARGIN;
    double titleWidth = Figure.width(title, 22, true) + 2 * MARGIN;
    double extra = Math.max(0, Math.max(MIN_WIDTH, titleWidth) - width);
    cornerX += extra / 2;
    columnLeft += extra / 2;
    columnRight += extra / 2;
    width += extra;

    Canvas canvas = new Canvas();
    canvas.text(title, width / 2, MARGIN + 20, 22, Anchor.MIDDLE, true, Canvas.INK);
    double top = legend(canvas, width, MARGIN + 56);
    double apexY = top + 40 + Math.max(0, maxNudge - 12);
    double base = apexY + HEIGHT;
    double columnTop = top + LABEL_SIZE;
    int tallest = Math.max(left.size(), right.size());
    double columnBottom = Math.max(base + 4, columnTop + (tallest - 1) * GAP);

    for (Placed p : placed) {
      p.x += cornerX;
      p.y += base;
    }
    grid(canvas, cornerX, base);
    column(canvas, left, columnLeft, columnTop, columnBottom, true);
    column(canvas, right, columnRight, columnTop, columnBottom, false);
    for (Placed p : placed) {
      canvas.mark(mark(p.point, p.x, p.y));
    }

    double y = Math.max(base + Math.max(0, maxNudge - 12), columnBottom) + 48;
    canvas.text(ScalingStrategy.GEOGRAPHIC_IMPLANTATION.label(), cornerX - 20, y, 15, Anchor.START, true,
        Canvas.STRATEGY_TEXT_COLOURS.get(ScalingStrategy.GEOGRAPHIC_IMPLANTATION));
    canvas.text(ScalingStrategy.TECHNOLOGICAL_REPLICATION.label(), cornerX + SIDE + 20, y, 15, Anchor.END, true,
        Canvas.STRATEGY_TEXT_COLOURS.get(ScalingStrategy.TECHNOLOGICAL_REPLICATION));
    y += 30;
    int nudged = (int) placed.stream().filter(p -> p.nudged).count();
    int outside = 0;
    for (Placed p : placed) {
      outside += p.nudged && !inside(p.x - cornerX, p.y - base) ? 1 : 0;
    }
    StringBuilder note = new StringBuilder(
        "Each mark stands at its shares of the three scores: the nearer a corner, the larger that strategy's share."
            + " Grid lines every 20 %; each value is the share of the strategy in its colour (Geographic"
            + " implantation along the bottom edge, Technological replication along the right edge, Data-based"
            + " growth along the left edge).");
    if (nudged > 0) {
      note.append(String.format(Locale.ROOT,
          " %d marks of cases with equal or nearly equal scores are fanned out in a small ring around their shared"
              + " position (moved by at most %.0f units, about %.0f %% of a side)%s.",
          nudged, maxNudge, 100 * maxNudge / SIDE,
          outside == 0 ? "" : String.format(Locale.ROOT,
              "; %d of them therefore lie just outside the triangle, though every share is between 0 and 1",
              outside)));
    }
    y = paragraph(canvas, note.toString(), width, y);
    y = unplaced(canvas, unplaced, width, y + 14);
    return canvas.figure(title, width, y + MARGIN);
  }

  /** Groups marks closer than a dot's diameter and spreads each group on a ring; returns the largest move. */
  private static double fanOut(List<Placed> placed) {
    List<List<Placed>> groups = new ArrayList<>();
    for (Placed p : placed) {
      List<Placed> home = null;
      for (List<Placed> g : groups) {
        Placed first = g.get(0);
        if (Math.hypot(first.exactX - p.exactX, first.exactY - p.exactY) < 2 * DOT + 1) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(p);
    }
    double maxNudge = 0;
    for (List<Placed> g : groups) {
      int n = g.size();
      if (n == 1) {
        continue;
      }
      double cx = g.stream().mapToDouble(p -> p.exactX).average().orElseThrow();
      double cy = g.stream().mapToDouble(p -> p.exactY).average().orElseThrow();
      // Concentric rings, each holding as many marks as fit side by side on it.
      int placedSoFar = 0;
      for (int ringIndex = 0; placedSoFar < n; ringIndex++) {
        double ring = DOT + 2 + ringIndex * (2 * DOT + 3);
        int capacity = Math.max(3, (int) Math.floor(2 * Math.PI * ring / (2 * DOT + 3)));
        int here = Math.min(capacity, n - placedSoFar);
        if (ringIndex == 0 && n <= capacity) {
          ring = Math.max(ring, n * (2 * DOT + 3) / (2 * Math.PI));
        }
        for (int i = 0; i < here; i++) {
          Placed p = g.get(placedSoFar + i);
          double angle = 2 * Math.PI * i / here - Math.PI / 2 + ringIndex * 0.5;
          p.x = cx + ring * Math.cos(angle);
          p.y = cy + ring * Math.sin(angle);
          p.nudged = true;
          maxNudge = Math.max(maxNudge, Math.hypot(p.x - p.exactX, p.y - p.exactY));
        }
        placedSoFar += here;
      }
    }
    return maxNudge;
  }

  /** Moves the marks nearest the other side to the other column while this one holds more than fit. */
  private static void rebalance(List<Placed> from, List<Placed> to, int capacity, Comparator<Placed> nearestFirst) {
    if (from.size() <= capacity || to.size() >= capacity) {
      return;
    }
    from.sort(nearestFirst);
    while (from.size() > capacity && to.size() < capacity) {
      to.add(from.remove(0));
    }
  }

  /** Whether a point relative to the bottom-left corner lies in the triangle (half a unit of tolerance). */
  private static boolean inside(double x, double y) {
    double v = -y / HEIGHT;
    double u = x / SIDE - v / 2;
    double tolerance = 0.5 / SIDE;
    return v >= -tolerance && u >= -tolerance && u + v <= 1 + tolerance;
  }

  private static double labelWidth(Point p) {
    return Figure.width(p.label(), LABEL_SIZE, false);
  }

  private static Figure.Mark mark(Point p, double x, double y) {
    return new Figure.Mark(p.label(), x, y, DOT, Canvas.colour(p.reference()), p.mixed(), p.misclassified(),
        tooltip(p));
  }

  /** Draws the legend from {@code y} down, wrapping at the width; returns the y under it. */
  private static double legend(Canvas canvas, double width, double y) {
    double size = 15;
    double x = MARGIN;
    String lead = "Colour: the paper's strategy.";
    canvas.text(lead, x, y, size, Anchor.START, true, Canvas.INK);
    x += Figure.width(lead, size, true) + 16;
    List<String[]> items = new ArrayList<>();
    for (ScalingStrategy s : ScalingStrategy.values()) {
      items.add(new String[] {"dot", Canvas.STRATEGY_COLOURS.get(s), s.label()});
    }
    items.add(new String[] {"dot", Canvas.NONE, "not coded by the paper"});
    items.add(new String[] {"diamond", "#ffffff", "mixed: top two scores close"});
    items.add(new String[] {"ring", "#ffffff", "prediction differs from the paper, or none"});
    for (String[] item : items) {
      double w = 2 * DOT + 8 + Figure.width(item[2], size, false);
      if (x + w > width - MARGIN) {
        x = MARGIN;
        y += 24;
      }
      double cx = x + DOT + 4;
      double cy = y - size * 0.32;
      switch (item[0]) {
        case "dot" -> canvas.shape(
            "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>", cx, cy, DOT, item[1]);
        case "diamond" -> canvas.shape(
            "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"#ffffff\" stroke=\"#000000\"/>",
            cx, cy - 1.3 * DOT, cx + 1.3 * DOT, cy, cx, cy + 1.3 * DOT, cx - 1.3 * DOT, cy);
        default -> canvas.shape(
            "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>"
                + "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.6\"/>",
            cx, cy, DOT - 2, Canvas.NONE, cx, cy, DOT + 1);
      }
      canvas.text(item[2], x + 2 * DOT + 8, y, size, Anchor.START, false, Canvas.INK);
      x += w + 18;
    }
    return y + 10;
  }

  private static void grid(Canvas canvas, double left, double base) {
    double[] a = {left, base};
    double[] b = {left + SIDE, base};
    double[] c = {left + SIDE / 2, base - HEIGHT};
    canvas.shape("<g class=\"grid\" stroke=\"#d9d9d9\" stroke-width=\"1\">");
    for (int i = 1; i < 5; i++) {
      double t = i / 5.0;
      line(canvas, lerp(a, c, t), lerp(b, c, t));
      line(canvas, lerp(a, b, t), lerp(c, b, t));
      line(canvas, lerp(b, a, t), lerp(c, a, t));
    }
    canvas.shape("</g>");
    canvas.shape("<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"none\" stroke=\"#333333\""
        + " stroke-width=\"2\"/>", a[0], a[1], b[0], b[1], c[0], c[1]);
    String gi = Canvas.STRATEGY_TEXT_COLOURS.get(ScalingStrategy.GEOGRAPHIC_IMPLANTATION);
    String tr = Canvas.STRATEGY_TEXT_COLOURS.get(ScalingStrategy.TECHNOLOGICAL_REPLICATION);
    String dbg = Canvas.STRATEGY_TEXT_COLOURS.get(ScalingStrategy.DATA_BASED_GROWTH);
    for (int i = 1; i < 5; i++) {
      double t = i / 5.0;
      String value = Math.round(100 * t) + "%";
      // Geographic implantation share t: the line parallel to the right edge, meeting the bottom edge here.
      double[] g = lerp(b, a, t);
      canvas.text(value, g[0], g[1] + 24, TICK_SIZE, Anchor.MIDDLE, false, gi);
      // Technological replication share t: parallel to the left edge, meeting the right edge here.
      double[] r = lerp(c, b, t);
      canvas.text(value, r[0] + 8, r[1] + 4, TICK_SIZE, Anchor.START, false, tr);
      // Data-based growth share t: horizontal, meeting the left edge here.
      double[] d = lerp(a, c, t);
      canvas.text(value, d[0] - 8, d[1] + 4, TICK_SIZE, Anchor.END, false, dbg);
    }
    canvas.text(ScalingStrategy.DATA_BASED_GROWTH.label(), c[0], c[1] - 14, 15, Anchor.MIDDLE, true, dbg);
  }

  private static double[] lerp(double[] p, double[] q, double t) {
    return new double[] {p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t};
  }

  private static void line(Canvas canvas, double[] p, double[] q) {
    canvas.shape("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", p[0], p[1], q[0], q[1]);
  }

  /**
   * Lays one column of labels out: slots at least {@link #GAP} apart near their marks' heights, then labels swapped
   * between slots while two leaders cross (each swap shortens the leaders in total, so this ends).
   */
  private static void column(Canvas canvas, List<Placed> labels, double x, double top, double bottom,
      boolean leftSide) {
    if (labels.isEmpty()) {
      return;
    }
    labels.sort(Comparator.comparingDouble((Placed l) -> l.y).thenComparingDouble(l -> l.x));
    double next = top;
    for (Placed l : labels) {
      l.labelY = Math.max(l.y + LABEL_SIZE * 0.3, next);
      next = l.labelY + GAP;
    }
    double floor = bottom;
    for (int i = labels.size() - 1; i >= 0; i--) {
      Placed l = labels.get(i);
      l.labelY = Math.min(l.labelY, floor);
      floor = l.labelY - GAP;
    }
    double end = leftSide ? x + 7 : x - 7;
    int n = labels.size();
    boolean changed = true;
    for (int round = 0; changed && round < 10 * n * n; round++) {
      changed = false;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          Placed a = labels.get(i);
          Placed b = labels.get(j);
          if (leader(a, end).crosses(leader(b, end))) {
            double swap = a.labelY;
            a.labelY = b.labelY;
            b.labelY = swap;
            changed = true;
          }
        }
      }
    }
    for (Placed l : labels) {
      canvas.leader(leader(l, end));
      canvas.text(l.point.label(), x, l.labelY, LABEL_SIZE, leftSide ? Anchor.END : Anchor.START, false,
          Canvas.INK);
    }
  }

  private static Figure.Leader leader(Placed l, double end) {
    return new Figure.Leader(l.point.label(), l.x, l.y, end, l.labelY - LABEL_SIZE * 0.3,
        Canvas.colour(l.point.reference()));
  }

  /** Writes wrapped text from baseline y; returns the last baseline. */
  private static double paragraph(Canvas canvas, String text, double width, double y) {
    int chars = (int) Math.floor((width - 2 * MARGIN) / (NOTE_SIZE * 0.6));
    double line = y;
    List<String> lines = Canvas.wrap(text, chars);
    for (int i = 0; i < lines.size(); i++) {
      line = y + i * NOTE_SIZE * 1.4;
      canvas.text(lines.get(i), MARGIN, line, NOTE_SIZE, Anchor.START, false, Canvas.MUTED);
    }
    return line;
  }

  /** Lists the cases without evidence, each with its mark, from y down; returns the y under the list. */
  private static double unplaced(Canvas canvas, List<Point> unplaced, double width, double y) {
    if (unplaced.isEmpty()) {
      return y;
    }
    y += 12;
    canvas.text(String.format(Locale.ROOT, "No strategy evidence (%d): all three scores are 0, so these cases have"
        + " no place in the triangle", unplaced.size()), MARGIN, y, 14, Anchor.START, true, Canvas.INK);
    y += 26;
    double x = MARGIN;
    for (Point p : unplaced) {
      double w = 2 * (DOT + Figure.Mark.RING_GAP + 1) + 6 + labelWidth(p);
      if (x + w > width - MARGIN && x > MARGIN) {
        x = MARGIN;
        y += 24;
      }
      double r = DOT + Figure.Mark.RING_GAP + 1;
      canvas.mark(mark(p, x + r, y - LABEL_SIZE * 0.3));
      canvas.text(p.label(), x + 2 * r + 6, y, LABEL_SIZE, Anchor.START, false, Canvas.INK);
      x += w + 20;
    }
    return y + 6;
  }

  private static String tooltip(Point p) {
    StringBuilder t = new StringBuilder(p.label());
    for (ScalingStrategy s : ScalingStrategy.values()) {
      t.append(String.format(Locale.ROOT, "; %s %.2f", s.label(), p.scores().getOrDefault(s, 0.0)));
    }
    t.append("; paper: ").append(p.reference().map(ScalingStrategy::label).orElse("not coded"));
    t.append("; predicted: ").append(p.predicted().map(ScalingStrategy::label).orElse("none"));
    if (p.mixed()) {
      t.append("; mixed");
    }
    return t.toString();
  }
}
