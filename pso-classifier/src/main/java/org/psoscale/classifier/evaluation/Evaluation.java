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
import org.psoscale.classifier.IncrementalTrainer;
import org.psoscale.classifier.StrategyClassifier;
import org.psoscale.classifier.Trainer;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.PsoStyle;
import org.psoscale.model.ScalingStrategy;

/**
 * How well a classifier's predictions match reference labels: accuracy, a {@link ConfusionMatrix}, per-strategy
 * {@link StrategyMetrics}, macro-F1 and Cohen's kappa; and how good its probabilities are: the {@linkplain
 * #brierScore() Brier score}, the {@linkplain #logLoss() log loss} and the data of a {@linkplain #reliability()
 * reliability diagram}; with a {@linkplain #render() text rendering}.
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
 *   <li>The probability figures read each case's scores as a probability distribution as {@link
 *       CasePrediction#probabilities()} says: scores divided by their sum, all-zero scores (no evidence) as the
 *       uniform distribution. For the additive classifiers (the rules) these are normalised weights, not calibrated
 *       probabilities; the figures show how far from calibrated they are. They use every case, unclassified ones
 *       included (a tie still has a distribution); every case of an evaluation has a reference strategy, so
 *       unlabelled cases never enter.
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

  /**
   * The smallest probability {@link #logLoss()} takes the logarithm of, 1e-15 (scikit-learn's long-standing
   * default), so that a reference given probability 0 costs {@code -ln(1e-15)}, about 34.5, instead of infinity.
   */
  public static final double LOG_LOSS_EPSILON = 1e-15;

  /** The number of equal-width bins of [0, 1] that {@link #reliability()} sorts the cases into: 10. */
  public static final int RELIABILITY_BINS = 10;

  Evaluation() {}

  /** {@return the name of what was evaluated: a classifier's name, or {@code leave-one-out(trainer)}; not blank} */
  @Value.Parameter
  public abstract String classifier();

  /** {@return every case with its prediction, in the order given; not empty} */
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
   * out. Named {@code leave-one-out(trainer name)}. An {@link IncrementalTrainer} (the centroid and Bayes
   * trainers) counts the cases once and subtracts each held-out case, which gives the same classifiers as
   * retraining in time linear in the number of cases; any other trainer is retrained for each case.
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
    for (int i = 0; i < cases.size(); i++) {
      requireNonNull(cases.get(i), "cases[" + i + "]");
    }
    List<CasePrediction> out = new ArrayList<>(cases.size());
    if (trainer instanceof IncrementalTrainer) {
      // linear: count every case once, then subtract the held-out case's counts (equal to retraining)
      IncrementalTrainer.Prepared counts = ((IncrementalTrainer) trainer).prepare(cases);
      for (int i = 0; i < cases.size(); i++) {
        LabelledProfile held = cases.get(i);
        out.add(CasePrediction.of(held.id(), held.label(), counts.classifyWithout(i, held.profile())));
      }
    } else {
      for (int i = 0; i < cases.size(); i++) {
        LabelledProfile held = cases.get(i);
        List<LabelledProfile> training = new ArrayList<>(cases);
        training.remove(i);
        StrategyClassifier classifier = trainer.train(training);
        out.add(CasePrediction.of(held.id(), held.label(), classifier.classify(held.profile())));
      }
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

  /** {@return the counts by reference and prediction} */
  @Value.Lazy
  public ConfusionMatrix confusionMatrix() {
    return ConfusionMatrix.from(predictions());
  }

  /** {@return the number of cases} */
  public int size() {
    return predictions().size();
  }

  /** {@return the share of cases predicted as their reference, in [0, 1]; unclassified cases are wrong} */
  public double accuracy() {
    return (double) confusionMatrix().correct() / size();
  }

  /** {@return the number of unclassified cases} */
  public int unclassifiedCount() {
    return confusionMatrix().unclassifiedTotal();
  }

  /** {@return the number of cases whose classification is {@linkplain Classification#isMixed() mixed}} */
  public int mixedCount() {
    return (int) predictions().stream().filter(p -> p.classification().isMixed()).count();
  }

  /** {@return precision, recall and F1 of every strategy, in the paper's column order} */
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

  /**
   * {@return the mean F1 over the strategies that occur as a reference or a prediction; see the class
   * documentation}
   */
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
   * {@return Cohen's kappa between references and predictions, unclassified cases forming their own category; in
   * [-1, 1], or NaN in the degenerate case described in the class documentation}
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

  /**
   * The multi-class Brier score: the mean over cases of {@code sum over strategies S of (p_S - y_S)^2}, where
   * {@code p} is the case's {@link CasePrediction#probabilities()} and {@code y_S} is 1 for the reference strategy
   * and 0 for the others. From 0 (every reference given probability 1) to 2 (every case given probability 1 for a
   * wrong strategy); the uniform distribution scores 2/3 on every case.
   *
   * @return the Brier score, in [0, 2]
   */
  public double brierScore() {
    double total = 0;
    for (CasePrediction c : predictions()) {
      double[] p = c.probabilityArray();
      for (int s = 0; s < p.length; s++) {
        double y = s == c.reference().ordinal() ? 1 : 0;
        total += (p[s] - y) * (p[s] - y);
      }
    }
    return total / size();
  }

  /**
   * The log loss (cross-entropy): the mean over cases of {@code -ln(max(p_ref, }{@value #LOG_LOSS_EPSILON}{@code
   * ))}, natural logarithm, {@code p_ref} being the probability {@link CasePrediction#probabilities()} gives the
   * case's reference strategy. 0 is perfect, {@code ln 3} (about 1.099) is the uniform distribution's; a reference
   * given probability 0 costs about 34.5 (see {@link #LOG_LOSS_EPSILON}).
   *
   * @return the log loss, in [0, -ln(1e-15)]
   */
  public double logLoss() {
    double total = 0;
    for (CasePrediction c : predictions()) {
      double p = c.probabilityArray()[c.reference().ordinal()];
      total -= Math.log(Math.max(p, LOG_LOSS_EPSILON));
    }
    return total / size();
  }

  /**
   * The data of a reliability (calibration) diagram: the cases sorted by their top-class probability (the largest
   * of {@link CasePrediction#probabilities()}, at least 1/3) into {@value #RELIABILITY_BINS} equal-width bins
   * {@code [i/10, (i+1)/10)} (the last one closed), each non-empty bin with its count, mean top-class probability
   * and accuracy (see {@link ReliabilityBin}).
   *
   * @return the non-empty bins, from low confidence to high; not empty
   */
  public ImmutableList<ReliabilityBin> reliability() {
    int[] count = new int[RELIABILITY_BINS];
    double[] confidence = new double[RELIABILITY_BINS];
    int[] correct = new int[RELIABILITY_BINS];
    for (CasePrediction c : predictions()) {
      double top = 0;
      for (double p : c.probabilityArray()) {
        top = Math.max(top, p);
      }
      int bin = Math.min(RELIABILITY_BINS - 1, (int) Math.floor(top * RELIABILITY_BINS));
      count[bin]++;
      confidence[bin] += top;
      correct[bin] += c.isCorrect() ? 1 : 0;
    }
    ImmutableList.Builder<ReliabilityBin> out = ImmutableList.builder();
    for (int b = 0; b < RELIABILITY_BINS; b++) {
      if (count[b] > 0) {
        out.add(ReliabilityBin.of((double) b / RELIABILITY_BINS, (double) (b + 1) / RELIABILITY_BINS, count[b],
            Math.min(1.0, confidence[b] / count[b]), (double) correct[b] / count[b]));
      }
    }
    return out.build();
  }

  /**
   * The expected calibration error of the {@linkplain #reliability() reliability bins}: {@code sum over bins of
   * (count / cases) * |accuracy - meanConfidence|}. 0 when every bin's accuracy matches its confidence.
   *
   * @return the error, in [0, 1]
   */
  public double expectedCalibrationError() {
    double total = 0;
    for (ReliabilityBin b : reliability()) {
      total += b.count() * Math.abs(b.accuracy() - b.meanConfidence());
    }
    return total / size();
  }

  /** {@return the Landis &amp; Koch band of {@link #kappa()}; empty when kappa is NaN} */
  public Optional<AgreementBand> kappaBand() {
    double k = kappa();
    return Double.isNaN(k) ? Optional.empty() : Optional.of(AgreementBand.of(k));
  }

  /** {@return the cases not predicted as their reference (wrong or unclassified), in the order given} */
  public ImmutableList<CasePrediction> errors() {
    return predictions().stream().filter(p -> !p.isCorrect()).collect(ImmutableList.toImmutableList());
  }

  /**
   * A readable report: the summary figures (with the Brier score and log loss), the confusion matrix, the
   * per-strategy metrics, the reliability bins and the cases not predicted as their reference, with their scores.
   * Undefined figures print as {@code n/a}.
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
    out.append(String.format(Locale.ROOT, "  Brier score   %s (0 best, 2 worst; uniform 0.667)%n", fmt(brierScore())));
    out.append(String.format(Locale.ROOT, "  log loss      %s (natural log, p clipped at 1e-15; uniform 1.099)%n",
        fmt(logLoss())));
    out.append(String.format(Locale.ROOT, "  unclassified  %d; mixed %d%n", unclassifiedCount(), mixedCount()));
    out.append("\nConfusion matrix (rows: reference, columns: predicted)\n");
    out.append(confusionMatrix().render());
    out.append(String.format(Locale.ROOT, "%nPer strategy                 precision  recall      F1  support%n"));
    for (StrategyMetrics m : metrics().values()) {
      out.append(String.format(Locale.ROOT, "%-28s%10s%8s%8s%9d%n",
          m.strategy().label(), fmt(m.precision()), fmt(m.recall()), fmt(m.f1()), m.support()));
    }
    out.append(String.format(Locale.ROOT,
        "%nReliability (top-class probability in %d bins; expected calibration error %s)%n",
        RELIABILITY_BINS, fmt(expectedCalibrationError())));
    out.append("confidence     cases  mean confidence  accuracy\n");
    for (ReliabilityBin b : reliability()) {
      out.append(String.format(Locale.ROOT, "[%.1f, %.1f%s%8d%17s%10s%n", b.lower(), b.upper(),
          b.upper() == 1.0 ? "]" : ")", b.count(), fmt(b.meanConfidence()), fmt(b.accuracy())));
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

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(Evaluation.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(Evaluation.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(Evaluation v) {
      super(v.classifier(), list(v.predictions()));
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return from(f.string("classifier"), f.list("predictions", CasePrediction.class));
    }
  }
}
