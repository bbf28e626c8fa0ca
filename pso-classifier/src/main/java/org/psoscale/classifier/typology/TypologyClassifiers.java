package org.psoscale.classifier.typology;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psoscale.classifier.Classification;
import org.psoscale.classifier.Contribution;
import org.psoscale.classifier.StrategyClassifier;
import org.psoscale.model.MappingEntry;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalingStrategy;
import org.psoscale.model.Typology;
import org.psoscale.model.TypologyMapping;

/**
 * The typology classifiers: from a {@link TypologyMapping}, and from a paper's-strategy {@link StrategyClassifier}.
 *
 * <h2>From a mapping</h2>
 *
 * {@link #fromMapping(Typology, TypologyMapping)} scores a profile additively: every entry whose feature the
 * profile decides as the entry's {@link MappingEntry#when()} (PRESENT, or ABSENT where the entry says so) adds its
 * weight to its category; NOT_OBSERVED features add nothing. The scores are the sums divided by their total, so
 * they sum to 1; a profile that meets no entry (the empty profile among others) gets all-zero scores and no
 * primary. The evidence lists each counted entry with its share of the total. {@link #bundled(Typology)} uses the
 * bundled mapping ({@link TypologyMapping#bundled(String)}); for the paper's typology that is the strategy table,
 * which gives the scores of {@code StrategyClassifiers.rules()}.
 *
 * <h2>From a strategy classifier</h2>
 *
 * {@link #of(StrategyClassifier)} views any classifier of the paper's strategies as a classifier over {@link
 * Typology#paper()}, with the same scores and evidence (category ids are the strategies' constant names).
 */
public final class TypologyClassifiers {
  private TypologyClassifiers() {}

  /**
   * A classifier that scores profiles with a mapping (see the class documentation).
   *
   * @param typology the typology; not null
   * @param mapping a mapping for it; not null
   * @return the classifier, named {@code "mapping:" + typology.id()}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the mapping is for another typology or names an unknown category
   */
  public static TypologyClassifier fromMapping(Typology typology, TypologyMapping mapping) {
    return new MappingClassifier(typology, mapping.checkAgainst(requireNonNull(typology, "typology")));
  }

  /**
   * The classifier of a built-in typology's bundled mapping.
   *
   * @param typology a built-in typology ({@link Typology#builtIns()}); not null
   * @return the classifier
   * @throws NullPointerException if {@code typology} is null
   * @throws IllegalArgumentException if the typology is not built in
   */
  public static TypologyClassifier bundled(Typology typology) {
    requireNonNull(typology, "typology");
    if (!Typology.builtIns().contains(typology)) {
      throw new IllegalArgumentException("typology: " + typology.id() + " is not built in and has no bundled"
          + " mapping; use fromMapping with your own");
    }
    return fromMapping(typology, TypologyMapping.bundled(typology.id()));
  }

  /**
   * A paper's-strategy classifier seen as a classifier over {@link Typology#paper()}.
   *
   * @param classifier the classifier; not null
   * @return the view, with the classifier's name
   * @throws NullPointerException if {@code classifier} is null
   */
  public static TypologyClassifier of(StrategyClassifier classifier) {
    return new StrategyView(requireNonNull(classifier, "classifier"));
  }

  private static final class MappingClassifier implements TypologyClassifier {
    private static final long serialVersionUID = 1L;

    private final Typology typology;
    private final TypologyMapping mapping;

    MappingClassifier(Typology typology, TypologyMapping mapping) {
      this.typology = typology;
      this.mapping = mapping;
    }

    @Override
    public Typology typology() {
      return typology;
    }

    @Override
    public String name() {
      return "mapping:" + typology.id();
    }

    @Override
    public TypologyClassification classify(PsoProfile profile) {
      requireNonNull(profile, "profile");
      ImmutableList<String> ids = typology.categoryIds();
      double[] raw = new double[ids.size()];
      double total = 0;
      List<MappingEntry> counted = new ArrayList<>();
      for (MappingEntry e : mapping.entries()) {
        if (profile.decision(e.feature()) == e.when()) {
          raw[typology.indexOf(e.category())] += e.weight();
          total += e.weight();
          counted.add(e);
        }
      }
      Map<String, Double> scores = new LinkedHashMap<>();
      for (int i = 0; i < raw.length; i++) {
        scores.put(ids.get(i), total > 0 ? raw[i] / total : 0.0);
      }
      if (total > 0) {
        // Make the sum exactly 1 within tolerance despite rounding: the largest score absorbs the residue.
        double sum = scores.values().stream().mapToDouble(Double::doubleValue).sum();
        if (sum != 1.0) {
          String top = ids.get(0);
          for (String id : ids) {
            if (scores.get(id) > scores.get(top)) {
              top = id;
            }
          }
          scores.put(top, Math.min(1.0, Math.max(0.0, scores.get(top) + (1.0 - sum))));
        }
      }
      ImmutableList.Builder<TypologyContribution> evidence = ImmutableList.builder();
      for (MappingEntry e : counted) {
        evidence.add(TypologyContribution.of(e.feature(), e.when(), e.category(), e.weight() / total));
      }
      return TypologyClassification.of(name(), typology.id(), scores, evidence.build());
    }

    @Override
    public String toString() {
      return "TypologyClassifier{" + name() + ", " + mapping.entries().size() + " entries}";
    }
  }

  private static final class StrategyView implements TypologyClassifier {
    private static final long serialVersionUID = 1L;

    private final StrategyClassifier classifier;

    StrategyView(StrategyClassifier classifier) {
      this.classifier = classifier;
    }

    @Override
    public Typology typology() {
      return Typology.paper();
    }

    @Override
    public String name() {
      return classifier.name();
    }

    @Override
    public TypologyClassification classify(PsoProfile profile) {
      Classification c = classifier.classify(requireNonNull(profile, "profile"));
      ImmutableMap.Builder<String, Double> scores = ImmutableMap.builder();
      for (ScalingStrategy s : ScalingStrategy.values()) {
        scores.put(s.name(), c.score(s));
      }
      ImmutableList.Builder<TypologyContribution> evidence = ImmutableList.builder();
      for (Contribution x : c.evidence().contributions()) {
        evidence.add(TypologyContribution.of(
            x.feature(), profile.decision(x.feature()), x.strategy().name(), x.amount()));
      }
      return TypologyClassification.of(name(), Typology.paper().id(), scores.build(), evidence.build());
    }

    @Override
    public String toString() {
      return "TypologyClassifier{" + name() + " over the paper's strategies}";
    }
  }
}
