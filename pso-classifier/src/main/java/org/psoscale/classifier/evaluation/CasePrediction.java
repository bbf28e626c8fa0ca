package org.psoscale.classifier.evaluation;

import java.io.Serializable;
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

  /** The case's identifier; not blank. */
  @Value.Parameter
  public abstract String id();

  /** The reference ("true") strategy; not null. */
  @Value.Parameter
  public abstract ScalingStrategy reference();

  /** What the classifier made of the case; not null. */
  @Value.Parameter
  public abstract Classification classification();

  /** The predicted strategy: the classification's primary; empty if the case is unclassified. */
  public Optional<ScalingStrategy> predicted() {
    return classification().primary();
  }

  /** Whether the prediction is the reference strategy (an unclassified case is not correct). */
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
}
