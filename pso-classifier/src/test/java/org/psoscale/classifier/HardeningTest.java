package org.psoscale.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.primitives.ImmutableDoubleArray;
import java.io.ByteArrayInputStream;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psoscale.classifier.advice.Advice;
import org.psoscale.classifier.evaluation.Evaluation;
import org.psoscale.model.Indicator;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.PsoSerialization;
import org.psoscale.model.ScalingStrategy;
import org.psoscale.model.Crafted;

/** Issue 11: Java serialization of the classifiers and their results (finding 8); {@code Weights.read} (1, 6). */
class HardeningTest {
  private static final PsoProfile PROFILE = PsoProfile.builder()
      .addIndicator(Indicator.REAL_WORLD_FOCI)
      .addTrait(OrganisationTrait.START_UP_OR_NEW_ENTRANT)
      .build();

  private static void assertMessage(Exception e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), () -> "expected '" + part + "' in: " + e.getMessage());
    }
  }

  private static StrategyClassifier ensemble() {
    return StrategyClassifiers.ensembleBuilder()
        .add(StrategyClassifiers.rules(), 2)
        .add(StrategyClassifiers.bayes(), 1)
        .build();
  }

  // Finding 8.

  @Test
  void theEnsembleRejectsNegativeWeightsAtConstruction() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StrategyClassifiers
        .ensembleBuilder().add(StrategyClassifiers.rules(), -1).build());
    assertMessage(e, "weight", "-1");
  }

  @Test
  void anEnsembleWithANegativeWeightCannotBeDeserialized() {
    StrategyClassifier crafted = Crafted.withField(ensemble(), "weights", ImmutableDoubleArray.of(2, -1));
    InvalidObjectException e = assertThrows(InvalidObjectException.class,
        () -> Crafted.deserialize(Crafted.serialize(crafted)));
    assertMessage(e, "EnsembleClassifier", "weights[1]", "-1.0");
  }

  @Test
  void aClassifierWithInvalidWeightsCannotBeDeserialized() {
    // A fresh classifier and fresh weights: never mutate the shared rules() instance.
    StrategyClassifier crafted = Crafted.withField(StrategyClassifiers.weighted(Weights.paper()), "weights",
        Crafted.withField(
        Weights.paper(), "indicators", com.google.common.collect.ImmutableMap.of(Indicator.REAL_WORLD_FOCI,
            com.google.common.collect.ImmutableMap.of(ScalingStrategy.DATA_BASED_GROWTH, -3.0))));
    InvalidObjectException e = assertThrows(InvalidObjectException.class,
        () -> Crafted.deserialize(Crafted.serialize(crafted)));
    assertMessage(e, "Weights", "REAL_WORLD_FOCI", "-3.0");
  }

  @Test
  void aBayesModelWithAProbabilityOutsideTheOpenIntervalCannotBeDeserialized() {
    StrategyClassifier bayes = StrategyClassifiers.bayesTrainer()
        .train(List.of(LabelledProfile.of("a", PROFILE, ScalingStrategy.GEOGRAPHIC_IMPLANTATION)));
    double[] theta = new double[96];
    java.util.Arrays.fill(theta, 0.5);
    theta[5] = 1.0;
    StrategyClassifier crafted = Crafted.withField(bayes, "theta", ImmutableDoubleArray.copyOf(theta));
    InvalidObjectException e = assertThrows(InvalidObjectException.class,
        () -> Crafted.deserialize(Crafted.serialize(crafted)));
    assertMessage(e, "BayesClassifier", "theta");
  }

  @Test
  void aClassificationWhoseScoresDoNotSumToOneCannotBeDeserialized() {
    Classification c = StrategyClassifiers.rules().classify(PROFILE);
    Classification crafted = Crafted.withField(c, "scores", new double[] {0.9, 0.9, 0.9});
    InvalidObjectException e = assertThrows(InvalidObjectException.class,
        () -> Crafted.deserialize(Crafted.serialize(crafted)));
    assertMessage(e, "Classification");
  }

  static Stream<Serializable> values() {
    StrategyClassifier rules = StrategyClassifiers.rules();
    List<LabelledProfile> examples = List.of(
        LabelledProfile.of("a", PROFILE, ScalingStrategy.GEOGRAPHIC_IMPLANTATION),
        LabelledProfile.of("b", PsoProfile.builder().addIndicator(Indicator.IN_HOUSE_CORE_TECHNOLOGY).build(),
            ScalingStrategy.TECHNOLOGICAL_REPLICATION));
    return Stream.of(rules, StrategyClassifiers.bayes(), ensemble(),
        StrategyClassifiers.centroid().train(examples), StrategyClassifiers.bayesTrainer().train(examples),
        StrategyClassifiers.centroid(), StrategyClassifiers.bayesTrainer(), Weights.paper(),
        ClassifierOptions.ofMixedMargin(0.2), rules.classify(PROFILE), rules.classify(PROFILE).evidence(),
        StrategyClassifiers.bayes().classify(PROFILE), Evaluation.of(rules, examples),
        Evaluation.of(rules, examples).confusionMatrix(), Advice.of(rules.classify(PROFILE)),
        Evaluation.leaveOneOut(StrategyClassifiers.centroid(), examples));
  }

  @ParameterizedTest
  @MethodSource("values")
  void valuesRoundTripThroughTheFilter(Serializable value) throws Exception {
    Object back = PsoSerialization.deserialize(new ByteArrayInputStream(Crafted.serialize(value)),
        Serializable.class);
    assertEquals(value, back);
    if (value instanceof StrategyClassifier) {
      assertEquals(((StrategyClassifier) value).classify(PROFILE), ((StrategyClassifier) back).classify(PROFILE));
    }
  }

  static Stream<Class<?>> valueClasses() {
    return Stream.of(EnsembleClassifier.class, WeightedClassifier.class, BayesClassifier.class,
        CentroidTrainer.class, BayesTrainer.class, Classification.class, Evidence.class,
        ImmutableContribution.class, ImmutableWeights.class, ImmutableClassifierOptions.class,
        org.psoscale.classifier.evaluation.ImmutableEvaluation.class,
        org.psoscale.classifier.evaluation.ImmutableCasePrediction.class,
        org.psoscale.classifier.evaluation.ImmutableStrategyMetrics.class,
        org.psoscale.classifier.evaluation.ImmutableReliabilityBin.class,
        org.psoscale.classifier.evaluation.ConfusionMatrix.class,
        org.psoscale.classifier.advice.ImmutableAdvice.class);
  }

  @ParameterizedTest
  @MethodSource("valueClasses")
  void rawStreamsOfValueClassesAreRejected(Class<?> type) {
    byte[] raw = Crafted.rawObject(type);
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> Crafted.deserialize(raw));
    assertMessage(e, "serialized form");
    // Through the filter too: the class is ours, so the filter admits it, and the class itself refuses.
    assertMessage(assertThrows(InvalidObjectException.class,
        () -> PsoSerialization.deserialize(new ByteArrayInputStream(raw), Object.class)), "serialized form");
  }

  // Findings 1 and 6 for Weights.read.

  private static Weights read(byte[] bytes) {
    return Weights.read(new ByteArrayInputStream(bytes));
  }

  private static Weights read(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void leadingNulBytesGiveTheDocumentedExceptionWithAClearMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> read(new byte[] {0, 0, 0, '{', '\n'}));
    assertMessage(e, "weights:", "code 0");
    assertFalse(e.getMessage().contains("reading failed"), e.getMessage());
  }

  @Test
  void bytesThatAreNotUtf8AreRejectedAsSuch() {
    byte[] latin1 = "{\"indicators\": {\"caf\u00e9\": {}}}".getBytes(StandardCharsets.ISO_8859_1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(latin1));
    assertMessage(e, "weights: the input is not UTF-8 text");
    byte[] utf16 = "{}".getBytes(StandardCharsets.UTF_16);
    assertThrows(IllegalArgumentException.class, () -> read(utf16));
  }

  @Test
  void aDuplicateKeyIsRejected() {
    IllegalArgumentException section = assertThrows(IllegalArgumentException.class,
        () -> read("{\"indicators\": {}, \"indicators\": {}}"));
    assertMessage(section, "weights:", "Duplicate field 'indicators'");
    IllegalArgumentException weight = assertThrows(IllegalArgumentException.class, () -> read(
        "{\"indicators\": {\"REAL_WORLD_FOCI\": {\"DATA_BASED_GROWTH\": 1, \"DATA_BASED_GROWTH\": 2}}}"));
    assertMessage(weight, "Duplicate field 'DATA_BASED_GROWTH'");
  }

  @Test
  void aNullWeightIsRejectedWithAMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> read("{\"indicators\": {\"REAL_WORLD_FOCI\": {\"DATA_BASED_GROWTH\": null}}}"));
    assertMessage(e, "weights: indicators.REAL_WORLD_FOCI.DATA_BASED_GROWTH: null is not allowed");
    assertThrows(IllegalArgumentException.class, () -> read("{\"traits\": null}"));
    assertThrows(IllegalArgumentException.class, () -> Weights.parse("null"));
    assertThrows(IllegalArgumentException.class, () -> read(""));
  }

  @Test
  void validWeightsStillReadBack() {
    Weights paper = Weights.paper();
    assertEquals(paper, read(paper.toJson()));
    assertEquals(paper, Weights.parse(paper.toJson()));
  }
}
