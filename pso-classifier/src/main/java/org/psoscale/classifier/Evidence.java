package org.psoscale.classifier;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.ScalingStrategy;

/**
 * The explanation of a {@link Classification}: which features of the profile moved which strategy's score, and by
 * how much. Kept apart from the scores, as Tribuo keeps explanations apart from predictions.
 *
 * <p>Contributions are held in a canonical order (by {@link ProfileFeature#index()}, then by strategy in the paper's
 * column order), so two evidences with the same contributions are equal whatever order they were given in. A
 * feature that moved no score (e.g. an activity under the paper's rules) has no contribution.
 *
 * <p><b>Laziness.</b> The built-in classifiers build no contributions while classifying. The classification keeps
 * what is needed to build them (the classifier's weight table, the profile's features as a bit mask and the raw
 * total); {@link Classification#evidence()} makes this object on its first call, and {@link #contributions()}
 * makes the contributions on its first call, then keeps them. So {@code classify} allocates two small objects (the
 * classification and its score array) instead of one per contribution, and callers that never ask for an
 * explanation pay nothing for it; the price is a volatile read per access and that the first access does the
 * work. The result is the same either way, and equality compares the contributions.
 *
 * <p>Amounts are in the classifier's unit (see {@link Contribution}): score units for the additive classifiers,
 * signed log-likelihood ratios for {@link StrategyClassifiers#bayes()}.
 *
 * <p>Immutable and thread-safe. JSON: the array of {@link Contribution}s. Java serialization writes the
 * contributions themselves.
 */
public final class Evidence implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Comparator<Contribution> ORDER =
      Comparator.comparing(Contribution::feature).thenComparing(Contribution::strategy);

  private static final Evidence NONE = new Evidence(ImmutableList.of());

  private static final ScalingStrategy[] STRATEGIES = ScalingStrategy.values();

  // At most one way to make the contributions is set: a supplier; an additive classifier's weight table (row per
  // feature index, column per strategy), the profile's feature mask and the raw total; or (logRatios) a table of
  // signed log-ratios with a row per feature index for PRESENT and one per index + COUNT for ABSENT, and the mask
  // of the decided rows.
  private final transient Supplier<ImmutableList<Contribution>> source;
  private final transient double[] table;
  private final transient long mask;
  private final transient double total;
  private final transient boolean logRatios;
  private transient volatile ImmutableList<Contribution> contributions;

  private Evidence(ImmutableList<Contribution> contributions) {
    this(null, null, 0, 0, false);
    this.contributions = contributions;
  }

  private Evidence(
      Supplier<ImmutableList<Contribution>> source, double[] table, long mask, double total, boolean logRatios) {
    this.source = source;
    this.table = table;
    this.mask = mask;
    this.total = total;
    this.logRatios = logRatios;
  }

  /** {@return evidence of nothing: no feature moved any score} */
  public static Evidence none() {
    return NONE;
  }

  /**
   * Evidence made of these contributions, in any order.
   *
   * @param contributions the contributions; not null, no null elements
   * @return the evidence
   * @throws NullPointerException if the iterable or an element is null
   * @throws IllegalArgumentException if two contributions have the same feature and strategy
   */
  @JsonCreator
  public static Evidence of(Iterable<Contribution> contributions) {
    requireNonNull(contributions, "contributions");
    List<Contribution> sorted = new ArrayList<>();
    for (Contribution c : contributions) {
      sorted.add(requireNonNull(c, "contributions: null element"));
    }
    sorted.sort(ORDER);
    for (int i = 1; i < sorted.size(); i++) {
      Contribution a = sorted.get(i - 1);
      Contribution b = sorted.get(i);
      if (a.feature() == b.feature() && a.strategy() == b.strategy()) {
        throw new IllegalArgumentException(
            "contributions: " + a.feature() + " contributes to " + a.strategy() + " twice");
      }
    }
    return sorted.isEmpty() ? NONE : new Evidence(ImmutableList.copyOf(sorted));
  }

  /**
   * Evidence computed on first use. The supplier must return contributions in the canonical order without
   * duplicates, and must be thread-safe and side-effect free; it may run more than once under contention.
   */
  static Evidence lazy(Supplier<ImmutableList<Contribution>> source) {
    return new Evidence(requireNonNull(source, "source"), null, 0, 0, false);
  }

  /**
   * Evidence of an additive classifier, computed on first use: each feature in {@code mask} contributes {@code
   * table[index * strategies + strategy] / total} to each strategy it weighs. One object, no supplier, so that
   * classifying allocates as little as possible; the table must not be modified afterwards.
   */
  static Evidence weighted(double[] table, long mask, double total) {
    return new Evidence(null, table, mask, total, false);
  }

  /**
   * Evidence of a log-linear classifier (the Bernoulli naive Bayes), computed on first use. {@code table} has
   * {@code 2 * ProfileFeature.COUNT} rows of one value per strategy: row {@code i} for feature {@code i} PRESENT,
   * row {@code ProfileFeature.COUNT + i} for feature {@code i} ABSENT. Bit {@code r} of {@code decided} selects row
   * {@code r}; a feature has at most one of its two bits set. Each selected row contributes its non-zero values,
   * signed. The table must not be modified afterwards.
   */
  static Evidence logRatios(double[] table, long decided) {
    return new Evidence(null, table, decided, 0, true);
  }

  private ImmutableList<Contribution> compute() {
    if (source != null) {
      return source.get();
    }
    int strategies = STRATEGIES.length;
    if (logRatios) {
      ImmutableList.Builder<Contribution> out = ImmutableList.builder();
      for (int index = 0; index < ProfileFeature.COUNT; index++) {
        int row;
        if ((mask & (1L << index)) != 0) {
          row = index;
        } else if ((mask & (1L << (index + ProfileFeature.COUNT))) != 0) {
          row = index + ProfileFeature.COUNT;
        } else {
          continue;
        }
        for (int s = 0; s < strategies; s++) {
          double v = table[row * strategies + s];
          if (v != 0) {
            out.add(Contribution.of(ProfileFeature.ofIndex(index), STRATEGIES[s], v));
          }
        }
      }
      return out.build();
    }
    ImmutableList.Builder<Contribution> out = ImmutableList.builder();
    for (long m = mask; m != 0; m &= m - 1) {
      int index = Long.numberOfTrailingZeros(m);
      for (int s = 0; s < strategies; s++) {
        double w = table[index * strategies + s];
        if (w > 0) {
          out.add(Contribution.of(ProfileFeature.ofIndex(index), STRATEGIES[s], w / total));
        }
      }
    }
    return out.build();
  }

  /** {@return every contribution, in the canonical order (see the class documentation); never null} */
  @JsonValue
  public ImmutableList<Contribution> contributions() {
    ImmutableList<Contribution> c = contributions;
    if (c == null) {
      c = compute();
      contributions = c;
    }
    return c;
  }

  /** {@return whether no feature moved any score} */
  public boolean isEmpty() {
    return contributions().isEmpty();
  }

  /**
   * The contributions to one strategy's score, in feature order.
   *
   * @param strategy the strategy; not null
   * @return the contributions; may be empty
   * @throws NullPointerException if {@code strategy} is null
   */
  public ImmutableList<Contribution> forStrategy(ScalingStrategy strategy) {
    requireNonNull(strategy, "strategy");
    ImmutableList.Builder<Contribution> out = ImmutableList.builder();
    for (Contribution c : contributions()) {
      if (c.strategy() == strategy) {
        out.add(c);
      }
    }
    return out.build();
  }

  /**
   * The contributions of one feature, in strategy order.
   *
   * @param feature the feature; not null
   * @return the contributions; empty if the feature moved no score
   * @throws NullPointerException if {@code feature} is null
   */
  public ImmutableList<Contribution> forFeature(ProfileFeature feature) {
    requireNonNull(feature, "feature");
    ImmutableList.Builder<Contribution> out = ImmutableList.builder();
    for (Contribution c : contributions()) {
      if (c.feature() == feature) {
        out.add(c);
      }
    }
    return out.build();
  }

  /**
   * The sum of the contributions to one strategy. For the additive built-in classifiers this equals the strategy's
   * score up to rounding; for {@link StrategyClassifiers#bayes()} it is the strategy's log-posterior minus the mean
   * log-posterior of all strategies (see there).
   *
   * @param strategy the strategy; not null
   * @return the sum; 0 if nothing contributed
   * @throws NullPointerException if {@code strategy} is null
   */
  public double total(ScalingStrategy strategy) {
    requireNonNull(strategy, "strategy");
    double sum = 0;
    for (Contribution c : contributions()) {
      if (c.strategy() == strategy) {
        sum += c.amount();
      }
    }
    return sum;
  }

  /** Equal when the contributions are equal. */
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof Evidence && ((Evidence) o).contributions().equals(contributions()));
  }

  @Override
  public int hashCode() {
    return contributions().hashCode();
  }

  @Override
  public String toString() {
    return "Evidence" + contributions();
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(Evidence.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(Evidence.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(Evidence v) {
      super((Object) list(v.contributions()));
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return of(f.list("contributions", Contribution.class));
    }
  }
}
