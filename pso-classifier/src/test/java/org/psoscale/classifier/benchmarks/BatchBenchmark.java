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

/**
 * Classifying one million seeded random profiles with the rules, in a sequential and in a parallel stream; one
 * operation is the whole batch, either collected into an array (every result kept, so the collector copies them
 * all) or tallied by primary strategy (no result kept). The speed-up is the ratio of the average times.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class BatchBenchmark {
  private static final int SIZE = 1_000_000;

  private static final StrategyClassifier RULES = StrategyClassifiers.rules();

  private final StrategyClassifier rules = RULES;
  private List<PsoProfile> profiles;

  /** Generates the profiles, deterministically. */
  @Setup
  public void setUp() {
    profiles = Profiles.generate(20200701L, SIZE);
  }

  /** One million classifications in a sequential stream, collected. */
  @Benchmark
  public Classification[] sequential() {
    return profiles.stream().map(rules::classify).toArray(Classification[]::new);
  }

  /** One million classifications in a parallel stream, collected. */
  @Benchmark
  public Classification[] parallel() {
    return profiles.parallelStream().map(rules::classify).toArray(Classification[]::new);
  }

  /** One million classifications in a sequential stream, tallied by primary strategy (none kept). */
  @Benchmark
  public int sequentialTally() {
    return profiles.stream().mapToInt(BatchBenchmark::tally).sum();
  }

  /** One million classifications in a parallel stream, tallied by primary strategy (none kept). */
  @Benchmark
  public int parallelTally() {
    return profiles.parallelStream().mapToInt(BatchBenchmark::tally).sum();
  }

  private static int tally(PsoProfile p) {
    return RULES.classify(p).primary().map(s -> 1 << (8 * s.ordinal())).orElse(0);
  }
}
