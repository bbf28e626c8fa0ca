package org.psoscale.classifier;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.psoscale.model.Activity;
import org.psoscale.model.Indicator;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalingStrategy;

/** See {@link StrategyClassifiers#centroid()}. */
final class CentroidTrainer implements IncrementalTrainer {
  private static final long serialVersionUID = 1L;

  static final String NAME = "centroid";
  private static final ScalingStrategy[] STRATEGIES = ScalingStrategy.values();

  private final ClassifierOptions options;

  CentroidTrainer(ClassifierOptions options) {
    this.options = requireNonNull(options, "options");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public StrategyClassifier train(List<LabelledProfile> examples) {
    requireNonNull(examples, "examples");
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("examples: at least one is needed to train");
    }
    int[] perClass = new int[STRATEGIES.length];
    int[][] counts = new int[ProfileFeature.COUNT][STRATEGIES.length];
    for (int e = 0; e < examples.size(); e++) {
      count(requireNonNull(examples.get(e), "examples[" + e + "]"), perClass, counts, 1);
    }
    return build(perClass, counts);
  }

  @Override
  public Prepared prepare(List<LabelledProfile> examples) {
    requireNonNull(examples, "examples");
    if (examples.size() < 2) {
      throw new IllegalArgumentException("examples: at least two are needed to leave one out, got "
          + examples.size());
    }
    List<LabelledProfile> copy = List.copyOf(examples);
    int[] perClass = new int[STRATEGIES.length];
    int[][] counts = new int[ProfileFeature.COUNT][STRATEGIES.length];
    copy.forEach(e -> count(e, perClass, counts, 1));
    return new Prepared() {
      @Override
      public StrategyClassifier trainWithout(int heldOut) {
        int[] n = perClass.clone();
        int[][] c = without(heldOut, n);
        return build(n, c);
      }

      @Override
      public Classification classifyWithout(int heldOut, PsoProfile profile) {
        requireNonNull(profile, "profile");
        int[] n = perClass.clone();
        int[][] c = without(heldOut, n);
        // the weight table build() would give, without the maps: Weights.weight is 0 for a strategy without examples
        double[] table = new double[ProfileFeature.COUNT * STRATEGIES.length];
        for (int f = 0; f < ProfileFeature.COUNT; f++) {
          for (int s = 0; s < STRATEGIES.length; s++) {
            table[f * STRATEGIES.length + s] = n[s] > 0 ? weight(c[f][s], n[s]) : 0;
          }
        }
        return WeightedClassifier.classifyOnce(NAME, table, options, profile);
      }

      private int[][] without(int heldOut, int[] n) {
        LabelledProfile held = copy.get(heldOut);
        int[][] c = new int[counts.length][];
        for (int f = 0; f < counts.length; f++) {
          c[f] = counts[f].clone();
        }
        count(held, n, c, -1);
        return c;
      }
    };
  }

  /** The weight of a feature for a strategy: its share among the strategy's examples, smoothed (Laplace). */
  private static double weight(int count, int examples) {
    return (count + 1.0) / (examples + 2.0);
  }

  /** Adds {@code sign} (1 or -1) times the example's counts. */
  private static void count(LabelledProfile example, int[] perClass, int[][] counts, int sign) {
    int label = example.label().ordinal();
    perClass[label] += sign;
    PsoProfile p = example.profile();
    p.indicators().forEach(i -> counts[ProfileFeature.of(i).index()][label] += sign);
    p.traits().forEach(t -> counts[ProfileFeature.of(t).index()][label] += sign);
    p.activities().forEach(a -> counts[ProfileFeature.of(a).index()][label] += sign);
  }

  private StrategyClassifier build(int[] perClass, int[][] counts) {
    ImmutableWeights.Builder weights = Weights.builder();
    for (ProfileFeature f : ProfileFeature.all()) {
      Map<ScalingStrategy, Double> row = new EnumMap<>(ScalingStrategy.class);
      for (ScalingStrategy s : STRATEGIES) {
        int n = perClass[s.ordinal()];
        if (n > 0) {
          row.put(s, weight(counts[f.index()][s.ordinal()], n));
        }
      }
      put(weights, f, row);
    }
    return new WeightedClassifier(NAME, weights.build(), options);
  }

  private static void put(ImmutableWeights.Builder weights, ProfileFeature f, Map<ScalingStrategy, Double> row) {
    switch (f.kind()) {
      case INDICATOR:
        weights.putIndicator((Indicator) f.constant(), ImmutableMap.copyOf(row));
        break;
      case TRAIT:
        weights.putTrait((OrganisationTrait) f.constant(), ImmutableMap.copyOf(row));
        break;
      default:
        weights.putActivity((Activity) f.constant(), ImmutableMap.copyOf(row));
        break;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CentroidTrainer && ((CentroidTrainer) o).options.equals(options);
  }

  @Override
  public int hashCode() {
    return options.hashCode();
  }

  @Override
  public String toString() {
    return "Trainer{" + NAME + "}";
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(CentroidTrainer.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(CentroidTrainer.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(CentroidTrainer v) {
      super(v.options);
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return new CentroidTrainer(f.get("options", ClassifierOptions.class));
    }
  }
}
