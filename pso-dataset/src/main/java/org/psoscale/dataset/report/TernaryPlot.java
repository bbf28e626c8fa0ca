package org.psoscale.dataset.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.psoscale.model.ScalingStrategy;

/**
 * Draws a ternary plot of the three strategy scores as a self-contained SVG document (no scripts, no external
 * fonts or styles), so that it opens in any browser.
 *
 * <p>Each point is one case, placed by its scores for {@link ScalingStrategy#GEOGRAPHIC_IMPLANTATION} (bottom
 * left corner), {@link ScalingStrategy#TECHNOLOGICAL_REPLICATION} (bottom right) and
 * {@link ScalingStrategy#DATA_BASED_GROWTH} (top), and coloured by its reference strategy (grey where there is
 * none). Cases whose scores coincide are fanned out in a small ring around their common position; every label
 * stands in a column beside the triangle, joined to its dot by a thin line, so that no label hides another. Cases with all-zero scores (no evidence) cannot be placed in the triangle; they
 * are listed in a box beside it. Rendering is pure: the same points give the same text.
 */
public final class TernaryPlot {
  private static final double WIDTH = 1580;
  private static final double HEIGHT = 1000;
  private static final double LEFT = 340;
  private static final double BOTTOM = 830;
  private static final double SIDE = 700;
  private static final double LABEL_GAP = 13;
  private static final double LEFT_COLUMN = LEFT - 60;
  private static final double RIGHT_COLUMN = LEFT + SIDE + 60;
  private static final double SIDEBAR = RIGHT_COLUMN + 200;
  private static final Escaper XML = XmlEscapers.xmlContentEscaper();
  private static final ImmutableMap<ScalingStrategy, String> COLOURS =
      ImmutableMap.of(
          ScalingStrategy.GEOGRAPHIC_IMPLANTATION, "#1b9e77",
          ScalingStrategy.TECHNOLOGICAL_REPLICATION, "#d95f02",
          ScalingStrategy.DATA_BASED_GROWTH, "#7570b3");
  private static final String NO_REFERENCE = "#8c8c8c";

  private TernaryPlot() {}

  /**
   * One case to plot.
   *
   * @param label the text printed beside the point; not blank
   * @param scores a non-negative score per strategy; missing strategies count as zero
   * @param reference the reference strategy that colours the point, if any
   */
  public record Point(String label, Map<ScalingStrategy, Double> scores, Optional<ScalingStrategy> reference) {
    /**
     * Validates and copies the point.
     *
     * @param label the text printed beside the point; not blank
     * @param scores a non-negative, finite score per strategy; not null
     * @param reference the reference strategy, if any; not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the label is blank or a score is negative or not finite
     */
    public Point {
      requireNonNull(label, "label");
      requireNonNull(scores, "scores");
      requireNonNull(reference, "reference");
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

    double total() {
      return scores.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    double share(ScalingStrategy s) {
      return scores.getOrDefault(s, 0.0) / total();
    }
  }

  /**
   * Renders the plot.
   *
   * @param title the title printed at the top; not null
   * @param points the cases; not null, no null elements
   * @return an SVG 1.1 document
   * @throws NullPointerException if an argument or element is null
   */
  public static String render(String title, List<Point> points) {
    requireNonNull(title, "title");
    ImmutableList<Point> all = ImmutableList.copyOf(points);
    StringBuilder svg = new StringBuilder(16_384);
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append(String.format(Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%.0f\" height=\"%.0f\""
                + " viewBox=\"0 0 %.0f %.0f\" font-family=\"Helvetica, Arial, sans-serif\">%n",
            WIDTH, HEIGHT, WIDTH, HEIGHT, WIDTH, HEIGHT))
        .append("<title>").append(XML.escape(title)).append("</title>\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
        .append(String.format(Locale.ROOT,
            "<text x=\"%.0f\" y=\"40\" font-size=\"22\" text-anchor=\"middle\" font-weight=\"bold\">%s</text>%n",
            WIDTH / 2, XML.escape(title)));
    triangle(svg);
    Map<String, List<Point>> groups = new LinkedHashMap<>();
    List<Point> unplaced = new ArrayList<>();
    for (Point p : all) {
      if (p.total() <= 0) {
        unplaced.add(p);
      } else {
        double[] xy = position(p);
        String key = String.format(Locale.ROOT, "%.1f,%.1f", xy[0], xy[1]);
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
      }
    }
    List<Label> left = new ArrayList<>();
    List<Label> right = new ArrayList<>();
    for (List<Point> group : groups.values()) {
      group(svg, group, left, right);
    }
    labels(svg, left, LEFT_COLUMN, "end");
    labels(svg, right, RIGHT_COLUMN, "start");
    unplaced(svg, unplaced);
    legend(svg, all.size(), all.size() - unplaced.size());
    return svg.append("</svg>\n").toString();
  }

  private static double[] corner(ScalingStrategy s) {
    switch (s) {
      case GEOGRAPHIC_IMPLANTATION:
        return new double[] {LEFT, BOTTOM};
      case TECHNOLOGICAL_REPLICATION:
        return new double[] {LEFT + SIDE, BOTTOM};
      default:
        return new double[] {LEFT + SIDE / 2, BOTTOM - SIDE * Math.sqrt(3) / 2};
    }
  }

  private static double[] position(Point p) {
    double x = 0;
    double y = 0;
    for (ScalingStrategy s : ScalingStrategy.values()) {
      double[] c = corner(s);
      x += p.share(s) * c[0];
      y += p.share(s) * c[1];
    }
    return new double[] {x, y};
  }

  private static void triangle(StringBuilder svg) {
    double[] a = corner(ScalingStrategy.GEOGRAPHIC_IMPLANTATION);
    double[] b = corner(ScalingStrategy.TECHNOLOGICAL_REPLICATION);
    double[] c = corner(ScalingStrategy.DATA_BASED_GROWTH);
    svg.append("<g id=\"grid\" stroke=\"#dddddd\" stroke-width=\"1\">\n");
    for (int i = 1; i < 5; i++) {
      double t = i / 5.0;
      line(svg, lerp(a, c, t), lerp(b, c, t));
      line(svg, lerp(a, b, t), lerp(c, b, t));
      line(svg, lerp(b, a, t), lerp(c, a, t));
    }
    svg.append("</g>\n");
    svg.append(String.format(Locale.ROOT,
        "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"none\" stroke=\"#333333\" stroke-width=\"2\"/>%n",
        a[0], a[1], b[0], b[1], c[0], c[1]));
    vertexLabel(svg, ScalingStrategy.GEOGRAPHIC_IMPLANTATION, a[0] - 20, a[1] + 50, "start");
    vertexLabel(svg, ScalingStrategy.TECHNOLOGICAL_REPLICATION, b[0] + 20, b[1] + 50, "end");
    vertexLabel(svg, ScalingStrategy.DATA_BASED_GROWTH, c[0], c[1] - 30, "middle");
  }

  private static void vertexLabel(StringBuilder svg, ScalingStrategy s, double x, double y, String anchor) {
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"16\" font-weight=\"bold\" text-anchor=\"%s\" fill=\"%s\">"
            + "%s (100%%)</text>%n",
        x, y, anchor, COLOURS.get(s), XML.escape(s.label())));
  }

  private static double[] lerp(double[] p, double[] q, double t) {
    return new double[] {p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t};
  }

  private static void line(StringBuilder svg, double[] p, double[] q) {
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>%n", p[0], p[1], q[0], q[1]));
  }

  /** A case's label, to be laid out in a column beside the triangle and joined to its dot by a line. */
  private static final class Label {
    final Point point;
    final double dotX;
    final double dotY;
    double y;

    Label(Point point, double dotX, double dotY) {
      this.point = point;
      this.dotX = dotX;
      this.dotY = dotY;
      this.y = dotY;
    }
  }

  private static void group(StringBuilder svg, List<Point> group, List<Label> left, List<Label> right) {
    double[] centre = position(group.get(0));
    int n = group.size();
    double ring = n == 1 ? 0 : 5 + 2.2 * n;
    svg.append("<g class=\"cases\">\n");
    for (int i = 0; i < n; i++) {
      Point p = group.get(i);
      double angle = 2 * Math.PI * i / n;
      double x = centre[0] + ring * Math.cos(angle);
      double y = centre[1] + ring * Math.sin(angle);
      svg.append(String.format(Locale.ROOT,
          "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\" fill-opacity=\"0.9\" stroke=\"white\">"
              + "<title>%s</title></circle>%n",
          x, y, colour(p), XML.escape(tooltip(p))));
      (x < LEFT + SIDE / 2 ? left : right).add(new Label(p, x, y));
    }
    svg.append("</g>\n");
  }

  /** Lays labels out top to bottom in one column, at least {@link #LABEL_GAP} apart, near their dots' heights. */
  private static void labels(StringBuilder svg, List<Label> labels, double x, String anchor) {
    labels.sort(java.util.Comparator.comparingDouble((Label l) -> l.dotY).thenComparingDouble(l -> l.dotX));
    double top = 70;
    double bottom = HEIGHT - 20;
    double next = top;
    for (Label l : labels) {
      l.y = Math.max(l.dotY, next);
      next = l.y + LABEL_GAP;
    }
    double overflow = next - LABEL_GAP - bottom;
    if (overflow > 0) {
      double floor = bottom;
      for (int i = labels.size() - 1; i >= 0; i--) {
        Label l = labels.get(i);
        l.y = Math.min(l.y, floor);
        floor = l.y - LABEL_GAP;
      }
    }
    svg.append("<g class=\"labels\">\n");
    double textEdge = "end".equals(anchor) ? x + 4 : x - 4;
    for (Label l : labels) {
      svg.append(String.format(Locale.ROOT,
          "<polyline points=\"%.1f,%.1f %.1f,%.1f\" fill=\"none\" stroke=\"%s\" stroke-opacity=\"0.35\""
              + " stroke-width=\"0.8\"/>%n",
          l.dotX, l.dotY, textEdge, l.y - 4, colour(l.point)));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"%s\" fill=\"%s\">%s</text>%n",
          x, l.y, anchor, colour(l.point), XML.escape(l.point.label())));
    }
    svg.append("</g>\n");
  }

  private static void unplaced(StringBuilder svg, List<Point> unplaced) {
    if (unplaced.isEmpty()) {
      return;
    }
    double x = SIDEBAR;
    double y = 330;
    svg.append(String.format(Locale.ROOT,
        "<g class=\"no-evidence\"><text x=\"%.1f\" y=\"%.1f\" font-size=\"14\" font-weight=\"bold\">"
            + "No strategy evidence (%d)</text>%n", x, y, unplaced.size()));
    for (int i = 0; i < unplaced.size(); i++) {
      Point p = unplaced.get(i);
      double cy = y + 20 + i * 14;
      svg.append(String.format(Locale.ROOT,
          "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"><title>%s</title></circle>"
              + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">%s</text>%n",
          x + 6, cy - 4, colour(p), XML.escape(tooltip(p)), x + 16, cy, XML.escape(p.label())));
    }
    svg.append("</g>\n");
  }

  private static void legend(StringBuilder svg, int total, int placed) {
    double x = SIDEBAR;
    double y = 110;
    svg.append(String.format(Locale.ROOT,
        "<g class=\"legend\"><text x=\"%.1f\" y=\"%.1f\" font-size=\"14\" font-weight=\"bold\">"
            + "Reference strategy (paper)</text>%n", x, y));
    int row = 1;
    for (ScalingStrategy s : ScalingStrategy.values()) {
      legendRow(svg, x, y + row++ * 22, COLOURS.get(s), s.label());
    }
    legendRow(svg, x, y + row++ * 22, NO_REFERENCE, "no reference coding");
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" fill=\"#555555\">%d cases, %d placed by score</text>%n",
        x, y + row * 22 + 8, total, placed));
    svg.append("</g>\n");
  }

  private static void legendRow(StringBuilder svg, double x, double y, String colour, String text) {
    svg.append(String.format(Locale.ROOT,
        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\"/><text x=\"%.1f\" y=\"%.1f\" font-size=\"13\">%s"
            + "</text>%n", x + 6, y - 4, colour, x + 18, y, XML.escape(text)));
  }

  private static String colour(Point p) {
    return p.reference().map(COLOURS::get).orElse(NO_REFERENCE);
  }

  private static String tooltip(Point p) {
    StringBuilder t = new StringBuilder(p.label());
    for (ScalingStrategy s : ScalingStrategy.values()) {
      t.append(String.format(Locale.ROOT, "; %s %.2f", s.label(), p.scores().getOrDefault(s, 0.0)));
    }
    p.reference().ifPresent(r -> t.append("; reference: ").append(r.label()));
    return t.toString();
  }
}
