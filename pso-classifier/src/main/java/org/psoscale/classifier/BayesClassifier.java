package org.psoscale.classifier;

import static java.util.Objects.requireNonNull;

import com.google.common.primitives.ImmutableDoubleArray;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalingStrategy;

/**
 * A Bernoulli naive Bayes model over the {@value ProfileFeature#COUNT} profile features with a uniform class prior;
 * see {@link StrategyClassifiers#bayes()} for the model and its hyperparameters.
 *
 * <p>It holds {@code theta[f * S + s] = P(feature f PRESENT | strategy s, f decided)}, each strictly inside (0, 1).
 * From them it precomputes a table of centred log-likelihood ratios: row {@code f} (PRESENT) holds {@code
 * log theta(f, s) - mean over s' of log theta(f, s')}, row {@code COUNT + f} (ABSENT) the same with {@code
 * 1 - theta}. A row whose values are equal for every strategy is set to exactly 0, so that such a feature gives
 * no contribution and cannot break a tie by rounding. {@code classify} reads the profile into one 64-bit mask of
 * decided rows and sums the selected rows per strategy as the rules' engine does: from precomputed sums per byte of
 * the mask (for each of the 8 bytes and each of its 256 values, the summed rows it selects; 48 KiB, rebuilt after
 * deserialization), skipping the ABSENT half when nothing is absent. The sums depend only on the mask, so equal
 * profiles give bit-identical scores. A softmax then gives the posterior. It allocates the score array, the
 * classification and its lazy {@link Evidence}.
 */
final class BayesClassifier implements StrategyClassifier {
  private static final long serialVersionUID = 1L;

  private static final ScalingStrategy[] STRATEGIES = ScalingStrategy.values();
  private static final int S = STRATEGIES.length;
  private static final int F = ProfileFeature.COUNT;
  private static final int CHUNKS = 2 * F / 8;

  private final String name;
  private final ImmutableDoubleArray theta;
  private final ClassifierOptions options;
  private final double margin;
  private final double[] ratios;
  private final double[] sums;

  /**
   * A model.
   *
   * @param name the name; not blank
   * @param theta {@code COUNT * strategies} probabilities, each finite and strictly between 0 and 1
   * @param options the options; not null
   */
  BayesClassifier(String name, ImmutableDoubleArray theta, ClassifierOptions options) {
    Classification.checkName(name);
    this.name = name;
    this.theta = requireNonNull(theta, "theta");
    this.options = requireNonNull(options, "options");
    this.margin = options.mixedMargin();
    if (theta.length() != F * S) {
      throw new IllegalArgumentException("theta: need " + F * S + " probabilities, got " + theta.length());
    }
    for (int i = 0; i < theta.length(); i++) {
      double t = theta.get(i);
      if (!(t > 0 && t < 1)) {
        throw new IllegalArgumentException("theta[" + ProfileFeature.ofIndex(i / S) + ", " + STRATEGIES[i % S]
            + "]: must be strictly between 0 and 1, was " + t);
      }
    }
    this.ratios = ratios(theta);
    this.sums = new double[CHUNKS * 256 * S];
    for (int c = 0; c < CHUNKS; c++) {
      for (int v = 1; v < 256; v++) {
        int row = (c << 3) + Integer.numberOfTrailingZeros(v);
        for (int s = 0; s < S; s++) {
          sums[((c << 8) | v) * S + s] = sums[((c << 8) | (v & (v - 1))) * S + s] + ratios[row * S + s];
        }
      }
    }
  }

  /** The centred log-likelihoods by (present or absent) feature and strategy, as {@link Evidence} reads them. */
  private static double[] ratios(ImmutableDoubleArray theta) {
    double[] ratios = new double[2 * F * S];
    double[] logs = new double[S];
    for (int f = 0; f < F; f++) {
      for (int absent = 0; absent < 2; absent++) {
        boolean equal = true;
        double sum = 0;
        for (int s = 0; s < S; s++) {
          double t = theta.get(f * S + s);
          logs[s] = Math.log(absent == 0 ? t : 1 - t);
          sum += logs[s];
          equal &= logs[s] == logs[0];
        }
        if (equal) {
          continue;
        }
        double mean = sum / S;
        int row = absent * F + f;
        for (int s = 0; s < S; s++) {
          ratios[row * S + s] = logs[s] - mean;
        }
      }
    }
    return ratios;
  }

  /**
   * The classification {@code new BayesClassifier(name, theta, options).classify(profile)} gives, without building
   * the classifier's lookup table (48 KB) for a single use: the same log-ratio sums, added in the same order (each
   * chunk of eight features from its highest feature down, the chunks in order), so the result is equal. Used by
   * the incremental leave-one-out, which classifies one profile per model.
   */
  static Classification classifyOnce(String name, ImmutableDoubleArray theta, ClassifierOptions options,
      PsoProfile profile) {
    double[] ratios = ratios(theta);
    long decided = decided(profile);
    double[] scores = new double[S];
    int chunks = (decided >>> F) == 0 ? CHUNKS / 2 : CHUNKS;
    for (int c = 0; c < chunks; c++) {
      int bits = (int) ((decided >>> (c << 3)) & 0xFF);
      for (int s = 0; s < S; s++) {
        double sum = 0;
        for (int b = 7; b >= 0; b--) {
          if ((bits & (1 << b)) != 0) {
            sum += ratios[((c << 3) + b) * S + s];
          }
        }
        scores[s] += sum;
      }
    }
    return finish(name, scores, options.mixedMargin(), ratios, decided);
  }

  private static long decided(PsoProfile profile) {
    long decided = ProfileMasks.present(profile);
    Set<ProfileFeature> absent = profile.absentFeatures();
    if (!absent.isEmpty()) {
      for (ProfileFeature f : absent) {
        decided |= 1L << (F + f.index());
      }
    }
    return decided;
  }

  /** P(feature PRESENT | strategy, feature decided) under this model. */
  double probability(ProfileFeature feature, ScalingStrategy strategy) {
    return theta.get(feature.index() * S + strategy.ordinal());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Classification classify(PsoProfile profile) {
    requireNonNull(profile, "profile");
    long decided = decided(profile);
    double[] scores = new double[S];
    int chunks = (decided >>> F) == 0 ? CHUNKS / 2 : CHUNKS;
    for (int c = 0; c < chunks; c++) {
      int row = ((c << 8) | (int) ((decided >>> (c << 3)) & 0xFF)) * S;
      for (int s = 0; s < S; s++) {
        scores[s] += sums[row + s];
      }
    }
    return finish(name, scores, margin, ratios, decided);
  }

  /** The posterior from the log-ratio sums: a softmax, then the classification with its lazy evidence. */
  private static Classification finish(String name, double[] scores, double margin, double[] ratios,
      long decided) {
    double max = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < S; s++) {
      max = Math.max(max, scores[s]);
    }
    double sum = 0;
    for (int s = 0; s < S; s++) {
      scores[s] = Math.exp(scores[s] - max);
      sum += scores[s];
    }
    for (int s = 0; s < S; s++) {
      scores[s] /= sum;
    }
    return new Classification(name, scores, margin, Evidence.logRatios(ratios, decided));
  }

  /** Equal when name, probabilities and options are equal. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BayesClassifier)) {
      return false;
    }
    BayesClassifier other = (BayesClassifier) o;
    return name.equals(other.name) && theta.equals(other.theta) && options.equals(other.options);
  }

  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + theta.hashCode()) * 31 + options.hashCode();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "StrategyClassifier{%s (Bernoulli naive Bayes), mixedMargin=%s}", name, margin);
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(BayesClassifier.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(BayesClassifier.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(BayesClassifier v) {
      super(v.name, v.theta.toArray(), v.options);
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return new BayesClassifier(f.string("name"), ImmutableDoubleArray.copyOf(f.doubles("theta")),
          f.get("options", ClassifierOptions.class));
    }
  }
}
