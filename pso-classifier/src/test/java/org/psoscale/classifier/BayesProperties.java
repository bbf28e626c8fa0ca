package org.psoscale.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Lists;
import com.google.common.testing.SerializableTester;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.psoscale.model.FeatureDecision;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalingStrategy;
import org.psoscale.model.testing.PsoArbitraries;

/** Properties of the Bernoulli naive Bayes, untrained and trained, over the model kit's profiles and data sets. */
class BayesProperties {
  private static final BayesClassifier UNTRAINED = (BayesClassifier) StrategyClassifiers.bayes();
  private static final ScalingStrategy[] STRATEGIES = ScalingStrategy.values();

  @Provide
  Arbitrary<List<LabelledProfile>> trainingSets() {
    return PsoArbitraries.labelledDataSets(1, 20);
  }

  @Provide
  Arbitrary<ProfileFeature> features() {
    return Arbitraries.of(ProfileFeature.all());
  }

  /** An indicator or trait with one of the strategies whose column lists it. */
  @Provide
  Arbitrary<List<Object>> listedFeatures() {
    List<List<Object>> pairs = new ArrayList<>();
    for (ProfileFeature f : ProfileFeature.all()) {
      for (ScalingStrategy s : STRATEGIES) {
        if (BayesTrainer.priorMean(f, s) == StrategyClassifiers.BAYES_LIKELY) {
          pairs.add(List.of(f, s));
        }
      }
    }
    return Arbitraries.of(pairs);
  }

  private static BayesClassifier trained(List<LabelledProfile> examples) {
    return (BayesClassifier) StrategyClassifiers.bayesTrainer().train(examples);
  }

  /** The profile with {@code f} given {@code decision}, everything else as in {@code p} (SCALERS kept). */
  private static PsoProfile with(PsoProfile p, ProfileFeature f, FeatureDecision decision) {
    PsoProfile.Builder b = PsoProfile.builder();
    b.scalers(p.scalers());
    for (ProfileFeature g : ProfileFeature.all()) {
      b.decide(g, g == f ? decision : p.decision(g));
    }
    return b.build();
  }

  /** The posterior by the book, from the decided features only: prod theta (PRESENT) or 1 - theta (ABSENT). */
  private static double[] reference(BayesClassifier model, PsoProfile p) {
    double[] log = new double[STRATEGIES.length];
    for (ProfileFeature f : ProfileFeature.all()) {
      FeatureDecision d = p.decision(f);
      if (d == FeatureDecision.NOT_OBSERVED) {
        continue;
      }
      for (ScalingStrategy s : STRATEGIES) {
        double t = model.probability(f, s);
        log[s.ordinal()] += Math.log(d == FeatureDecision.PRESENT ? t : 1 - t);
      }
    }
    double max = Math.max(log[0], Math.max(log[1], log[2]));
    double sum = 0;
    double[] out = new double[log.length];
    for (int s = 0; s < log.length; s++) {
      out[s] = Math.exp(log[s] - max);
      sum += out[s];
    }
    for (int s = 0; s < log.length; s++) {
      out[s] /= sum;
    }
    return out;
  }

  private static void assertPosterior(double[] expected, Classification actual) {
    for (ScalingStrategy s : STRATEGIES) {
      assertEquals(expected[s.ordinal()], actual.score(s), 1e-9, () -> s + " in " + actual);
    }
  }

  private static void assertIsPosterior(Classification k) {
    double sum = 0;
    for (ScalingStrategy s : STRATEGIES) {
      assertTrue(k.score(s) >= 0 && k.score(s) <= 1, k::toString);
      sum += k.score(s);
    }
    assertEquals(1.0, sum, 1e-9, k::toString);
    assertTrue(k.hasEvidence());
  }

  @Property
  void untrainedPosteriorsSumToOneAndLieInTheUnitInterval(@ForAll PsoProfile p) {
    assertIsPosterior(UNTRAINED.classify(p));
  }

  @Property
  void trainedPosteriorsSumToOneAndLieInTheUnitInterval(
      @ForAll("trainingSets") List<LabelledProfile> examples, @ForAll PsoProfile p) {
    assertIsPosterior(trained(examples).classify(p));
    for (LabelledProfile e : examples) {
      assertIsPosterior(trained(examples).classify(e.profile()));
    }
  }

  @Property
  void makingAFeatureListedUnderSPresentNeverLowersSsUntrainedPosterior(
      @ForAll PsoProfile p, @ForAll("listedFeatures") List<Object> listed) {
    ProfileFeature f = (ProfileFeature) listed.get(0);
    ScalingStrategy s = (ScalingStrategy) listed.get(1);
    PsoProfile more = with(p, f, FeatureDecision.PRESENT);
    double before = UNTRAINED.classify(p).score(s);
    double after = UNTRAINED.classify(more).score(s);
    assertTrue(after >= before - 1e-12, () -> p + " + " + f + ": " + before + " -> " + after);
  }

  @Property
  void theUntrainedPosteriorIsComputedFromTheDecidedFeaturesOnly(@ForAll PsoProfile p) {
    assertPosterior(reference(UNTRAINED, p), UNTRAINED.classify(p));
  }

  @Property
  void theTrainedPosteriorIsComputedFromTheDecidedFeaturesOnly(
      @ForAll("trainingSets") List<LabelledProfile> examples, @ForAll PsoProfile p) {
    BayesClassifier model = trained(examples);
    assertPosterior(reference(model, p), model.classify(p));
  }

  /**
   * NOT_OBSERVED leaves the posterior unchanged: forgetting a decided feature (making it NOT_OBSERVED) removes
   * exactly its likelihood factor, and nothing else; and only decisions matter (SCALERS ratings do not).
   */
  @Property
  void aNotObservedFeatureContributesNoFactor(
      @ForAll PsoProfile p, @ForAll("features") ProfileFeature f, @ForAll("trainingSets") List<LabelledProfile> examples) {
    for (BayesClassifier model : List.of(UNTRAINED, trained(examples))) {
      PsoProfile forgotten = with(p, f, FeatureDecision.NOT_OBSERVED);
      Classification k = model.classify(p);
      Classification without = model.classify(forgotten);
      FeatureDecision d = p.decision(f);
      double[] expected = new double[STRATEGIES.length];
      double sum = 0;
      for (ScalingStrategy s : STRATEGIES) {
        double t = model.probability(f, s);
        double factor = d == FeatureDecision.PRESENT ? t : d == FeatureDecision.ABSENT ? 1 - t : 1;
        expected[s.ordinal()] = without.score(s) * factor;
        sum += expected[s.ordinal()];
      }
      for (int s = 0; s < expected.length; s++) {
        expected[s] /= sum;
      }
      assertPosterior(expected, k);
      if (d == FeatureDecision.NOT_OBSERVED) {
        assertEquals(k.scores(), without.scores());
      }
      PsoProfile decisionsOnly = PsoProfile.of(p.features(), p.absentFeatures());
      assertEquals(k.scores(), model.classify(decisionsOnly).scores());
    }
  }

  @Property
  void aProfileWithNoDecisionsGetsTheUniformPosteriorAndNoPrimary(
      @ForAll("trainingSets") List<LabelledProfile> examples) {
    for (BayesClassifier model : List.of(UNTRAINED, trained(examples))) {
      Classification k = model.classify(PsoProfile.empty());
      for (ScalingStrategy s : STRATEGIES) {
        assertEquals(1.0 / 3, k.score(s), 1e-15);
      }
      assertTrue(k.primary().isEmpty());
      assertTrue(k.evidence().isEmpty());
    }
  }

  @Property
  void trainingThenClassifyingIsDeterministicAndIgnoresOrder(
      @ForAll("trainingSets") List<LabelledProfile> examples) {
    BayesClassifier first = trained(examples);
    BayesClassifier second = trained(new ArrayList<>(examples));
    BayesClassifier reversed = trained(Lists.reverse(examples));
    assertEquals(first, second);
    assertEquals(first, reversed);
    assertEquals(first.hashCode(), reversed.hashCode());
    for (LabelledProfile e : examples) {
      Classification k = first.classify(e.profile());
      assertEquals(k, second.classify(e.profile()));
      assertEquals(k, reversed.classify(PsoProfile.builder().from(e.profile()).build()));
      assertEquals(k.evidence(), first.classify(e.profile()).evidence());
    }
  }

  @Property
  void anExampleThatDecidesNothingTeachesNothing(
      @ForAll("trainingSets") List<LabelledProfile> examples, @ForAll ScalingStrategy label, @ForAll PsoProfile p) {
    List<LabelledProfile> more = new ArrayList<>(examples);
    more.add(LabelledProfile.of("nothing-decided-" + more.size(), PsoProfile.empty(), label));
    if (more.stream().map(LabelledProfile::id).distinct().count() < more.size()) {
      return;
    }
    assertEquals(trained(examples), trained(more));
    assertEquals(trained(examples).classify(p), trained(more).classify(p));
  }

  @Property
  void serializationPreservesEveryScore(
      @ForAll("trainingSets") List<LabelledProfile> examples, @ForAll PsoProfile p) {
    for (StrategyClassifier model : List.of(UNTRAINED, trained(examples))) {
      StrategyClassifier copy = SerializableTester.reserializeAndAssert(model);
      Classification k = model.classify(p);
      Classification fromCopy = copy.classify(p);
      assertEquals(k.scores(), fromCopy.scores());
      assertEquals(k, fromCopy);
      Classification reread = SerializableTester.reserialize(k);
      assertEquals(k.scores(), reread.scores());
      assertEquals(k.evidence(), reread.evidence());
    }
  }

  /** The evidence is the centred log-likelihood ratios: total(S) - total(S') = ln(P(S | x) / P(S' | x)). */
  @Property
  void evidenceAddsUpToTheLogPosteriorOdds(
      @ForAll("trainingSets") List<LabelledProfile> examples, @ForAll PsoProfile p) {
    for (BayesClassifier model : List.of(UNTRAINED, trained(examples))) {
      Classification k = model.classify(p);
      double meanLog = 0;
      for (ScalingStrategy s : STRATEGIES) {
        meanLog += Math.log(k.score(s)) / STRATEGIES.length;
      }
      for (ScalingStrategy s : STRATEGIES) {
        assertEquals(Math.log(k.score(s)) - meanLog, k.evidence().total(s), 1e-9, () -> s + " in " + k);
      }
      for (Contribution c : k.evidence().contributions()) {
        assertNotEquals(FeatureDecision.NOT_OBSERVED, p.decision(c.feature()), c::toString);
      }
    }
  }
}
