package org.psoscale.classifier.evaluation;

import java.io.Serializable;
import org.immutables.value.Value;
import org.psoscale.model.PsoStyle;
import org.psoscale.model.ScalingStrategy;

/**
 * Precision, recall and F1 of one strategy in an {@link Evaluation}, from the counts of the confusion matrix.
 * Unclassified cases count against recall (a false negative of their reference strategy) and against no
 * strategy's precision.
 *
 * <p>Undefined values are {@link Double#NaN}, never silently 0: precision when nothing was predicted as the
 * strategy, recall when no case has it as reference, F1 when both counts are 0. F1 is computed as {@code 2 TP /
 * (2 TP + FP + FN)}, which equals the harmonic mean of precision and recall when both are defined and is 0 (not
 * NaN) when the strategy is predicted or referenced but never correctly.
 */
@Value.Immutable
@PsoStyle
public abstract class StrategyMetrics implements Serializable {
  private static final long serialVersionUID = 1L;

  StrategyMetrics() {}

  /** {@return the strategy; not null} */
  @Value.Parameter
  public abstract ScalingStrategy strategy();

  /** {@return cases whose reference is the strategy (the confusion matrix's row total); non-negative} */
  @Value.Parameter
  public abstract int support();

  /** {@return cases predicted as the strategy (its column total); non-negative} */
  @Value.Parameter
  public abstract int predicted();

  /** {@return cases both referenced and predicted as the strategy; at most {@code min(support, predicted)}} */
  @Value.Parameter
  public abstract int truePositives();

  @Value.Check
  void check() {
    if (support() < 0 || predicted() < 0 || truePositives() < 0
        || truePositives() > Math.min(support(), predicted())) {
      throw new IllegalArgumentException("counts: need 0 <= truePositives <= min(support, predicted), got support="
          + support() + ", predicted=" + predicted() + ", truePositives=" + truePositives());
    }
  }

  /** {@return TP / predicted; NaN if nothing was predicted as the strategy} */
  public double precision() {
    return predicted() == 0 ? Double.NaN : (double) truePositives() / predicted();
  }

  /** {@return TP / support; NaN if no case has the strategy as reference} */
  public double recall() {
    return support() == 0 ? Double.NaN : (double) truePositives() / support();
  }

  /** {@return 2 TP / (support + predicted); NaN if both are 0} */
  public double f1() {
    int denominator = support() + predicted();
    return denominator == 0 ? Double.NaN : 2.0 * truePositives() / denominator;
  }

  /**
   * Metrics from counts.
   *
   * @param strategy the strategy; not null
   * @param support cases with it as reference; non-negative
   * @param predicted cases predicted as it; non-negative
   * @param truePositives cases both; at most the smaller of the other two counts
   * @return the metrics
   * @throws NullPointerException if {@code strategy} is null
   * @throws IllegalArgumentException if the counts are inconsistent
   */
  public static StrategyMetrics of(ScalingStrategy strategy, int support, int predicted, int truePositives) {
    return ImmutableStrategyMetrics.of(strategy, support, predicted, truePositives);
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(StrategyMetrics.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(StrategyMetrics.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(StrategyMetrics v) {
      super(v.strategy(), v.support(), v.predicted(), v.truePositives());
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return of(f.get("strategy", ScalingStrategy.class), f.intValue("support"), f.intValue("predicted"),
          f.intValue("truePositives"));
    }
  }
}
