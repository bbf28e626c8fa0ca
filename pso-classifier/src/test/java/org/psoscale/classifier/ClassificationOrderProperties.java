package org.psoscale.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.psoscale.model.ScalingStrategy;

/**
 * {@link Classification#primary()}, {@link Classification#runnerUp()}, {@link Classification#leaders()} and
 * {@link Classification#isMixed()} (computed without sorting) agree with the sorted {@link Classification#ranking()},
 * ties included.
 */
class ClassificationOrderProperties {
  private static final ScalingStrategy[] STRATEGIES = ScalingStrategy.values();

  /** Scores from a few small integers, so that ties (exact and all-zero) are frequent. */
  @Provide
  Arbitrary<Classification> classifications() {
    return Arbitraries.integers().between(0, 3).list().ofSize(STRATEGIES.length).flatMap(raw ->
        Arbitraries.of(0.0, 0.1, 0.25, 0.5).map(margin -> {
          int sum = raw.stream().mapToInt(Integer::intValue).sum();
          Map<ScalingStrategy, Double> scores = new EnumMap<>(ScalingStrategy.class);
          for (ScalingStrategy s : STRATEGIES) {
            scores.put(s, sum == 0 ? 0.0 : raw.get(s.ordinal()) / (double) sum);
          }
          return Classification.of("test", scores, margin, Evidence.none());
        }));
  }

  @Property(tries = 300)
  void agreeWithTheRanking(@ForAll("classifications") Classification c) {
    ImmutableList<ScalingStrategy> ranking = c.ranking();
    double first = c.score(ranking.get(0));
    double second = c.score(ranking.get(1));
    boolean evidence = c.hasEvidence();
    assertEquals(evidence && first - second > Classification.TIE_TOLERANCE ? Optional.of(ranking.get(0))
        : Optional.empty(), c.primary());
    assertEquals(second > 0 ? Optional.of(ranking.get(1)) : Optional.empty(), c.runnerUp());
    assertEquals(evidence && first - second <= c.mixedMargin() + Classification.TIE_TOLERANCE, c.isMixed());
    List<ScalingStrategy> leaders = ranking.stream()
        .filter(s -> evidence && first - c.score(s) <= Classification.TIE_TOLERANCE).sorted()
        .collect(ImmutableList.toImmutableList());
    assertEquals(leaders, c.leaders());
  }
}
