package org.psoscale.classifier;

import java.util.Optional;
import java.util.Set;

/**
 * Service-provider interface that makes user classifiers available to {@link StrategyClassifiers#byName(String)}.
 * Register an implementation, which needs a public no-argument constructor, in {@code
 * META-INF/services/org.psoscale.classifier.StrategyClassifierProvider} (or with {@code provides} in a module
 * descriptor); it is found through {@link java.util.ServiceLoader}.
 *
 * <p>Names are matched ignoring case. A provider cannot replace a built-in name: built-ins are looked up first.
 */
public interface StrategyClassifierProvider {

  /** {@return the names of the classifiers this provider offers; not null, no blank names} */
  Set<String> names();

  /**
   * Creates the classifier with this name.
   *
   * @param name one of {@link #names()}, ignoring case; not null
   * @return the classifier, or empty if this provider has no classifier of that name
   * @throws NullPointerException if {@code name} is null
   */
  Optional<StrategyClassifier> create(String name);
}
