package org.psoscale.classifier;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableDoubleArray;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalingStrategy;

/**
 * A weighted average of the scores of other classifiers. Members that find no evidence for a profile are left
 * out of that profile's average (the weights of the others are renormalised), so the scores sum to 1 whenever any
 * member finds evidence. Evidence is the same weighted average of the members' contributions, built lazily; each
 * contribution keeps its member's unit (score units for additive members, nats for bayes; see {@link Contribution}).
 */
final class EnsembleClassifier implements StrategyClassifier {
  private static final long serialVersionUID = 1L;

  private static final ScalingStrategy[] STRATEGIES = ScalingStrategy.values();

  private final String name;
  private final ImmutableList<StrategyClassifier> members;
  private final ImmutableDoubleArray weights;
  private final ClassifierOptions options;

  EnsembleClassifier(
      String name, List<StrategyClassifier> members, List<Double> weights, ClassifierOptions options) {
    Classification.checkName(name);
    this.name = name;
    this.members = ImmutableList.copyOf(members);
    this.weights = ImmutableDoubleArray.copyOf(weights);
    this.options = requireNonNull(options, "options");
    if (this.members.isEmpty()) {
      throw new IllegalArgumentException("members: an ensemble needs at least one classifier");
    }
    if (this.members.size() != this.weights.length()) {
      throw new IllegalArgumentException("weights: one per member needed");
    }
    for (int i = 0; i < this.weights.length(); i++) {
      double w = this.weights.get(i);
      if (!(w > 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException(
            "weights[" + i + "] (" + this.members.get(i).name() + "): must be finite and positive, was " + w);
      }
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Classification classify(PsoProfile profile) {
    requireNonNull(profile, "profile");
    Classification[] results = new Classification[members.size()];
    double weightOfEvidence = 0;
    for (int i = 0; i < results.length; i++) {
      results[i] = members.get(i).classify(profile);
      if (results[i].hasEvidence()) {
        weightOfEvidence += weights.get(i);
      }
    }
    if (weightOfEvidence == 0) {
      return Classification.unclassified(name, options.mixedMargin());
    }
    double[] share = new double[results.length];
    double[] scores = new double[STRATEGIES.length];
    for (int i = 0; i < results.length; i++) {
      if (results[i].hasEvidence()) {
        share[i] = weights.get(i) / weightOfEvidence;
        for (ScalingStrategy s : STRATEGIES) {
          scores[s.ordinal()] += share[i] * results[i].score(s);
        }
      }
    }
    for (int s = 0; s < scores.length; s++) {
      scores[s] = Math.min(1.0, scores[s]); // rounding may push a lone score a hair above 1
    }
    return new Classification(name, scores, options.mixedMargin(), Evidence.lazy(new Average(results, share)));
  }

  private static final class Average implements Supplier<ImmutableList<Contribution>> {
    private final Classification[] results;
    private final double[] share;

    Average(Classification[] results, double[] share) {
      this.results = results;
      this.share = share;
    }

    @Override
    public ImmutableList<Contribution> get() {
      Map<List<Object>, double[]> sums = new LinkedHashMap<>();
      for (int i = 0; i < results.length; i++) {
        if (share[i] > 0) {
          for (Contribution c : results[i].evidence().contributions()) {
            sums.computeIfAbsent(List.of(c.feature(), c.strategy()), k -> new double[1])[0] +=
                share[i] * c.amount();
          }
        }
      }
      List<Contribution> out = new ArrayList<>();
      sums.forEach((k, v) -> {
        if (v[0] != 0) {
          out.add(Contribution.of((ProfileFeature) k.get(0), (ScalingStrategy) k.get(1), v[0]));
        }
      });
      return Evidence.of(out).contributions();
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof EnsembleClassifier)) {
      return false;
    }
    EnsembleClassifier other = (EnsembleClassifier) o;
    return name.equals(other.name)
        && members.equals(other.members)
        && weights.equals(other.weights)
        && options.equals(other.options);
  }

  @Override
  public int hashCode() {
    return ((name.hashCode() * 31 + members.hashCode()) * 31 + weights.hashCode()) * 31 + options.hashCode();
  }

  @Override
  public String toString() {
    return "StrategyClassifier{" + name + ", weights=" + weights + "}";
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(EnsembleClassifier.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(EnsembleClassifier.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(EnsembleClassifier v) {
      super(v.name, list(v.members), v.weights.toArray(), v.options);
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return new EnsembleClassifier(f.string("name"), f.list("members", StrategyClassifier.class),
          ImmutableDoubleArray.copyOf(f.doubles("weights")).asList(), f.get("options", ClassifierOptions.class));
    }
  }
}
