package org.psoscale.classifier.typology;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.psoscale.model.PsoStyle;

/**
 * What a {@link TypologyClassifier} makes of one profile: a score per category of its typology, in the typology's
 * order, and the evidence behind them. The same contract as the paper's {@code Classification}: every score is in
 * [0, 1] and either they sum to 1 (within {@value #SUM_TOLERANCE}) — there was evidence — or they are all 0 (none:
 * the empty profile, or features the classifier does not read). {@link #primary()} is the leader, empty without
 * evidence or when the two best scores tie (within {@value #TIE_TOLERANCE}).
 *
 * <p>JSON: {@code {"classifier": "mapping:moore-2015", "typology": "moore-2015", "scores": {"SCALING_OUT": 0.5,
 * …}, "evidence": [{…}, …]}}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableTypologyClassification.class)
@JsonDeserialize(as = ImmutableTypologyClassification.class)
public abstract class TypologyClassification implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How far the scores' sum may stray from 1. */
  public static final double SUM_TOLERANCE = 1e-9;

  /** Two scores closer than this tie for {@link #primary()}. */
  public static final double TIE_TOLERANCE = 1e-9;

  TypologyClassification() {}

  /** {@return the name of the classifier that made it; not blank} */
  public abstract String classifier();

  /** {@return the id of the typology classified into; not blank} */
  public abstract String typology();

  /** {@return the score of every category, in the typology's order; at least two} */
  public abstract ImmutableMap<String, Double> scores();

  /** {@return which decisions moved which category's score, and by how much; may be empty} */
  public abstract ImmutableList<TypologyContribution> evidence();

  @Value.Check
  void check() {
    if (CharMatcher.whitespace().matchesAllOf(classifier())) {
      throw new IllegalArgumentException("classifier: name must not be blank");
    }
    if (CharMatcher.whitespace().matchesAllOf(typology())) {
      throw new IllegalArgumentException("typology: must not be blank");
    }
    if (scores().size() < 2) {
      throw new IllegalArgumentException("scores: need a score for at least two categories, have " + scores());
    }
    double sum = 0;
    for (Map.Entry<String, Double> e : scores().entrySet()) {
      double v = e.getValue();
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("scores[" + e.getKey() + "]: must be in [0, 1], was " + v);
      }
      sum += v;
    }
    if (sum != 0 && Math.abs(sum - 1) > SUM_TOLERANCE) {
      throw new IllegalArgumentException("scores: must sum to 1 or all be 0, sum to " + sum);
    }
    for (TypologyContribution c : evidence()) {
      if (!scores().containsKey(c.category())) {
        throw new IllegalArgumentException("evidence: category " + c.category() + " has no score; categories: "
            + scores().keySet());
      }
    }
  }

  /**
   * A classification.
   *
   * @param classifier the classifier's name; not blank
   * @param typology the typology's id; not blank
   * @param scores a score per category, in the typology's order; see the class documentation
   * @param evidence the contributions; not null
   * @return the classification
   * @throws NullPointerException if an argument, key or value is null
   * @throws IllegalArgumentException if a name is blank, a score out of [0, 1], the sum neither 1 nor 0, or a
   *     contribution names a category without a score
   */
  public static TypologyClassification of(String classifier, String typology, Map<String, Double> scores,
      List<TypologyContribution> evidence) {
    return ImmutableTypologyClassification.builder().classifier(classifier).typology(typology).scores(scores)
        .evidence(evidence).build();
  }

  /**
   * The score of one category.
   *
   * @param category the category id; not null
   * @return its score
   * @throws NullPointerException if {@code category} is null
   * @throws IllegalArgumentException if the typology has no such category
   */
  public double score(String category) {
    Double v = scores().get(java.util.Objects.requireNonNull(category, "category"));
    if (v == null) {
      throw new IllegalArgumentException("category: no score for \"" + category + "\"; categories: "
          + scores().keySet());
    }
    return v;
  }

  /** {@return whether any score is above 0} */
  @JsonIgnore
  public boolean hasEvidence() {
    return scores().values().stream().anyMatch(v -> v > 0);
  }

  /** {@return the categories from the highest score to the lowest; equal scores keep the typology's order} */
  @JsonIgnore
  public ImmutableList<String> ranking() {
    return scores().entrySet().stream()
        .sorted(Comparator.comparing(Map.Entry<String, Double>::getValue).reversed())
        .map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the category with the highest score; empty without evidence or when the two best scores tie} */
  @JsonIgnore
  public Optional<String> primary() {
    if (!hasEvidence()) {
      return Optional.empty();
    }
    ImmutableList<String> ranking = ranking();
    if (score(ranking.get(0)) - score(ranking.get(1)) <= TIE_TOLERANCE) {
      return Optional.empty();
    }
    return Optional.of(ranking.get(0));
  }

  /** {@return the categories tied for the highest score, in the typology's order; empty without evidence} */
  @JsonIgnore
  public ImmutableList<String> leaders() {
    if (!hasEvidence()) {
      return ImmutableList.of();
    }
    double top = scores().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    return scores().entrySet().stream().filter(e -> top - e.getValue() <= TIE_TOLERANCE).map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }
}
