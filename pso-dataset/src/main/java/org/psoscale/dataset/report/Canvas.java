package org.psoscale.dataset.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.psoscale.dataset.report.Figure.Anchor;
import org.psoscale.model.ScalingStrategy;

/** Collects the parts of a {@link Figure} while a plot is laid out; not thread-safe, used by one method at a time. */
final class Canvas {
  /** Okabe–Ito colours, distinguishable with every common colour-vision deficiency. */
  static final ImmutableMap<ScalingStrategy, String> STRATEGY_COLOURS =
      ImmutableMap.of(
          ScalingStrategy.GEOGRAPHIC_IMPLANTATION, "#0072B2",
          ScalingStrategy.TECHNOLOGICAL_REPLICATION, "#E69F00",
          ScalingStrategy.DATA_BASED_GROWTH, "#009E73");
  /** Darker tones of {@link #STRATEGY_COLOURS} for text on white (contrast at least 4.5:1). */
  static final ImmutableMap<ScalingStrategy, String> STRATEGY_TEXT_COLOURS =
      ImmutableMap.of(
          ScalingStrategy.GEOGRAPHIC_IMPLANTATION, "#0072B2",
          ScalingStrategy.TECHNOLOGICAL_REPLICATION, "#8A5A00",
          ScalingStrategy.DATA_BASED_GROWTH, "#00765A");
  /** No strategy: no reference coding, or no prediction. */
  static final String NONE = "#BBBBBB";
  static final String INK = "#222222";
  static final String MUTED = "#555555";
  static final Escaper XML = XmlEscapers.xmlContentEscaper();

  private final List<Figure.Text> texts = new ArrayList<>();
  private final List<Figure.Mark> marks = new ArrayList<>();
  private final List<Figure.Leader> leaders = new ArrayList<>();
  private final StringBuilder shapes = new StringBuilder(8_192);

  Figure.Text text(String text, double x, double y, double size, Anchor anchor, boolean bold, String colour) {
    Figure.Text t = new Figure.Text(text, x, y, size, anchor, bold, colour);
    texts.add(t);
    return t;
  }

  void mark(Figure.Mark mark) {
    marks.add(mark);
  }

  void leader(Figure.Leader leader) {
    leaders.add(leader);
  }

  void shape(String format, Object... args) {
    shapes.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  List<Figure.Text> texts() {
    return texts;
  }

  Figure figure(String title, double width, double height) {
    return new Figure(title, width, height, ImmutableList.copyOf(texts), ImmutableList.copyOf(marks),
        ImmutableList.copyOf(leaders), shapes.toString());
  }

  /** The right edge of the texts so far, or 0. */
  double right() {
    return texts.stream().mapToDouble(t -> t.box().x() + t.box().width()).max().orElse(0);
  }

  /** The bottom edge of the texts so far, or 0. */
  double bottom() {
    return texts.stream().mapToDouble(t -> t.box().y() + t.box().height()).max().orElse(0);
  }

  static String colour(java.util.Optional<ScalingStrategy> s) {
    return s.map(STRATEGY_COLOURS::get).orElse(NONE);
  }

  /** Black or white, whichever reads better on this fill. */
  static String inkOn(String fill) {
    int r = Integer.parseInt(fill.substring(1, 3), 16);
    int g = Integer.parseInt(fill.substring(3, 5), 16);
    int b = Integer.parseInt(fill.substring(5, 7), 16);
    double luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? "#000000" : "#ffffff";
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** Splits text into lines of at most {@code maxChars} characters at spaces (a longer word stands alone). */
  static List<String> wrap(String text, int maxChars) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > maxChars) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
