package org.psoscale.dataset.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.classifier.evaluation.Evaluation;
import org.psoscale.dataset.PsoDataset;
import org.psoscale.model.LabelledProfile;

/**
 * The built-in classifiers side by side on one set of labelled cases: the paper's rules, the INDICATORS row alone,
 * the centroid trainer (leave-one-out), the untrained Bernoulli naive Bayes and the trained one (leave-one-out),
 * each with accuracy, Cohen's kappa, macro-F1, Brier score and the number of unclassified cases, rendered as a
 * Markdown table.
 *
 * <p>Classifiers that need no training are applied to every case as they are; trainers are evaluated by
 * leave-one-out ({@link Evaluation#leaveOneOut}), so no case is ever classified by a model that saw its label. The
 * Brier score reads scores as probabilities as {@link Evaluation#brierScore()} says (the rules' scores are
 * normalised weights, all-zero scores count as uniform). Nothing here is tuned to the cases: every classifier uses
 * its documented, fixed hyperparameters.
 *
 * <p>Immutable; computed once at construction.
 */
public final class ClassifierComparison {
  /**
   * One classifier's evaluation.
   *
   * @param classifier the classifier's name as the table shows it; not blank
   * @param protocol how it was evaluated, e.g. "leave-one-out"; not blank
   * @param evaluation its evaluation; not null
   */
  public record Row(String classifier, String protocol, Evaluation evaluation) {
    /**
     * Checks the row.
     *
     * @param classifier the classifier's name; not blank
     * @param protocol how it was evaluated; not blank
     * @param evaluation its evaluation; not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     */
    public Row {
      requireNonNull(evaluation, "evaluation");
      if (requireNonNull(classifier, "classifier").isBlank() || requireNonNull(protocol, "protocol").isBlank()) {
        throw new IllegalArgumentException("row: classifier and protocol must not be blank");
      }
    }
  }

  private final ImmutableList<Row> rows;
  private final int cases;

  private ClassifierComparison(ImmutableList<Row> rows, int cases) {
    this.rows = rows;
    this.cases = cases;
  }

  /**
   * Compares the built-in classifiers on these labelled cases.
   *
   * @param cases the labelled profiles; not null, at least two (leave-one-out needs them), no null elements,
   *     unique ids
   * @return the comparison
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if there are fewer than two cases or an id repeats
   */
  public static ClassifierComparison of(List<LabelledProfile> cases) {
    requireNonNull(cases, "cases");
    if (cases.size() < 2) {
      throw new IllegalArgumentException("cases: a comparison with leave-one-out needs at least two, got "
          + cases.size());
    }
    ImmutableList<Row> rows = ImmutableList.of(
        new Row("rules", "applied as is", Evaluation.of(StrategyClassifiers.rules(), cases)),
        new Row("rules-indicators", "applied as is", Evaluation.of(StrategyClassifiers.rulesIndicatorsOnly(), cases)),
        new Row("centroid", "leave-one-out", Evaluation.leaveOneOut(StrategyClassifiers.centroid(), cases)),
        new Row("bayes (untrained)", "applied as is", Evaluation.of(StrategyClassifiers.bayes(), cases)),
        new Row("bayes (trained)", "leave-one-out", Evaluation.leaveOneOut(StrategyClassifiers.bayesTrainer(), cases)));
    return new ClassifierComparison(rows, cases.size());
  }

  /**
   * The comparison on the bundled data set's labelled cases ({@link PsoDataset#labelled()}: the paper's strategy
   * examples).
   *
   * @return the comparison
   */
  public static ClassifierComparison bundled() {
    return of(PsoDataset.bundled().labelled());
  }

  /**
   * The rows, in this order: rules, rules-indicators, centroid (leave-one-out), bayes untrained, bayes
   * (leave-one-out).
   *
   * @return the five rows; not null
   */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /**
   * The number of cases compared on.
   *
   * @return the number of labelled cases, at least two
   */
  public int cases() {
    return cases;
  }

  /**
   * The comparison as a Markdown table (a GitHub-flavoured pipe table, figures to three decimals, {@code n/a} for
   * an undefined kappa), followed by a one-line note on how the figures were made.
   *
   * @return the text, lines ending in {@code \n}
   */
  public String renderMarkdown() {
    StringBuilder out = new StringBuilder();
    out.append("| classifier | evaluated | accuracy | Cohen's kappa | macro-F1 | Brier score | unclassified |\n");
    out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (Row r : rows) {
      Evaluation e = r.evaluation();
      out.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %s | %s | %s | %d of %d |%n",
          r.classifier(), r.protocol(), fmt(e.accuracy()), fmt(e.kappa()), fmt(e.macroF1()), fmt(e.brierScore()),
          e.unclassifiedCount(), e.size()));
    }
    out.append(String.format(Locale.ROOT, "%nOn %d labelled cases. Brier score: 0 is perfect, 2 the worst, 0.667 the"
        + " uniform guess; the rules' scores are read as probabilities, all-zero scores as uniform. Unclassified: no"
        + " primary strategy (no evidence or a tie), counted as wrong.%n", cases));
    return out.toString().replace(System.lineSeparator(), "\n");
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }
}
