package org.psoscale.classifier;

import java.util.Optional;
import java.util.Set;
import org.psoscale.model.Indicator;
import org.psoscale.model.ScalingStrategy;

/** A provider registered in the test resources' META-INF/services, for the discovery tests. */
public final class TestClassifierProvider implements StrategyClassifierProvider {
  static final String NAME = "Test-Data-Only";

  /** Creates the provider. */
  public TestClassifierProvider() {}

  @Override
  public Set<String> names() {
    return Set.of(NAME, "rules");
  }

  @Override
  public Optional<StrategyClassifier> create(String name) {
    if (!name.equalsIgnoreCase(NAME)) {
      return Optional.empty();
    }
    ImmutableWeights.Builder w = Weights.builder();
    for (Indicator i : Indicator.values()) {
      w.putIndicator(i, com.google.common.collect.ImmutableMap.of(ScalingStrategy.DATA_BASED_GROWTH, 1.0));
    }
    return Optional.of(StrategyClassifiers.weighted(NAME, w.build(), ClassifierOptions.defaults()));
  }
}
