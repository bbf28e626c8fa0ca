package org.psoscale.classifier.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.psoscale.classifier.Classification;
import org.psoscale.classifier.Profiles;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalingStrategy;

/** Keeps the benchmark's hand-written baseline honest without running JMH: it must score as the rules do. */
class BitMaskBaselineTest {

  @Test
  void theBaselinesScoreAsTheRules() {
    for (PsoProfile p : Profiles.generate(20200701L, 10_000)) {
      Classification k = StrategyClassifiers.rules().classify(p);
      double[] iterated = BitMaskBaseline.score(p);
      assertArrayEquals(iterated, BitMaskBaseline.scoreByProbing(p));
      for (ScalingStrategy s : ScalingStrategy.values()) {
        assertEquals(k.score(s), iterated[s.ordinal()], 1e-12, p::toString);
      }
    }
  }
}
