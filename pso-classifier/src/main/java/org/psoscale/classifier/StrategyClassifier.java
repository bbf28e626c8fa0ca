package org.psoscale.classifier;

import java.io.Serializable;
import org.psoscale.model.PsoProfile;

/**
 * Classifies a profile into the paper's scaling strategies. The prediction ({@link Classification}), its
 * explanation ({@link Evidence}) and its evaluation ({@link org.psoscale.classifier.evaluation.Evaluation}) are
 * separate immutable values.
 *
 * <p>Implementations must be immutable, thread-safe (usable from a parallel stream) and {@link Serializable}, and
 * {@link #classify(PsoProfile)} must be deterministic: the same profile gives an equal classification. Get the
 * built-in classifiers from {@link StrategyClassifiers}; make your own discoverable by name through a {@link
 * StrategyClassifierProvider}.
 */
public interface StrategyClassifier extends Serializable {

  /**
   * Classifies one profile.
   *
   * @param profile what was observed; not null
   * @return the classification, whose {@link Classification#classifier()} is {@link #name()}; not null
   * @throws NullPointerException if {@code profile} is null
   */
  Classification classify(PsoProfile profile);

  /** {@return a short name for reports, e.g. {@code "rules"}; not blank} */
  String name();
}
