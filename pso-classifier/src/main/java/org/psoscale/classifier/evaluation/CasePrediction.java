package org.psoscale.classifier.evaluation;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Optional;
import org.immutables.value.Value;
import org.psoscale.classifier.Classification;
import org.psoscale.model.PsoStyle;
import org.psoscale.model.ScalingStrategy;

/**
 * One case of an {@link Evaluation}: its identifier, its reference strategy and the classification a classifier
 * made of it. The predicted strategy is the classification's {@linkplain Classification#primary() primary}; a case
 * without one is <em>unclassified</em> and counts as wrong.
 */
@Value.Immutable
@PsoStyle
public abstract class CasePrediction implements Serializable {
  private static final long serialVersionUID = 1L;

  CasePrediction() {}

  /** {@return the case's identifier; not blank} */
  @Value.Parameter
  public abstract String id();

  /** {@return the reference ("true") strategy; not null} */
  @Value.Parameter
  public abstract ScalingStrategy reference();

  /** {@return what the classifier made of the case; not null} */
  @Value.Parameter
  public abstract Classification classification();

  /** {@return the predicted strategy: the classification's primary; empty if the case is unclassified} */
  public Optional<ScalingStrategy> predicted() {
    return classification().primary();
  }

  /**
   * The classification's scores as a probability distribution over the strategies, for the probability figures of
   * {@link Evaluation} (Brier score, log loss, reliability). Scores that sum to more than 0 are divided by their
   * sum, so that they sum to exactly 1 (for a probabilistic classifier such as bayes they already are its
   * posterior; for the additive classifiers, whose scores are normalised weights, this reads them as probabilities
   * as they are, uncalibrated). All-zero scores (no evidence) become the uniform distribution, 1/3 each: no
   * evidence, no preference.
   *
   * @return a probability per strategy, in the paper's column order, each in [0, 1], summing to 1
   */
  public ImmutableMap<ScalingStrategy, Double> probabilities() {
    double[] p = probabilityArray();
    EnumMap<ScalingStrategy, Double> out = new EnumMap<>(ScalingStrategy.class);
    for (ScalingStrategy s : ScalingStrategy.values()) {
      out.put(s, p[s.ordinal()]);
    }
    return Maps.immutableEnumMap(out);
  }

  /** {@link #probabilities()} as an array indexed by ordinal. */
  double[] probabilityArray() {
    ScalingStrategy[] strategies = ScalingStrategy.values();
    double[] p = new double[strategies.length];
    double sum = 0;
    for (ScalingStrategy s : strategies) {
      p[s.ordinal()] = classification().score(s);
      sum += p[s.ordinal()];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] = sum > 0 ? p[i] / sum : 1.0 / p.length;
    }
    return p;
  }

  /** {@return whether the prediction is the reference strategy (an unclassified case is not correct)} */
  public boolean isCorrect() {
    return predicted().filter(p -> p == reference()).isPresent();
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("id: must not be blank");
    }
  }

  /**
   * A case prediction.
   *
   * @param id the case's identifier; not blank
   * @param reference the reference strategy; not null
   * @param classification the classifier's output; not null
   * @return the case prediction
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public static CasePrediction of(String id, ScalingStrategy reference, Classification classification) {
    return ImmutableCasePrediction.of(id, reference, classification);
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(CasePrediction.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(CasePrediction.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(CasePrediction v) {
      super(v.id(), v.reference(), v.classification());
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return of(f.string("id"), f.get("reference", ScalingStrategy.class),
          f.get("classification", Classification.class));
    }
  }
}
