package org.psoscale.classifier;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.psoscale.model.ScalingStrategy;

/**
 * The prediction a {@link StrategyClassifier} makes for one profile: a score per {@link ScalingStrategy}, the
 * {@linkplain #primary() primary} strategy if there is one, whether the profile is {@linkplain #isMixed() mixed},
 * and the {@linkplain #evidence() evidence} behind the scores.
 *
 * <h2>Scores</h2>
 *
 * Every strategy has a score in [0, 1]. Either the scores sum to 1 (within {@value #SUM_TOLERANCE}) — the
 * classifier found evidence for at least one strategy — or they are all 0: the classifier found none, as for the
 * empty profile, or for a profile holding only features the classifier gives no weight (an activities-only
 * profile under the paper's rules). {@link #hasEvidence()} tells the two apart.
 *
 * <h2>Primary, ranking, mixed</h2>
 *
 * <ul>
 *   <li>{@link #ranking()} orders the strategies by score, highest first; equal scores keep the paper's column
 *       order.
 *   <li>{@link #primary()} is the leader, or empty when there is no evidence or when the two best scores tie
 *       (differ by at most {@value #TIE_TOLERANCE}).
 *   <li>{@link #isMixed()} is the paper's "interplay between these orientations": there is evidence and the
 *       runner-up's score is at most {@link #mixedMargin()} below the leader's (absolute difference on the 0–1
 *       scale, plus the tie tolerance). A tie at the top is therefore always mixed. The margin travels with the
 *       classification, so this method needs nothing else; it comes from the classifier's {@link
 *       ClassifierOptions} and defaults to {@value ClassifierOptions#DEFAULT_MIXED_MARGIN}.
 * </ul>
 *
 * <h2>Representation</h2>
 *
 * This class is written by hand rather than generated: it keeps the scores in a {@code double[]} and builds the
 * {@link #scores()} map only when asked, and the built-in classifiers let it make its {@link Evidence} on first
 * request, so that classifying allocates two small objects: this and its score array. Immutable and thread-safe; every accessor returns immutable values.
 *
 * <p>JSON: {@code {"classifier": "rules", "scores": {"GEOGRAPHIC_IMPLANTATION": 1.0, …}, "mixedMargin": 0.1,
 * "evidence": [...], "primary": "GEOGRAPHIC_IMPLANTATION", "ranking": [...], "mixed": false}}; the last three are
 * written for the reader's convenience and ignored when reading.
 */
@JsonPropertyOrder({"classifier", "scores", "primary", "mixed", "ranking", "mixedMargin", "evidence"})
@JsonIgnoreProperties(
    value = {"primary", "mixed", "ranking"},
    allowGetters = true)
public final class Classification implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How far the scores' sum may stray from 1 in {@link #of}. */
  public static final double SUM_TOLERANCE = 1e-9;

  /** Two scores closer than this are a tie for {@link #primary()}. */
  public static final double TIE_TOLERANCE = 1e-9;

  private static final ScalingStrategy[] STRATEGIES = ScalingStrategy.values();
  /** {@code Optional.of(strategy)} by ordinal, made once so that {@link #primary()} allocates nothing. */
  private static final java.util.List<Optional<ScalingStrategy>> PRESENT = java.util.Arrays.stream(STRATEGIES)
      .map(Optional::of).collect(java.util.stream.Collectors.toUnmodifiableList());

  private final String classifier;
  private final double[] scores;
  private final double mixedMargin;
  // Either the evidence, or (evidence == null until first asked) what an additive classifier needs to make it:
  // its weight table, the profile's feature mask and the raw total; see Evidence.weighted.
  private transient volatile Evidence evidence;
  private final transient double[] weightTable;
  private final transient long featureMask;
  private final transient double rawTotal;

  /** Trusted constructor: takes ownership of {@code scores}, which must already satisfy the invariants. */
  Classification(String classifier, double[] scores, double mixedMargin, Evidence evidence) {
    this.classifier = classifier;
    this.scores = scores;
    this.mixedMargin = mixedMargin;
    this.evidence = evidence;
    this.weightTable = null;
    this.featureMask = 0;
    this.rawTotal = 0;
  }

  /**
   * Trusted constructor for additive classifiers: the evidence is made from the weight table, mask and raw total
   * on the first call to {@link #evidence()}, so that classifying allocates only this object and its scores.
   */
  Classification(String classifier, double[] scores, double mixedMargin, double[] weightTable, long featureMask,
      double rawTotal) {
    this.classifier = classifier;
    this.scores = scores;
    this.mixedMargin = mixedMargin;
    this.weightTable = weightTable;
    this.featureMask = featureMask;
    this.rawTotal = rawTotal;
  }

  /**
   * A classification with these scores.
   *
   * @param classifier the {@linkplain StrategyClassifier#name() name} of the classifier that made it; not blank
   * @param scores a score for every strategy, each finite in [0, 1], summing to 1 (within {@value
   *     #SUM_TOLERANCE}) or all 0; not null
   * @param mixedMargin see {@link ClassifierOptions#mixedMargin()}; from 0 inclusive to 1 exclusive
   * @param evidence the explanation; not null (use {@link Evidence#none()})
   * @return the classification
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws IllegalArgumentException if the name is blank, a strategy is missing, a score is out of range, the
   *     scores neither sum to 1 nor are all 0, or the margin is out of range
   */
  @JsonCreator
  public static Classification of(
      @JsonProperty("classifier") String classifier,
      @JsonProperty("scores") Map<ScalingStrategy, Double> scores,
      @JsonProperty("mixedMargin") double mixedMargin,
      @JsonProperty("evidence") Evidence evidence) {
    checkName(classifier);
    requireNonNull(scores, "scores");
    requireNonNull(evidence, "evidence");
    checkMargin(mixedMargin);
    double[] values = new double[STRATEGIES.length];
    double sum = 0;
    for (ScalingStrategy s : STRATEGIES) {
      Double v = scores.get(s);
      if (v == null) {
        throw new IllegalArgumentException(
            "scores: no score for " + s + "; every strategy needs one: " + Arrays.toString(STRATEGIES));
      }
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("scores[" + s + "]: must be in [0, 1], was " + v);
      }
      values[s.ordinal()] = v;
      sum += v;
    }
    if (scores.size() != STRATEGIES.length) {
      throw new IllegalArgumentException("scores: null or unexpected keys in " + scores.keySet());
    }
    if (sum != 0 && Math.abs(sum - 1) > SUM_TOLERANCE) {
      throw new IllegalArgumentException("scores: must sum to 1 or all be 0, sum to " + sum);
    }
    return new Classification(classifier, values, mixedMargin, evidence);
  }

  /**
   * The classification of a profile in which the classifier found no evidence: every score 0, no primary.
   *
   * @param classifier the classifier's name; not blank
   * @param mixedMargin from 0 inclusive to 1 exclusive
   * @return the classification
   * @throws NullPointerException if {@code classifier} is null
   * @throws IllegalArgumentException if the name is blank or the margin out of range
   */
  public static Classification unclassified(String classifier, double mixedMargin) {
    checkName(classifier);
    checkMargin(mixedMargin);
    return new Classification(classifier, new double[STRATEGIES.length], mixedMargin, Evidence.none());
  }

  static void checkName(String classifier) {
    requireNonNull(classifier, "classifier");
    if (CharMatcher.whitespace().matchesAllOf(classifier)) {
      throw new IllegalArgumentException("classifier: name must not be blank");
    }
  }

  static void checkMargin(double mixedMargin) {
    if (!(mixedMargin >= 0 && mixedMargin < 1)) {
      throw new IllegalArgumentException("mixedMargin: must be in [0, 1), was " + mixedMargin);
    }
  }

  /** {@return the name of the classifier that made this classification; not blank} */
  @JsonProperty("classifier")
  public String classifier() {
    return classifier;
  }

  /** {@return the score of every strategy, in the paper's column order; see the class documentation} */
  @JsonProperty("scores")
  public ImmutableMap<ScalingStrategy, Double> scores() {
    EnumMap<ScalingStrategy, Double> map = new EnumMap<>(ScalingStrategy.class);
    for (ScalingStrategy s : STRATEGIES) {
      map.put(s, scores[s.ordinal()]);
    }
    return Maps.immutableEnumMap(map);
  }

  /**
   * The score of one strategy.
   *
   * @param strategy the strategy; not null
   * @return its score, in [0, 1]
   * @throws NullPointerException if {@code strategy} is null
   */
  public double score(ScalingStrategy strategy) {
    return scores[requireNonNull(strategy, "strategy").ordinal()];
  }

  /** {@return whether the classifier found evidence for any strategy, i.e. the scores sum to 1 rather than 0} */
  public boolean hasEvidence() {
    for (double s : scores) {
      if (s > 0) {
        return true;
      }
    }
    return false;
  }

  private int[] order() {
    int[] order = new int[scores.length];
    for (int i = 0; i < order.length; i++) {
      int j = i;
      while (j > 0 && scores[order[j - 1]] < scores[i]) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
    return order;
  }

  /** The index of the highest score, the first in column order among equals (the ranking's first). */
  private int best() {
    int best = 0;
    for (int i = 1; i < scores.length; i++) {
      if (scores[i] > scores[best]) {
        best = i;
      }
    }
    return best;
  }

  /** The ranking's second index: the highest score but {@code best}'s, the first in column order among equals. */
  private int second(int best) {
    int second = best == 0 ? 1 : 0;
    for (int i = second + 1; i < scores.length; i++) {
      if (i != best && scores[i] > scores[second]) {
        second = i;
      }
    }
    return second;
  }

  /** {@return the strategies from the highest score to the lowest; equal scores keep the paper's column order} */
  @JsonProperty("ranking")
  public ImmutableList<ScalingStrategy> ranking() {
    ImmutableList.Builder<ScalingStrategy> out = ImmutableList.builderWithExpectedSize(scores.length);
    for (int i : order()) {
      out.add(STRATEGIES[i]);
    }
    return out.build();
  }

  /** {@return the strategy with the highest score; empty without evidence or when the two best scores tie} */
  @JsonProperty("primary")
  public Optional<ScalingStrategy> primary() {
    if (!hasEvidence()) {
      return Optional.empty();
    }
    int best = best();
    if (scores[best] - scores[second(best)] <= TIE_TOLERANCE) {
      return Optional.empty();
    }
    return PRESENT.get(best);
  }

  /**
   * {@return the second strategy of the {@link #ranking()}, if its score is above 0. When the top two tie, it is
   * the later of them in the paper's column order}
   */
  public Optional<ScalingStrategy> runnerUp() {
    int second = second(best());
    return scores[second] > 0 ? PRESENT.get(second) : Optional.empty();
  }

  /**
   * {@return the strategies tied for the highest score (within {@value #TIE_TOLERANCE}), in the paper's column
   * order: the primary alone when there is one; empty without evidence}
   */
  public ImmutableList<ScalingStrategy> leaders() {
    if (!hasEvidence()) {
      return ImmutableList.of();
    }
    double top = scores[best()];
    ImmutableList.Builder<ScalingStrategy> out = ImmutableList.builder();
    for (ScalingStrategy s : STRATEGIES) {
      if (top - scores[s.ordinal()] <= TIE_TOLERANCE) {
        out.add(s);
      }
    }
    return out.build();
  }

  /**
   * {@return whether the runner-up is close to the leader: there is evidence and the two best scores differ by at
   * most {@link #mixedMargin()} (plus {@value #TIE_TOLERANCE}). See the class documentation}
   */
  @JsonProperty("mixed")
  public boolean isMixed() {
    if (!hasEvidence()) {
      return false;
    }
    int best = best();
    return scores[best] - scores[second(best)] <= mixedMargin + TIE_TOLERANCE;
  }

  /** {@return the margin {@link #isMixed()} uses; in [0, 1)} */
  @JsonProperty("mixedMargin")
  public double mixedMargin() {
    return mixedMargin;
  }

  /** {@return which features moved which strategy's score, and by how much; never null} */
  @JsonProperty("evidence")
  public Evidence evidence() {
    Evidence e = evidence;
    if (e == null) {
      e = Evidence.weighted(weightTable, featureMask, rawTotal);
      evidence = e;
    }
    return e;
  }

  /**
   * A copy with another mixed margin.
   *
   * @param mixedMargin from 0 inclusive to 1 exclusive
   * @return the copy, or this if the margin is the same
   * @throws IllegalArgumentException if the margin is out of range
   */
  public Classification withMixedMargin(double mixedMargin) {
    checkMargin(mixedMargin);
    return Double.compare(mixedMargin, this.mixedMargin) == 0
        ? this
        : new Classification(classifier, scores, mixedMargin, evidence());
  }

  /** Equal when classifier name, scores, margin and evidence are equal. */
  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof Classification)) {
      return false;
    }
    Classification other = (Classification) o;
    return classifier.equals(other.classifier)
        && Arrays.equals(scores, other.scores)
        && Double.compare(mixedMargin, other.mixedMargin) == 0
        && evidence().equals(other.evidence());
  }

  @Override
  public int hashCode() {
    int h = classifier.hashCode();
    h = 31 * h + Arrays.hashCode(scores);
    h = 31 * h + Double.hashCode(mixedMargin);
    return 31 * h + evidence().hashCode();
  }

  /** A short summary: classifier, scores to three decimals, primary and mixedness. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Classification{").append(classifier).append(':');
    for (ScalingStrategy s : STRATEGIES) {
      out.append(' ').append(s).append('=').append(String.format(Locale.ROOT, "%.3f", scores[s.ordinal()]));
    }
    out.append(", primary=").append(primary().map(Enum::name).orElse("none"));
    out.append(", mixed=").append(isMixed()).append('}');
    return out.toString();
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(Classification.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(Classification.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(Classification v) {
      super(v.classifier, map(v.scores()), v.mixedMargin, v.evidence());
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return of(f.string("classifier"), f.map("scores", ScalingStrategy.class, Double.class),
          f.doubleValue("mixedMargin"),
          f.get("evidence", Evidence.class));
    }
  }
}
