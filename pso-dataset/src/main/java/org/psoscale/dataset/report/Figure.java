package org.psoscale.dataset.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import java.io.Serializable;
import java.util.Locale;

/**
 * A computed plot: its size in user units (the SVG {@code viewBox}), every text with its estimated box, every case
 * mark and every leader line, plus the remaining drawing (grid, bars, cells) as SVG markup. The layout is a value
 * that tests can check (texts and marks inside the view box, text boxes apart, leaders not crossing); {@link
 * #svgDocument()} and {@link #svgElement()} draw exactly these texts, marks and leaders.
 *
 * <p>The SVG has a {@code viewBox} and no fixed pixel size, so it scales to the width of whatever holds it. Text
 * widths are estimates ({@link Text#box()}): wide enough for Helvetica, Arial, Liberation Sans and DejaVu Sans.
 * Immutable, thread-safe and serializable.
 *
 * @param title the plot's title, used as the SVG's accessible name; not null
 * @param width the view box's width in user units; positive
 * @param height the view box's height in user units; positive
 * @param texts every text of the plot; not null
 * @param marks one mark per case shown; not null
 * @param leaders the lines joining marks to their labels; not null
 * @param shapes the rest of the drawing as SVG markup, drawn beneath leaders, marks and texts; not null
 */
public record Figure(String title, double width, double height, ImmutableList<Text> texts, ImmutableList<Mark> marks,
    ImmutableList<Leader> leaders, String shapes) implements Serializable {
  /** The font families of every text, widest-safe order. */
  public static final String FONT_FAMILY = "Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

  private static final Escaper XML = XmlEscapers.xmlContentEscaper();
  private static final Escaper ATTRIBUTE = XmlEscapers.xmlAttributeEscaper();

  /**
   * Checks the figure.
   *
   * @param title the title; not null
   * @param width the width; positive and finite
   * @param height the height; positive and finite
   * @param texts the texts; not null
   * @param marks the marks; not null
   * @param leaders the leaders; not null
   * @param shapes other SVG markup; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the width or height is not positive and finite
   */
  public Figure {
    requireNonNull(title, "title");
    requireNonNull(texts, "texts");
    requireNonNull(marks, "marks");
    requireNonNull(leaders, "leaders");
    requireNonNull(shapes, "shapes");
    if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
      throw new IllegalArgumentException("width, height: must be positive and finite, got " + width + ", " + height);
    }
  }

  /** How a text stands relative to its x coordinate. */
  public enum Anchor {
    /** The text starts at x. */
    START,
    /** The text is centred on x. */
    MIDDLE,
    /** The text ends at x. */
    END;

    String svg() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * An axis-aligned rectangle in user units.
   *
   * @param x the left edge
   * @param y the top edge
   * @param width the width, not negative
   * @param height the height, not negative
   */
  public record Box(double x, double y, double width, double height) implements Serializable {
    /**
     * Whether the two boxes share more than an edge.
     *
     * @param other the other box; not null
     * @return true if their interiors intersect
     */
    public boolean overlaps(Box other) {
      return x < other.x + other.width && other.x < x + width && y < other.y + other.height
          && other.y < y + height;
    }

    /**
     * Whether the box lies inside {@code [0, width] × [0, height]}.
     *
     * @param areaWidth the area's width
     * @param areaHeight the area's height
     * @return true if every edge is inside the area
     */
    public boolean inside(double areaWidth, double areaHeight) {
      return x >= 0 && y >= 0 && x + width <= areaWidth && y + height <= areaHeight;
    }
  }

  /**
   * One line of text.
   *
   * @param text the text; not null
   * @param x the anchor's x
   * @param y the baseline's y
   * @param size the font size in user units; positive
   * @param anchor where x is; not null
   * @param bold whether the text is bold
   * @param colour the fill colour, e.g. {@code #222222}; not null
   */
  public record Text(String text, double x, double y, double size, Anchor anchor, boolean bold, String colour)
      implements Serializable {
    /**
     * Checks the text.
     *
     * @param text the text; not null
     * @param x the anchor's x
     * @param y the baseline's y
     * @param size the font size; positive
     * @param anchor the anchor; not null
     * @param bold whether bold
     * @param colour the colour; not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the size is not positive
     */
    public Text {
      requireNonNull(text, "text");
      requireNonNull(anchor, "anchor");
      requireNonNull(colour, "colour");
      if (!(size > 0)) {
        throw new IllegalArgumentException("size: must be positive, got " + size);
      }
    }

    /**
     * The estimated box the text covers: {@link #width(String, double, boolean)} wide, ascent and descent high.
     *
     * @return the box; not null
     */
    public Box box() {
      double w = width(text, size, bold);
      double left = switch (anchor) {
        case START -> x;
        case MIDDLE -> x - w / 2;
        case END -> x - w;
      };
      return new Box(left, y - 0.8 * size, w, 1.05 * size);
    }

    String svg() {
      return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\"%s%s fill=\"%s\">%s</text>%n",
          x, y, size, anchor == Anchor.START ? "" : " text-anchor=\"" + anchor.svg() + "\"",
          bold ? " font-weight=\"bold\"" : "", colour, XML.escape(text));
    }
  }

  /**
   * A case's mark: a dot, a diamond where the case is mixed, with a black ring where the case is misclassified.
   *
   * @param caseLabel the case's label; not null
   * @param x the centre's x
   * @param y the centre's y
   * @param radius the dot's radius; positive
   * @param colour the fill colour; not null
   * @param mixed whether to draw a diamond (a mixed case) instead of a dot
   * @param ringed whether to draw a ring around it (a misclassified case)
   * @param tooltip the text shown on hover; not null
   */
  public record Mark(String caseLabel, double x, double y, double radius, String colour, boolean mixed,
      boolean ringed, String tooltip) implements Serializable {
    /** The distance from the centre to the ring, where there is one. */
    public static final double RING_GAP = 3.5;

    /**
     * Checks the mark.
     *
     * @param caseLabel the label; not null
     * @param x the x
     * @param y the y
     * @param radius the radius; positive
     * @param colour the colour; not null
     * @param mixed whether mixed
     * @param ringed whether ringed
     * @param tooltip the tooltip; not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the radius is not positive
     */
    public Mark {
      requireNonNull(caseLabel, "caseLabel");
      requireNonNull(colour, "colour");
      requireNonNull(tooltip, "tooltip");
      if (!(radius > 0)) {
        throw new IllegalArgumentException("radius: must be positive, got " + radius);
      }
    }

    /**
     * The box the mark covers, ring included.
     *
     * @return the box; not null
     */
    public Box box() {
      double r = outerRadius();
      return new Box(x - r, y - r, 2 * r, 2 * r);
    }

    /**
     * The radius of what is drawn: the ring's where there is one, else the dot's (a diamond's half diagonal).
     *
     * @return the radius in user units
     */
    public double outerRadius() {
      double dot = mixed ? radius * 1.3 : radius;
      return ringed ? radius + RING_GAP + 1 : dot;
    }

    String svg() {
      StringBuilder out = new StringBuilder("<g class=\"case\">");
      if (mixed) {
        double d = radius * 1.3;
        out.append(String.format(Locale.ROOT,
            "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\" stroke=\"#000000\""
                + " stroke-width=\"1\">",
            x, y - d, x + d, y, x, y + d, x - d, y, colour));
        out.append("<title>").append(XML.escape(tooltip)).append("</title></polygon>");
      } else {
        out.append(String.format(Locale.ROOT,
            "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1\">",
            x, y, radius, colour));
        out.append("<title>").append(XML.escape(tooltip)).append("</title></circle>");
      }
      if (ringed) {
        out.append(String.format(Locale.ROOT,
            "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.6\"/>",
            x, y, radius + RING_GAP));
      }
      return out.append("</g>\n").toString();
    }
  }

  /**
   * A straight line from a case's mark to its label.
   *
   * @param caseLabel the case's label; not null
   * @param x1 the mark end's x
   * @param y1 the mark end's y
   * @param x2 the label end's x
   * @param y2 the label end's y
   * @param colour the colour of the small dot at the label end; not null
   */
  public record Leader(String caseLabel, double x1, double y1, double x2, double y2, String colour)
      implements Serializable {
    /**
     * Checks the leader.
     *
     * @param caseLabel the label; not null
     * @param x1 the first x
     * @param y1 the first y
     * @param x2 the second x
     * @param y2 the second y
     * @param colour the colour; not null
     * @throws NullPointerException if an argument is null
     */
    public Leader {
      requireNonNull(caseLabel, "caseLabel");
      requireNonNull(colour, "colour");
    }

    /**
     * Whether the two segments cross: they share a point that is not an end point of both.
     *
     * @param other the other leader; not null
     * @return true if they intersect
     */
    public boolean crosses(Leader other) {
      double d1 = orientation(other.x1, other.y1, other.x2, other.y2, x1, y1);
      double d2 = orientation(other.x1, other.y1, other.x2, other.y2, x2, y2);
      double d3 = orientation(x1, y1, x2, y2, other.x1, other.y1);
      double d4 = orientation(x1, y1, x2, y2, other.x2, other.y2);
      if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
        return true;
      }
      return (d1 == 0 && onSegment(other, x1, y1)) || (d2 == 0 && onSegment(other, x2, y2))
          || (d3 == 0 && onSegment(this, other.x1, other.y1)) || (d4 == 0 && onSegment(this, other.x2, other.y2));
    }

    /**
     * The length of the segment.
     *
     * @return the length in user units
     */
    public double length() {
      return Math.hypot(x2 - x1, y2 - y1);
    }

    private static double orientation(double ax, double ay, double bx, double by, double cx, double cy) {
      return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    }

    private static boolean onSegment(Leader s, double px, double py) {
      return Math.min(s.x1, s.x2) <= px && px <= Math.max(s.x1, s.x2) && Math.min(s.y1, s.y2) <= py
          && py <= Math.max(s.y1, s.y2);
    }

    String svg() {
      return String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#777777\" stroke-width=\"0.8\"/>"
              + "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n",
          x1, y1, x2, y2, x2, y2, colour);
    }
  }

  /**
   * The estimated width of a text: {@code 0.6} of the font size per character ({@code 0.64} bold), a bound for the
   * usual sans-serif fonts.
   *
   * @param text the text; not null
   * @param size the font size
   * @param bold whether bold
   * @return the width in user units
   */
  public static double width(String text, double size, boolean bold) {
    return text.codePointCount(0, text.length()) * size * (bold ? 0.64 : 0.6);
  }

  /**
   * The plot as a standalone SVG 1.1 document (XML declaration, namespace, {@code viewBox}, no pixel size).
   *
   * @return the document; not null
   */
  public String svgDocument() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(" version=\"1.1\"");
  }

  /**
   * The plot as an {@code <svg>} element to put inline into HTML; it scales to the width of its container.
   *
   * @return the element; not null
   */
  public String svgElement() {
    return svg(" role=\"img\"");
  }

  private String svg(String extra) {
    StringBuilder out = new StringBuilder(16_384);
    out.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\"%s viewBox=\"0 0 %.0f %.0f\" preserveAspectRatio=\"xMidYMin meet\""
            + " font-family=\"%s\">%n",
        extra, Math.ceil(width), Math.ceil(height), ATTRIBUTE.escape(FONT_FAMILY)));
    out.append("<title>").append(XML.escape(title)).append("</title>\n");
    out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    out.append(shapes);
    out.append("<g class=\"leaders\">\n");
    leaders.forEach(l -> out.append(l.svg()));
    out.append("</g>\n<g class=\"marks\">\n");
    marks.forEach(m -> out.append(m.svg()));
    out.append("</g>\n<g class=\"texts\">\n");
    texts.forEach(t -> out.append(t.svg()));
    return out.append("</g>\n</svg>\n").toString();
  }
}
