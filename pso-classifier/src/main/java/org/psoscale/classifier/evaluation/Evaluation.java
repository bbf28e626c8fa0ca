package org.psoscale.classifier.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.psoscale.classifier.Classification;
import org.psoscale.classifier.StrategyClassifier;
import org.psoscale.classifier.Trainer;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.PsoStyle;
import org.psoscale.model.ScalingStrategy;

/**
 * How well a classifier's predictions match reference labels: accuracy, a {@link ConfusionMatrix}, per-strategy
 * {@link StrategyMetrics}, macro-F1 and Cohen's kappa, with a {@linkplain #render() text rendering}.
 *
 * <h2>Choices</h2>
 *
 * <ul>
 *   <li>The prediction of a case is its classification's {@linkplain Classification#primary() primary}. A case
 *       without one (no evidence, or a tie at the top) is <em>unclassified</em>: it counts as wrong in the
 *       accuracy, has its own column in the confusion matrix, and is its own category {@value #UNCLASSIFIED} in
 *       kappa.
 *   <li>{@link #kappa()} is {@link Agreement#cohensKappa(List, List)} between the reference labels and the
 *       predictions, both as category names. It is NaN in Agreement's degenerate case: every reference and every
 *       prediction is one and the same category.
 *   <li>{@link #macroF1()} is the unweighted mean of the strategies' F1 over the strategies that occur as a
 *       reference or a prediction (F1 is undefined for the others; see {@link StrategyMetrics}).
 *   <li>Case identifiers must be unique, so that per-case reports are unambiguous.
 * </ul>
 *
 * Immutable and thread-safe.
 */
@Value.Immutable
@PsoStyle
public abstract class Evaluation implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The kappa category of an unclassified case. */
  public static final String UNCLASSIFIED = "UNCLASSIFIED";

  Evaluation() {}

  /** The name of what was evaluated: a classifier's name, or {@code leave-one-out(trainer)}; not blank. */
  @Value.Parameter
  public abstract String classifier();

  /** Every case with its prediction, in the order given; not empty. */
  @Value.Parameter
  public abstract ImmutableList<CasePrediction> predictions();

  @Value.Check
  void check() {
    if (classifier().isBlank()) {
      throw new IllegalArgumentException("classifier: name must not be blank");
    }
    if (predictions().isEmpty()) {
      throw new IllegalArgumentException("predictions: at least one case is needed");
    }
    Set<String> ids = new HashSet<>();
    for (CasePrediction p : predictions()) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException("predictions: case id '" + p.id() + "' occurs more than once");
      }
    }
  }

  /**
   * Evaluates a classifier on labelled profiles.
   *
   * @param classifier the classifier; not null
   * @param cases the labelled profiles; not null, not empty, no null elements, unique ids
   * @return the evaluation
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if {@code cases} is empty or has duplicate ids
   */
  public static Evaluation of(StrategyClassifier classifier, List<LabelledProfile> cases) {
    requireNonNull(classifier, "classifier");
    requireNonNull(cases, "cases");
    List<CasePrediction> out = new ArrayList<>(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      LabelledProfile c = requireNonNull(cases.get(i), "cases[" + i + "]");
      out.add(CasePrediction.of(c.id(), c.label(), classifier.classify(c.profile())));
    }
    return from(classifier.name(), out);
  }

  /**
   * Leave-one-out cross-validation: for each case, trains on all the other cases and classifies the case left
   * out. Named {@code leave-one-out(trainer name)}.
   *
   * @param trainer the trainer; not null
   * @param cases the labelled profiles; not null, at least two, no null elements, unique ids
   * @return the evaluation of the held-out predictions
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if there are fewer than two cases or duplicate ids
   */
  public static Evaluation leaveOneOut(Trainer trainer, List<LabelledProfile> cases) {
    requireNonNull(trainer, "trainer");
    requireNonNull(cases, "cases");
    if (cases.size() < 2) {
      throw new IllegalArgumentException("cases: leave-one-out needs at least two, got " + cases.size());
    }
    List<CasePrediction> out = new ArrayList<>(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      LabelledProfile held = requireNonNull(cases.get(i), "cases[" + i + "]");
      List<LabelledProfile> training = new ArrayList<>(cases);
      training.remove(i);
      StrategyClassifier classifier = trainer.train(training);
      out.add(CasePrediction.of(held.id(), held.label(), classifier.classify(held.profile())));
    }
    return from("leave-one-out(" + trainer.name() + ")", out);
  }

  /**
   * An evaluation of predictions made elsewhere.
   *
   * @param classifier what made them; not blank
   * @param predictions the cases; not null, not empty, no null elements, unique ids
   * @return the evaluation
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if the name is blank, the list empty or an id repeated
   */
  public static Evaluation from(String classifier, List<CasePrediction> predictions) {
    return ImmutableEvaluation.of(classifier, predictions);
  }

  /** The counts by reference and prediction. */
  @Value.Lazy
  public ConfusionMatrix confusionMatrix() {
    return ConfusionMatrix.from(predictions());
  }

  /** The number of cases. */
  public int size() {
    return predictions().size();
  }

  /** The share of cases predicted as their reference, in [0, 1]; unclassified cases are wrong. */
  public double accuracy() {
    return (double) confusionMatrix().correct() / size();
  }

  /** The number of unclassified cases. */
  public int unclassifiedCount() {
    return confusionMatrix().unclassifiedTotal();
  }

  /** The number of cases whose classification is {@linkplain Classification#isMixed() mixed}. */
  public int mixedCount() {
    return (int) predictions().stream().filter(p -> p.classification().isMixed()).count();
  }

  /** Precision, recall and F1 of every strategy, in the paper's column order. */
  @Value.Lazy
  public Map<ScalingStrategy, StrategyMetrics> metrics() {
    ConfusionMatrix m = confusionMatrix();
    EnumMap<ScalingStrategy, StrategyMetrics> out = new EnumMap<>(ScalingStrategy.class);
    for (ScalingStrategy s : ScalingStrategy.values()) {
      out.put(s, StrategyMetrics.of(s, m.referenceTotal(s), m.predictedTotal(s), m.count(s, s)));
    }
    return Maps.immutableEnumMap(out);
  }

  /**
   * The metrics of one strategy.
   *
   * @param strategy the strategy; not null
   * @return its metrics
   * @throws NullPointerException if {@code strategy} is null
   */
  public StrategyMetrics metrics(ScalingStrategy strategy) {
    return metrics().get(requireNonNull(strategy, "strategy"));
  }

  /** The mean F1 over the strategies that occur as a reference or a prediction; see the class documentation. */
  public double macroF1() {
    double sum = 0;
    int n = 0;
    for (StrategyMetrics m : metrics().values()) {
      if (!Double.isNaN(m.f1())) {
        sum += m.f1();
        n++;
      }
    }
    return sum / n;
  }

  /**
   * Cohen's kappa between references and predictions, unclassified cases forming their own category; in [-1, 1],
   * or NaN in the degenerate case described in the class documentation.
   */
  public double kappa() {
    List<String> reference = new ArrayList<>(size());
    List<String> predicted = new ArrayList<>(size());
    for (CasePrediction p : predictions()) {
      reference.add(p.reference().name());
      predicted.add(p.predicted().map(Enum::name).orElse(UNCLASSIFIED));
    }
    return Agreement.cohensKappa(reference, predicted);
  }

  /** The Landis &amp; Koch band of {@link #kappa()}; empty when kappa is NaN. */
  public Optional<AgreementBand> kappaBand() {
    double k = kappa();
    return Double.isNaN(k) ? Optional.empty() : Optional.of(AgreementBand.of(k));
  }

  /** The cases not predicted as their reference (wrong or unclassified), in the order given. */
  public ImmutableList<CasePrediction> errors() {
    return predictions().stream().filter(p -> !p.isCorrect()).collect(ImmutableList.toImmutableList());
  }

  /**
   * A readable report: the summary figures, the confusion matrix, the per-strategy metrics and the cases not
   * predicted as their reference, with their scores. Undefined figures print as {@code n/a}.
   *
   * @return the text, lines ending in {@code \n}
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("Evaluation of ").append(classifier()).append(" on ").append(size()).append(" cases\n");
    out.append(String.format(Locale.ROOT, "  accuracy      %s (%d of %d)%n",
        fmt(accuracy()), confusionMatrix().correct(), size()));
    out.append(String.format(Locale.ROOT, "  Cohen's kappa %s%s%n",
        fmt(kappa()), kappaBand().map(b -> " (" + b.label() + ", Landis & Koch)").orElse("")));
    out.append(String.format(Locale.ROOT, "  macro-F1      %s%n", fmt(macroF1())));
    out.append(String.format(Locale.ROOT, "  unclassified  %d; mixed %d%n", unclassifiedCount(), mixedCount()));
    out.append("\nConfusion matrix (rows: reference, columns: predicted)\n");
    out.append(confusionMatrix().render());
    out.append(String.format(Locale.ROOT, "%nPer strategy                 precision  recall      F1  support%n"));
    for (StrategyMetrics m : metrics().values()) {
      out.append(String.format(Locale.ROOT, "%-28s%10s%8s%8s%9d%n",
          m.strategy().label(), fmt(m.precision()), fmt(m.recall()), fmt(m.f1()), m.support()));
    }
    ImmutableList<CasePrediction> errors = errors();
    out.append(errors.isEmpty() ? "\nEvery case predicted as its reference.\n" : "\nNot predicted as reference\n");
    for (CasePrediction p : errors) {
      out.append("  ").append(p.id()).append(": reference ").append(p.reference().label()).append(", predicted ")
          .append(p.predicted().map(ScalingStrategy::label).orElse("unclassified")).append(" (");
      String sep = "";
      for (ScalingStrategy s : ScalingStrategy.values()) {
        out.append(sep).append(ConfusionMatrix.abbreviation(s)).append(' ')
            .append(String.format(Locale.ROOT, "%.2f", p.classification().score(s)));
        sep = ", ";
      }
      out.append(p.classification().isMixed() ? "; mixed" : "").append(")\n");
    }
    return out.toString().replace(System.lineSeparator(), "\n");
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }
}
