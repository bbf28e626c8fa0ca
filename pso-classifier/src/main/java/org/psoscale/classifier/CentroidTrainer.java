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
final class CentroidTrainer implements Trainer {
  private static final long serialVersionUID = 1L;

  static final String NAME = "centroid";

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
    ScalingStrategy[] strategies = ScalingStrategy.values();
    int[] perClass = new int[strategies.length];
    int[][] counts = new int[ProfileFeature.COUNT][strategies.length];
    for (int e = 0; e < examples.size(); e++) {
      LabelledProfile example = requireNonNull(examples.get(e), "examples[" + e + "]");
      int label = example.label().ordinal();
      perClass[label]++;
      PsoProfile p = example.profile();
      p.indicators().forEach(i -> counts[ProfileFeature.of(i).index()][label]++);
      p.traits().forEach(t -> counts[ProfileFeature.of(t).index()][label]++);
      p.activities().forEach(a -> counts[ProfileFeature.of(a).index()][label]++);
    }
    ImmutableWeights.Builder weights = Weights.builder();
    for (ProfileFeature f : ProfileFeature.all()) {
      Map<ScalingStrategy, Double> row = new EnumMap<>(ScalingStrategy.class);
      for (ScalingStrategy s : strategies) {
        int n = perClass[s.ordinal()];
        if (n > 0) {
          row.put(s, (counts[f.index()][s.ordinal()] + 1.0) / (n + 2.0));
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
