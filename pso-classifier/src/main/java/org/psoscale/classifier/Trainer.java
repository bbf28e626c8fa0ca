package org.psoscale.classifier;

import java.io.Serializable;
import java.util.List;
import org.psoscale.model.LabelledProfile;

/**
 * Builds a {@link StrategyClassifier} from labelled examples, like Tribuo's {@code Trainer}. Used by {@link
 * org.psoscale.classifier.evaluation.Evaluation#leaveOneOut(Trainer, List)}. Implementations are immutable,
 * thread-safe and {@link Serializable}, and training is deterministic: the same examples in the same order give an
 * equal classifier.
 */
public interface Trainer extends Serializable {

  /**
   * Trains a classifier.
   *
   * @param examples the training examples; not null, not empty, no null elements
   * @return the trained classifier; not null
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if the list is empty
   */
  StrategyClassifier train(List<LabelledProfile> examples);

  /** {@return a short name for reports, e.g. {@code "centroid"}; not blank} */
  String name();
}
