package org.psoscale.classifier.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.psoscale.classifier.Profiles;
import org.psoscale.classifier.StrategyClassifier;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.classifier.Trainer;
import org.psoscale.classifier.evaluation.Evaluation;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalingStrategy;

/**
 * {@code Evaluation.leaveOneOut} with the incremental (count-subtracting) centroid and Bayes trainers at 100,
 * 1,000 and 10,000 seeded random labelled profiles, against the baseline in the same run: the same trainers seen as
 * plain {@link Trainer}s, so that every held-out case is retrained from scratch (the quadratic path, measured only
 * up to 1,000 cases in {@link Retraining}: 10,000 takes tens of seconds per operation).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class LeaveOneOutBenchmark {

  /** The profiles, labelled at random. */
  static List<LabelledProfile> cases(int n) {
    List<PsoProfile> profiles = Profiles.generate(20200701L, n);
    SplittableRandom random = new SplittableRandom(7);
    ScalingStrategy[] strategies = ScalingStrategy.values();
    List<LabelledProfile> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(LabelledProfile.of("p" + i, profiles.get(i), strategies[random.nextInt(strategies.length)]));
    }
    return out;
  }

  /** The same trainer without its incremental side, so that leave-one-out retrains for every case. */
  static Trainer retrainingOnly(Trainer t) {
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

  /** The incremental path at every size. */
  @State(Scope.Benchmark)
  public static class Incremental {
    @Param({"100", "1000", "10000"})
    public int size;
    List<LabelledProfile> cases;

    /** Generates the cases. */
    @Setup
    public void setUp() {
      cases = cases(size);
    }
  }

  /** The retraining baseline, up to 1,000 cases. */
  @State(Scope.Benchmark)
  public static class Retraining {
    @Param({"100", "1000"})
    public int size;
    List<LabelledProfile> cases;

    /** Generates the cases. */
    @Setup
    public void setUp() {
      cases = cases(size);
    }
  }

  /** Incremental centroid leave-one-out. */
  @Benchmark
  public Evaluation centroidIncremental(Incremental s) {
    return Evaluation.leaveOneOut(StrategyClassifiers.centroid(), s.cases);
  }

  /** Incremental Bayes leave-one-out. */
  @Benchmark
  public Evaluation bayesIncremental(Incremental s) {
    return Evaluation.leaveOneOut(StrategyClassifiers.bayesTrainer(), s.cases);
  }

  /** Baseline: centroid retrained for every held-out case. */
  @Benchmark
  public Evaluation centroidRetraining(Retraining s) {
    return Evaluation.leaveOneOut(retrainingOnly(StrategyClassifiers.centroid()), s.cases);
  }

  /** Baseline: Bayes retrained for every held-out case. */
  @Benchmark
  public Evaluation bayesRetraining(Retraining s) {
    return Evaluation.leaveOneOut(retrainingOnly(StrategyClassifiers.bayesTrainer()), s.cases);
  }
}
