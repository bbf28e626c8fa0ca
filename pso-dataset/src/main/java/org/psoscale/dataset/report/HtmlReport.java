package org.psoscale.dataset.report;

import static java.util.Objects.requireNonNull;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.Locale;
import java.util.Optional;
import org.psoscale.classifier.Classification;
import org.psoscale.classifier.evaluation.AgreementBand;
import org.psoscale.classifier.evaluation.CasePrediction;
import org.psoscale.classifier.evaluation.Evaluation;
import org.psoscale.classifier.evaluation.StrategyMetrics;
import org.psoscale.dataset.CodingReliability;
import org.psoscale.model.ScalingStrategy;
import org.psoscale.model.Sector;

/**
 * Writes a {@link CaseReport} as one self-contained HTML5 page: inline CSS, inline SVG plots, no scripts and no
 * external files, readable from 900 px wide up. Strategies are named by their labels everywhere, cases by their
 * organisations' names, sectors by their labels.
 */
final class HtmlReport {
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();
  private static final String CSS = """
      body { margin: 0; background: #ffffff; color: #222222;
        font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
      main { max-width: 1180px; margin: 0 auto; padding: 16px 20px 48px; }
      h1 { font-size: 1.7rem; margin: 0.6em 0 0.2em; }
      h2 { font-size: 1.35rem; margin-top: 2.2em; border-bottom: 1px solid #dddddd; }
      h3 { font-size: 1.1rem; margin-top: 1.6em; }
      p, li { max-width: 60rem; }
      figure { margin: 1.2em 0; }
      figure svg { display: block; width: 100%; height: auto; }
      figcaption { color: #555555; font-size: 0.95rem; margin-top: 0.4em; }
      .scroll { overflow-x: auto; }
      table { border-collapse: collapse; font-size: 0.9rem; margin: 0.8em 0; }
      th, td { padding: 4px 8px; border-bottom: 1px solid #e5e5e5; text-align: left; vertical-align: top; }
      th { background: #f4f4f4; }
      .num { text-align: right; font-variant-numeric: tabular-nums; }
      td.num, .nw, td code { white-space: nowrap; }
      .sw { display: inline-block; width: 0.75em; height: 0.75em; border-radius: 50%; margin-right: 0.35em; }
      .miss { font-weight: bold; }
      .note { color: #555555; font-weight: normal; }
      dl.figures { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; }
      dl.figures dt { font-weight: bold; }
      dl.figures dd { margin: 0; }
      nav ul { padding-left: 1.2em; }
      """;

  private HtmlReport() {}

  /** The reliability plot the report shows. */
  static Figure reliabilityFigure(CodingReliability reliability) {
    return ReportCharts.reliability("Coding reliability: Krippendorff's alpha per feature", reliability);
  }

  static String render(CaseReport report, Optional<ClassifierComparison> comparison,
      Optional<CodingReliability> reliability) {
    requireNonNull(report, "report");
    requireNonNull(comparison, "comparison");
    requireNonNull(reliability, "reliability");
    Evaluation e = report.namedEvaluation();
    StringBuilder out = new StringBuilder(262_144);
    String title = "PSO Scale: " + report.rows().size() + " cases classified with '" + report.classifierName() + "'";
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
        .append("</head>\n<body>\n<main>\n<h1>").append(esc(title)).append("</h1>\n");
    out.append("<p>Every case of the data set classified with the <code>").append(esc(report.classifierName()))
        .append("</code> classifier and compared with the paper's own strategy coding where the paper gives one (")
        .append(e.size()).append(" cases). Strategies are named in full everywhere: ");
    String sep = "";
    for (ScalingStrategy s : ScalingStrategy.values()) {
      out.append(sep).append(swatch(Optional.of(s))).append(esc(s.label()));
      sep = ", ";
    }
    out.append(" (the console table abbreviates them as ");
    sep = "";
    for (ScalingStrategy s : ScalingStrategy.values()) {
      out.append(sep).append(CaseReport.abbreviation(s));
      sep = ", ";
    }
    out.append("). The same data: <code>pso-cases-classified.csv</code>; each plot also as an SVG file beside this"
        + " page.</p>\n");
    out.append("<nav><ul><li><a href=\"#ternary\">Scores in a ternary plot</a></li>"
        + "<li><a href=\"#evaluation\">Evaluation against the paper</a></li>");
    comparison.ifPresent(c -> out.append("<li><a href=\"#comparison\">Classifiers compared</a></li>"));
    out.append("<li><a href=\"#sectors\">Strategy by sector</a></li>");
    reliability.ifPresent(r -> out.append("<li><a href=\"#reliability\">Coding reliability</a></li>"));
    out.append("<li><a href=\"#cases\">Every case</a></li></ul></nav>\n");

    out.append("<h2 id=\"ternary\">Scores in a ternary plot</h2>\n");
    figure(out, report.ternary(), "Each case's three scores as shares. Colour: the paper's strategy (grey: not"
        + " coded). Ring: the prediction differs from the paper's strategy, or there is none. Diamond: a mixed case,"
        + " whose top two scores are within the classifier's margin.");

    evaluation(out, report, e);
    comparison.ifPresent(c -> comparison(out, c));

    out.append("<h2 id=\"sectors\">Strategy by sector</h2>\n");
    figure(out, report.strategyBySector(), "Predicted strategy of every case by sector.");

    reliability.ifPresent(r -> reliability(out, r));
    cases(out, report);
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void evaluation(StringBuilder out, CaseReport report, Evaluation e) {
    out.append("<h2 id=\"evaluation\">Evaluation against the paper's coding</h2>\n<dl class=\"figures\">\n");
    dt(out, "Accuracy", String.format(Locale.ROOT, "%s (%d of %d)", fmt(e.accuracy()), e.confusionMatrix().correct(),
        e.size()));
    dt(out, "Cohen's kappa", fmt(e.kappa()) + e.kappaBand().map(b -> " (" + b.label() + ", Landis &amp; Koch)")
        .orElse(""));
    dt(out, "Macro-F1", fmt(e.macroF1()));
    dt(out, "Brier score", fmt(e.brierScore()) + " (0 best, 2 worst; uniform guess 0.667)");
    dt(out, "Log loss", fmt(e.logLoss()) + " (natural log; uniform guess 1.099)");
    dt(out, "Unclassified", e.unclassifiedCount() + " (no single strategy: no evidence or a tie; counted as wrong)");
    dt(out, "Mixed", Integer.toString(e.mixedCount()));
    out.append("</dl>\n");
    figure(out, report.confusionHeatMap(), "Rows: the paper's strategy; columns: the prediction.");
    out.append("<h3>Per strategy</h3>\n<div class=\"scroll\"><table>\n<thead><tr><th>Strategy</th>"
        + "<th class=\"num\">Precision</th><th class=\"num\">Recall</th><th class=\"num\">F1</th>"
        + "<th class=\"num\">Cases (paper)</th></tr></thead>\n<tbody>\n");
    for (StrategyMetrics m : e.metrics().values()) {
      out.append("<tr><td>").append(strategy(Optional.of(m.strategy())))
          .append("</td>").append(num(fmt(m.precision()))).append(num(fmt(m.recall()))).append(num(fmt(m.f1())))
          .append(num(Integer.toString(m.support()))).append("</tr>\n");
    }
    out.append("</tbody></table></div>\n");
    out.append("<h3>Cases not predicted as the paper's strategy (").append(e.errors().size()).append(")</h3>\n");
    if (e.errors().isEmpty()) {
      out.append("<p>Every case predicted as the paper's strategy.</p>\n");
      return;
    }
    out.append("<div class=\"scroll\"><table>\n<thead><tr><th>Organisation</th><th>Paper's strategy</th>"
        + "<th>Predicted</th>");
    for (ScalingStrategy s : ScalingStrategy.values()) {
      out.append("<th class=\"num\">").append(esc(s.label())).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (CasePrediction p : e.errors()) {
      out.append("<tr><td>").append(esc(p.id())).append("</td><td>").append(strategy(Optional.of(p.reference())))
          .append("</td><td>").append(strategy(p.predicted())).append(mixed(p.classification())).append("</td>");
      scores(out, p.classification());
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n");
  }

  private static void comparison(StringBuilder out, ClassifierComparison c) {
    out.append("<h2 id=\"comparison\">Built-in classifiers compared</h2>\n<p>On the ").append(c.cases())
        .append(" cases the paper codes. Classifiers that need no training are applied as they are; trainers are"
            + " evaluated by leave-one-out, so no case is classified by a model that saw its label.</p>\n");
    out.append("<div class=\"scroll\"><table>\n<thead><tr><th>Classifier</th><th>Evaluated</th>"
        + "<th class=\"num\">Accuracy</th><th class=\"num\">Cohen's kappa</th><th class=\"num\">Macro-F1</th>"
        + "<th class=\"num\">Brier score</th><th class=\"num\">Unclassified</th></tr></thead>\n<tbody>\n");
    for (ClassifierComparison.Row r : c.rows()) {
      Evaluation e = r.evaluation();
      out.append("<tr><td><code>").append(esc(r.classifier())).append("</code></td><td>").append(esc(r.protocol()))
          .append("</td>").append(num(fmt(e.accuracy()))).append(num(fmt(e.kappa()))).append(num(fmt(e.macroF1())))
          .append(num(fmt(e.brierScore())))
          .append(num(e.unclassifiedCount() + " of " + e.size())).append("</tr>\n");
    }
    out.append("</tbody></table></div>\n<p>Brier score: 0 is perfect, 2 the worst, 0.667 the uniform guess; the"
        + " rules' scores are read as probabilities, all-zero scores as uniform. Unclassified cases count as"
        + " wrong.</p>\n");
  }

  private static void reliability(StringBuilder out, CodingReliability r) {
    out.append("<h2 id=\"reliability\">Coding reliability</h2>\n<p>How reliably the codebook turns evidence into"
        + " profiles. The paper's rules on the first coding: accuracy ")
        .append(fmt(r.rulesOnFirstCoding().accuracy())).append(", kappa ").append(fmt(r.rulesOnFirstCoding().kappa()))
        .append(band(r.rulesOnFirstCoding())).append("; on the second coding: accuracy ")
        .append(fmt(r.rulesOnSecondCoding().accuracy())).append(", kappa ")
        .append(fmt(r.rulesOnSecondCoding().kappa())).append(band(r.rulesOnSecondCoding())).append(".</p>\n");
    figure(out, reliabilityFigure(r), "One bar per feature that either coder decided in some case.");
  }

  private static String band(Evaluation e) {
    return e.kappaBand().map(AgreementBand::label).map(l -> " (" + esc(l) + ")").orElse("");
  }

  private static void cases(StringBuilder out, CaseReport report) {
    out.append("<h2 id=\"cases\">Every case</h2>\n<p>Scores are the classifier's normalised scores. A case with no"
        + " evidence has all three at 0. Bold: the prediction misses the paper's strategy. Mixed: the top two scores are"
        + " within the classifier's margin.</p>\n");
    out.append("<div class=\"scroll\"><table>\n<thead><tr><th>Organisation</th><th>Sectors</th>"
        + "<th>Paper's strategy</th><th>Predicted</th>");
    for (ScalingStrategy s : ScalingStrategy.values()) {
      out.append("<th class=\"num\">").append(esc(s.label())).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (CaseReport.Row r : report.rows()) {
      boolean miss = r.reference().isPresent() && !r.correct();
      out.append("<tr><td>").append(esc(r.name())).append("</td><td>");
      String sep = "";
      for (Sector s : r.sectors()) {
        out.append(sep).append(esc(s.label()));
        sep = "; ";
      }
      out.append("</td><td>").append(r.reference().isPresent() ? strategy(r.reference()) : "not coded")
          .append("</td><td").append(miss ? " class=\"miss\"" : "").append('>').append(strategy(r.predicted()))
          .append(mixed(r.classification())).append("</td>");
      scores(out, r.classification());
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n");
  }

  private static String mixed(Classification c) {
    return c.isMixed() ? " <span class=\"note\">(mixed)</span>" : "";
  }

  private static void scores(StringBuilder out, Classification c) {
    for (ScalingStrategy s : ScalingStrategy.values()) {
      out.append(num(String.format(Locale.ROOT, "%.2f", c.score(s))));
    }
  }

  private static void figure(StringBuilder out, Figure f, String caption) {
    out.append(String.format(Locale.ROOT, "<figure style=\"max-width: %.0fpx\">%n", Math.ceil(f.width() * 1.15)))
        .append(f.svgElement()).append("<figcaption>").append(esc(caption)).append("</figcaption>\n</figure>\n");
  }

  private static void dt(StringBuilder out, String term, String html) {
    out.append("<dt>").append(esc(term)).append("</dt><dd>").append(html).append("</dd>\n");
  }

  /** The swatch and the label's first word kept together, so that a narrow column breaks only between words. */
  private static String strategy(Optional<ScalingStrategy> s) {
    return s.map(x -> {
      String label = x.label();
      int space = label.indexOf(' ');
      String first = space < 0 ? label : label.substring(0, space);
      return "<span class=\"nw\">" + swatch(s) + esc(first) + "</span>" + (space < 0 ? "" : esc(label.substring(space)));
    }).orElse("none");
  }

  private static String swatch(Optional<ScalingStrategy> s) {
    return "<span class=\"sw\" style=\"background: " + Canvas.colour(s) + "\"></span>";
  }

  private static String num(String text) {
    return "<td class=\"num\">" + esc(text) + "</td>";
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String esc(String text) {
    return HTML.escape(text);
  }
}
