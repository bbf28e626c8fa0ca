package org.psoscale.classifier.evaluation;

import java.io.Serializable;
import org.immutables.value.Value;
import org.psoscale.model.PsoStyle;

/**
 * One bin of a reliability (calibration) diagram in an {@link Evaluation}: the cases whose top-class probability
 * (the largest of {@link CasePrediction#probabilities()}) falls in {@code [lower, upper)} (the last bin also holds
 * 1.0), with their mean top-class probability and the share of them predicted correctly. A well-calibrated
 * classifier has {@code accuracy} close to {@code meanConfidence} in every bin.
 */
@Value.Immutable
@PsoStyle
public abstract class ReliabilityBin implements Serializable {
  private static final long serialVersionUID = 1L;

  ReliabilityBin() {}

  /**
   * The lower bound of the bin's confidence range, inclusive.
   *
   * @return the bound, in [0, 1)
   */
  @Value.Parameter
  public abstract double lower();

  /**
   * The upper bound of the bin's confidence range, exclusive (inclusive for the last bin).
   *
   * @return the bound, in (lower, 1]
   */
  @Value.Parameter
  public abstract double upper();

  /**
   * The number of cases in the bin.
   *
   * @return the count, positive (empty bins are not reported)
   */
  @Value.Parameter
  public abstract int count();

  /**
   * The mean top-class probability of the bin's cases.
   *
   * @return the mean, in [lower, upper]
   */
  @Value.Parameter
  public abstract double meanConfidence();

  /**
   * The share of the bin's cases whose prediction ({@link CasePrediction#predicted()}, the primary strategy) is
   * their reference; unclassified cases (ties included) count as wrong, as in {@link Evaluation#accuracy()}.
   *
   * @return the share, in [0, 1]
   */
  @Value.Parameter
  public abstract double accuracy();

  @Value.Check
  void check() {
    if (!(lower() >= 0 && lower() < upper() && upper() <= 1)) {
      throw new IllegalArgumentException("bin: need 0 <= lower < upper <= 1, got [" + lower() + ", " + upper() + ")");
    }
    if (count() <= 0) {
      throw new IllegalArgumentException("count: must be positive, was " + count());
    }
    if (!(meanConfidence() >= 0 && meanConfidence() <= 1) || !(accuracy() >= 0 && accuracy() <= 1)) {
      throw new IllegalArgumentException(
          "meanConfidence and accuracy: must be in [0, 1], were " + meanConfidence() + " and " + accuracy());
    }
  }

  /**
   * A bin.
   *
   * @param lower the lower bound, inclusive; in [0, upper)
   * @param upper the upper bound; in (lower, 1]
   * @param count the number of cases; positive
   * @param meanConfidence their mean top-class probability; in [0, 1]
   * @param accuracy the share of them predicted correctly; in [0, 1]
   * @return the bin
   * @throws IllegalArgumentException if a value is out of range
   */
  public static ReliabilityBin of(double lower, double upper, int count, double meanConfidence, double accuracy) {
    return ImmutableReliabilityBin.of(lower, upper, count, meanConfidence, accuracy);
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(ReliabilityBin.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(ReliabilityBin.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(ReliabilityBin v) {
      super(v.lower(), v.upper(), v.count(), v.meanConfidence(), v.accuracy());
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return of(f.doubleValue("lower"), f.doubleValue("upper"), f.intValue("count"), f.doubleValue("meanConfidence"),
          f.doubleValue("accuracy"));
    }
  }
}
