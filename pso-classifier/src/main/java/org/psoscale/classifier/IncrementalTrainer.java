package org.psoscale.classifier;

import java.util.List;
import org.psoscale.model.LabelledProfile;

/**
 * A {@link Trainer} whose model is made of counts over the examples, so that the model of all examples but one is
 * the full counts minus that example's: {@link #prepare(List)} counts once, and each {@link
 * Prepared#trainWithout(int)} then costs the size of the model, not of the examples. {@link
 * org.psoscale.classifier.evaluation.Evaluation#leaveOneOut(Trainer, List)} uses it, which makes leave-one-out
 * linear in the number of examples instead of quadratic. The {@linkplain StrategyClassifiers#centroid() centroid}
 * and the {@linkplain StrategyClassifiers#bayesTrainer() Bayes} trainers are incremental.
 *
 * <p>Contract: {@code prepare(examples).trainWithout(i)} equals {@code train(examples without element i)} for
 * every {@code i} (the same counts, added up in integers, give the same model). Implementations are immutable,
 * thread-safe and {@link java.io.Serializable}, like every trainer.
 */
public interface IncrementalTrainer extends Trainer {

  /**
   * Counts the examples once, for training without any one of them.
   *
   * @param examples the examples; not null, at least two, no null elements; not retained beyond the counts
   * @return the prepared counts; not null
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if there are fewer than two examples
   */
  Prepared prepare(List<LabelledProfile> examples);

  /** The counts of a list of examples, from which the model without any one of them is made. */
  interface Prepared {

    /**
     * The classifier trained on every prepared example but one; equal to {@link Trainer#train(List)} of the
     * examples without it.
     *
     * @param heldOut the position of the example to leave out, from 0 to the number of examples - 1
     * @return the classifier; not null
     * @throws IndexOutOfBoundsException if {@code heldOut} is out of range
     */
    StrategyClassifier trainWithout(int heldOut);

    /**
     * How the classifier trained without one example classifies a profile: equal to {@code
     * trainWithout(heldOut).classify(profile)}, which is what this default does; an implementation may skip what
     * the classifier only builds to classify many profiles fast (the centroid and Bayes trainers do).
     *
     * @param heldOut the position of the example to leave out, from 0 to the number of examples - 1
     * @param profile the profile to classify; not null
     * @return the classification; not null
     * @throws IndexOutOfBoundsException if {@code heldOut} is out of range
     * @throws NullPointerException if {@code profile} is null
     */
    default Classification classifyWithout(int heldOut, org.psoscale.model.PsoProfile profile) {
      return trainWithout(heldOut).classify(profile);
    }
  }
}
