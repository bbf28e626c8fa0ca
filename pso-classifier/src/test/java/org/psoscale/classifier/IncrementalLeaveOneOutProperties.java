package org.psoscale.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.psoscale.classifier.evaluation.Evaluation;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.testing.PsoArbitraries;

/**
 * The incremental leave-one-out of the counting trainers gives, for every held-out case, the very classifier that
 * retraining on the other cases gives, and so the same evaluation as the generic retraining path.
 */
class IncrementalLeaveOneOutProperties {
  private static final List<IncrementalTrainer> TRAINERS = List.of(
      (IncrementalTrainer) StrategyClassifiers.centroid(), (IncrementalTrainer) StrategyClassifiers.bayesTrainer());

  @Provide
  Arbitrary<List<LabelledProfile>> dataSets() {
    return PsoArbitraries.labelledDataSets(2, 25);
  }

  @Property(tries = 60)
  void withoutEachCaseEqualsRetraining(@ForAll("dataSets") List<LabelledProfile> cases) {
    for (IncrementalTrainer trainer : TRAINERS) {
      IncrementalTrainer.Prepared prepared = trainer.prepare(cases);
      for (int i = 0; i < cases.size(); i++) {
        List<LabelledProfile> others = new ArrayList<>(cases);
        others.remove(i);
        StrategyClassifier retrained = trainer.train(others);
        assertEquals(retrained, prepared.trainWithout(i), trainer.name() + " without case " + i);
        // the one-shot classification (no lookup table) equals the retrained classifier's, for the held-out
        // profile and for every other one
        for (LabelledProfile c : cases) {
          assertEquals(retrained.classify(c.profile()), prepared.classifyWithout(i, c.profile()),
              trainer.name() + " without case " + i + ", classifying " + c.id());
        }
      }
    }
  }

  @Property(tries = 40)
  void leaveOneOutEqualsTheRetrainingPath(@ForAll("dataSets") List<LabelledProfile> cases) {
    for (IncrementalTrainer trainer : TRAINERS) {
      assertEquals(Evaluation.leaveOneOut(retrainingOnly(trainer), cases), Evaluation.leaveOneOut(trainer, cases));
    }
  }

  @Example
  void theCountingTrainersAreIncremental() {
    assertTrue(StrategyClassifiers.centroid() instanceof IncrementalTrainer);
    assertTrue(StrategyClassifiers.bayesTrainer() instanceof IncrementalTrainer);
  }

  @Example
  void prepareNeedsTwoExamplesAndTrainWithoutAValidPosition() {
    List<LabelledProfile> two = PsoArbitraries.labelledDataSets(2, 2).sample();
    for (IncrementalTrainer trainer : TRAINERS) {
      assertThrows(IllegalArgumentException.class, () -> trainer.prepare(two.subList(0, 1)));
      assertThrows(NullPointerException.class, () -> trainer.prepare(null));
      assertThrows(IndexOutOfBoundsException.class, () -> trainer.prepare(two).trainWithout(2));
    }
  }

  /** The same trainer seen only as a {@link Trainer}, so that leave-one-out takes the generic path. */
  private static Trainer retrainingOnly(Trainer t) {
    return new Trainer() {
      private static final long serialVersionUID = 1L;

      @Override
      public StrategyClassifier train(List<LabelledProfile> examples) {
        return t.train(examples);
      }

      @Override
      public String name() {
        return t.name();
      }
    };
  }
}
