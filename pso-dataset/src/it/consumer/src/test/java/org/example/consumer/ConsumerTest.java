package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.psoscale.classifier.Classification;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.dataset.PsoDataset;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalingStrategy;

class ConsumerTest {
  @Test
  void classifiesAProfileByCoordinatesOnly() {
    Classification c = StrategyCheck.classifyOwnProfile();
    assertEquals(ScalingStrategy.TECHNOLOGICAL_REPLICATION, c.primary().orElseThrow());
    System.out.println("consumer classified: " + c);
  }

  @Test
  void readsTheBundledCases() {
    assertEquals(55, PsoDataset.bundled().size());
    assertTrue(PsoDataset.bundled().find("FixMyStreet").isPresent());
  }

  /** The property-test kit resolves @ForAll PsoProfile with only jqwik added to the test class path. */
  @Property(tries = 50)
  void scoresOfAnyProfileSumToOneOrZero(@ForAll PsoProfile profile) {
    Classification c = StrategyClassifiers.rules().classify(profile);
    double sum = c.scores().values().stream().mapToDouble(Double::doubleValue).sum();
    assertTrue(Math.abs(sum - 1) < 1e-9 || sum == 0, () -> "sum " + sum);
  }
}
