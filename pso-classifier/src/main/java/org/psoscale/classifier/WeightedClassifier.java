package org.psoscale.classifier;

import static java.util.Objects.requireNonNull;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalingStrategy;

/**
 * The additive engine behind the rules, weighted and centroid classifiers: raw score of a strategy = sum of the
 * weights the profile's features give it; scores = raw scores / their total.
 *
 * <p>The weights are flattened into a {@code double[]} indexed by {@code feature.index() * strategies +
 * strategy.ordinal()}. {@code classify} reads the profile into a bit mask of feature indices, then adds four
 * precomputed per-byte sums (for each byte of the mask and each of its 256 values, the summed weights of the
 * features it holds; 24 KiB) instead of looping over the features present. The sums depend only on
 * the mask, so equal profiles give bit-identical scores whatever the iteration order of their sets. It allocates
 * the score array and the classification, which makes its evidence when asked (see {@link Evidence}).
 */
final class WeightedClassifier implements StrategyClassifier {
  private static final long serialVersionUID = 1L;

  private static final ScalingStrategy[] STRATEGIES = ScalingStrategy.values();
  private static final int S = STRATEGIES.length;
  private static final int CHUNKS = (ProfileFeature.COUNT + 7) / 8;

  private final String name;
  private final Weights weights;
  private final ClassifierOptions options;
  private final double margin;
  private final double[] table;
  private final double[] sums;
  private final boolean usesIndicators;
  private final boolean usesTraits;
  private final boolean usesActivities;

  WeightedClassifier(String name, Weights weights, ClassifierOptions options) {
    Classification.checkName(name);
    this.name = name;
    this.weights = requireNonNull(weights, "weights");
    this.options = requireNonNull(options, "options");
    this.margin = options.mixedMargin();
    this.table = new double[ProfileFeature.COUNT * S];
    boolean ind = false;
    boolean tr = false;
    boolean act = false;
    for (ProfileFeature f : ProfileFeature.all()) {
      for (ScalingStrategy s : STRATEGIES) {
        double w = weights.weight(f, s);
        table[f.index() * S + s.ordinal()] = w;
        if (w > 0) {
          ind |= f.kind() == ProfileFeature.Kind.INDICATOR;
          tr |= f.kind() == ProfileFeature.Kind.TRAIT;
          act |= f.kind() == ProfileFeature.Kind.ACTIVITY;
        }
      }
    }
    this.sums = new double[CHUNKS * 256 * S];
    for (int c = 0; c < CHUNKS; c++) {
      for (int v = 1; v < 256; v++) {
        int low = Integer.numberOfTrailingZeros(v);
        int feature = (c << 3) + low;
        for (int s = 0; s < S; s++) {
          double w = feature < ProfileFeature.COUNT ? table[feature * S + s] : 0;
          sums[((c << 8) | v) * S + s] = sums[((c << 8) | (v & (v - 1))) * S + s] + w;
        }
      }
    }
    this.usesIndicators = ind;
    this.usesTraits = tr;
    this.usesActivities = act;
  }

  Weights weights() {
    return weights;
  }

  /**
   * The classification {@code new WeightedClassifier(name, weights, options).classify(profile)} gives, for the
   * weights whose table ({@code table[feature index * strategies + strategy ordinal]}) is given, without building
   * the classifier's lookup table (48 KB) for a single use: the same sums, added in the same order (each chunk of
   * eight features from its highest feature down, the chunks in order), so the result is equal. Used by the
   * incremental leave-one-out, which classifies one profile per model.
   */
  static Classification classifyOnce(String name, double[] table, ClassifierOptions options, PsoProfile profile) {
    boolean ind = false;
    boolean tr = false;
    boolean act = false;
    for (ProfileFeature f : ProfileFeature.all()) {
      for (int s = 0; s < S; s++) {
        if (table[f.index() * S + s] > 0) {
          ind |= f.kind() == ProfileFeature.Kind.INDICATOR;
          tr |= f.kind() == ProfileFeature.Kind.TRAIT;
          act |= f.kind() == ProfileFeature.Kind.ACTIVITY;
        }
      }
    }
    long mask = 0;
    if (ind) {
      mask |= ProfileMasks.indicators(profile);
    }
    if (tr) {
      mask |= ProfileMasks.traits(profile);
    }
    if (act) {
      mask |= ProfileMasks.activities(profile);
    }
    double[] raw = new double[S];
    for (int c = 0; c < CHUNKS; c++) {
      int bits = (int) ((mask >>> (c << 3)) & 0xFF);
      for (int s = 0; s < S; s++) {
        double sum = 0;
        for (int b = 7; b >= 0; b--) {
          int feature = (c << 3) + b;
          if ((bits & (1 << b)) != 0 && feature < ProfileFeature.COUNT) {
            sum += table[feature * S + s];
          }
        }
        raw[s] += sum;
      }
    }
    return finish(name, raw, options.mixedMargin(), table, mask);
  }

  ClassifierOptions options() {
    return options;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Classification classify(PsoProfile profile) {
    requireNonNull(profile, "profile");
    long mask = 0;
    if (usesIndicators) {
      mask |= ProfileMasks.indicators(profile);
    }
    if (usesTraits) {
      mask |= ProfileMasks.traits(profile);
    }
    if (usesActivities) {
      mask |= ProfileMasks.activities(profile);
    }
    double[] raw = new double[S];
    for (int c = 0; c < CHUNKS; c++) {
      int row = ((c << 8) | (int) ((mask >>> (c << 3)) & 0xFF)) * S;
      for (int s = 0; s < S; s++) {
        raw[s] += sums[row + s];
      }
    }
    return finish(name, raw, margin, table, mask);
  }

  /** The scores from the raw sums: normalised, with the lazy evidence's inputs. */
  private static Classification finish(String name, double[] raw, double margin, double[] table, long mask) {
    double total = 0;
    for (int s = 0; s < S; s++) {
      total += raw[s];
    }
    if (total == 0) {
      return new Classification(name, raw, margin, Evidence.none());
    }
    for (int s = 0; s < S; s++) {
      raw[s] /= total;
    }
    return new Classification(name, raw, margin, table, mask, total);
  }


  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WeightedClassifier)) {
      return false;
    }
    WeightedClassifier other = (WeightedClassifier) o;
    return name.equals(other.name) && weights.equals(other.weights) && options.equals(other.options);
  }

  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + weights.hashCode()) * 31 + options.hashCode();
  }

  @Override
  public String toString() {
    return "StrategyClassifier{" + name + ", mixedMargin=" + margin + "}";
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(WeightedClassifier.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(WeightedClassifier.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(WeightedClassifier v) {
      super(v.name, v.weights, v.options);
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return new WeightedClassifier(f.string("name"), f.get("weights", Weights.class),
          f.get("options", ClassifierOptions.class));
    }
  }
}
