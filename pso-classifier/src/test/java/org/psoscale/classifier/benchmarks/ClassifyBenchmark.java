package org.psoscale.classifier.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.psoscale.classifier.Classification;
import org.psoscale.classifier.Profiles;
import org.psoscale.classifier.StrategyClassifier;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalingStrategy;

/**
 * Throughput of {@code StrategyClassifiers.rules().classify} and {@code StrategyClassifiers.bayes().classify}
 * against {@link BitMaskBaseline}, on the same 1024 seeded random profiles (each feature present with probability
 * 0.25, none absent). Run with {@code -prof gc} for the
 * allocation per operation; see the module README.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassifyBenchmark {
  private static final int SIZE = 1024;

  private final StrategyClassifier rules = StrategyClassifiers.rules();
  private final StrategyClassifier bayes = StrategyClassifiers.bayes();
  private PsoProfile[] profiles;
  private int next;

  /** Generates the profiles and checks that the baseline scores as the rules do. */
  @Setup
  public void setUp() {
    List<PsoProfile> list = Profiles.generate(20200701L, SIZE);
    profiles = list.toArray(new PsoProfile[0]);
    for (PsoProfile p : profiles) {
      Classification k = rules.classify(p);
      double[] b = BitMaskBaseline.score(p);
      double[] c = BitMaskBaseline.scoreByProbing(p);
      for (ScalingStrategy s : ScalingStrategy.values()) {
        if (Math.abs(k.score(s) - b[s.ordinal()]) > 1e-12 || b[s.ordinal()] != c[s.ordinal()]) {
          throw new IllegalStateException("baseline and rules disagree on " + p + ": " + k);
        }
      }
    }
  }

  /** The rules classifier: scores, lazy evidence and the classification object. */
  @Benchmark
  public Classification rules() {
    return rules.classify(profiles[next++ & (SIZE - 1)]);
  }

  /** The untrained Bernoulli naive Bayes: posterior (log-ratio sums and a softmax), lazy evidence, classification. */
  @Benchmark
  public Classification bayes() {
    return bayes.classify(profiles[next++ & (SIZE - 1)]);
  }

  /** The hand-written bit-mask baseline, iterating the profile's sets: only the three scores. */
  @Benchmark
  public double[] baseline() {
    return BitMaskBaseline.score(profiles[next++ & (SIZE - 1)]);
  }

  /** The hand-written bit-mask baseline, probing the profile's sets: only the three scores. */
  @Benchmark
  public double[] baselineProbing() {
    return BitMaskBaseline.scoreByProbing(profiles[next++ & (SIZE - 1)]);
  }
}
