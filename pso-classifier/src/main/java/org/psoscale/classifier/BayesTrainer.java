package org.psoscale.classifier;

import static java.util.Objects.requireNonNull;

import com.google.common.primitives.ImmutableDoubleArray;
import java.util.List;
import org.psoscale.model.Indicator;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalingStrategy;

/** See {@link StrategyClassifiers#bayesTrainer()}; also makes the untrained model of {@link StrategyClassifiers#bayes()}. */
final class BayesTrainer implements IncrementalTrainer {
  private static final long serialVersionUID = 1L;

  static final String NAME = StrategyClassifiers.BAYES;

  private static final ScalingStrategy[] STRATEGIES = ScalingStrategy.values();
  private static final int S = STRATEGIES.length;
  private static final int F = ProfileFeature.COUNT;

  private final ClassifierOptions options;

  BayesTrainer(ClassifierOptions options) {
    this.options = requireNonNull(options, "options");
  }

  /**
   * The prior mean of P(f PRESENT | s) from the paper's strategy table: {@link StrategyClassifiers#BAYES_LIKELY} if
   * s's column lists f, {@link StrategyClassifiers#BAYES_UNLIKELY} if f is an indicator or trait another column
   * lists, {@link StrategyClassifiers#BAYES_NEUTRAL} for activities (tied to no strategy).
   */
  static double priorMean(ProfileFeature f, ScalingStrategy s) {
    switch (f.kind()) {
      case INDICATOR:
        return ((Indicator) f.constant()).strategy() == s
            ? StrategyClassifiers.BAYES_LIKELY
            : StrategyClassifiers.BAYES_UNLIKELY;
      case TRAIT:
        return ((OrganisationTrait) f.constant()).strategies().contains(s)
            ? StrategyClassifiers.BAYES_LIKELY
            : StrategyClassifiers.BAYES_UNLIKELY;
      default:
        return StrategyClassifiers.BAYES_NEUTRAL;
    }
  }

  /** The model from the table alone: every probability is its prior mean. */
  static BayesClassifier untrained(ClassifierOptions options) {
    return new BayesClassifier(NAME, posteriorMeans(new int[F * S], new int[F * S]), options);
  }

  /**
   * The posterior mean of each probability: {@code (m * mean + present) / (m + decided)}, m being {@link
   * StrategyClassifiers#BAYES_PRIOR_STRENGTH}.
   */
  private static ImmutableDoubleArray posteriorMeans(int[] present, int[] decided) {
    double m = StrategyClassifiers.BAYES_PRIOR_STRENGTH;
    ImmutableDoubleArray.Builder theta = ImmutableDoubleArray.builder(F * S);
    for (ProfileFeature f : ProfileFeature.all()) {
      for (ScalingStrategy s : STRATEGIES) {
        int i = f.index() * S + s.ordinal();
        theta.add((m * priorMean(f, s) + present[i]) / (m + decided[i]));
      }
    }
    return theta.build();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public StrategyClassifier train(List<LabelledProfile> examples) {
    requireNonNull(examples, "examples");
    if (examples.isEmpty()) {
      throw new IllegalArgumentException(
          "examples: at least one is needed to train; StrategyClassifiers.bayes() is the untrained model");
    }
    int[] present = new int[F * S];
    int[] decided = new int[F * S];
    for (int e = 0; e < examples.size(); e++) {
      count(requireNonNull(examples.get(e), "examples[" + e + "]"), present, decided, 1);
    }
    return new BayesClassifier(NAME, posteriorMeans(present, decided), options);
  }

  /** Adds {@code sign} (1 or -1) times the example's counts. */
  private static void count(LabelledProfile example, int[] present, int[] decided, int sign) {
    int label = example.label().ordinal();
    PsoProfile p = example.profile();
    for (ProfileFeature f : p.features()) {
      present[f.index() * S + label] += sign;
      decided[f.index() * S + label] += sign;
    }
    for (ProfileFeature f : p.absentFeatures()) {
      decided[f.index() * S + label] += sign;
    }
  }

  @Override
  public Prepared prepare(List<LabelledProfile> examples) {
    requireNonNull(examples, "examples");
    if (examples.size() < 2) {
      throw new IllegalArgumentException("examples: at least two are needed to leave one out, got "
          + examples.size());
    }
    List<LabelledProfile> copy = List.copyOf(examples);
    int[] present = new int[F * S];
    int[] decided = new int[F * S];
    copy.forEach(e -> count(e, present, decided, 1));
    return new Prepared() {
      @Override
      public StrategyClassifier trainWithout(int heldOut) {
        return new BayesClassifier(NAME, without(heldOut), options);
      }

      @Override
      public Classification classifyWithout(int heldOut, PsoProfile profile) {
        requireNonNull(profile, "profile");
        return BayesClassifier.classifyOnce(NAME, without(heldOut), options, profile);
      }

      private ImmutableDoubleArray without(int heldOut) {
        int[] p = present.clone();
        int[] d = decided.clone();
        count(copy.get(heldOut), p, d, -1);
        return posteriorMeans(p, d);
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BayesTrainer && ((BayesTrainer) o).options.equals(options);
  }

  @Override
  public int hashCode() {
    return 31 * options.hashCode() + NAME.hashCode();
  }

  @Override
  public String toString() {
    return "Trainer{" + NAME + "}";
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(BayesTrainer.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(BayesTrainer.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(BayesTrainer v) {
      super(v.options);
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return new BayesTrainer(f.get("options", ClassifierOptions.class));
    }
  }
}
