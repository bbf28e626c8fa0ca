package org.psoscale.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psoscale.model.Indicator;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoJson;
import org.psoscale.model.ScalingStrategy;

class ClassificationTest {
  private static final ObjectMapper JSON = PsoJson.mapper();

  private static Map<ScalingStrategy, Double> scores(double g, double t, double d) {
    Map<ScalingStrategy, Double> m = new EnumMap<>(ScalingStrategy.class);
    m.put(ScalingStrategy.GEOGRAPHIC_IMPLANTATION, g);
    m.put(ScalingStrategy.TECHNOLOGICAL_REPLICATION, t);
    m.put(ScalingStrategy.DATA_BASED_GROWTH, d);
    return m;
  }

  @Test
  void ofValidatesScores() {
    assertThrows(IllegalArgumentException.class, () -> Classification.of("x", scores(0.5, 0.5, 0.5), 0.1, Evidence.none()));
    assertThrows(IllegalArgumentException.class, () -> Classification.of("x", scores(1.5, -0.5, 0), 0.1, Evidence.none()));
    assertThrows(IllegalArgumentException.class, () -> Classification.of("x", scores(Double.NaN, 1, 0), 0.1, Evidence.none()));
    Map<ScalingStrategy, Double> missing = scores(1, 0, 0);
    missing.remove(ScalingStrategy.DATA_BASED_GROWTH);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Classification.of("x", missing, 0.1, Evidence.none()));
    assertTrue(e.getMessage().contains("DATA_BASED_GROWTH"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Classification.of(" ", scores(1, 0, 0), 0.1, Evidence.none()));
    assertThrows(IllegalArgumentException.class, () -> Classification.of("x", scores(1, 0, 0), 1.0, Evidence.none()));
    assertThrows(NullPointerException.class, () -> Classification.of("x", scores(1, 0, 0), 0.1, null));
    assertFalse(Classification.of("x", scores(0, 0, 0), 0.1, Evidence.none()).hasEvidence());
  }

  @Test
  void primaryRankingAndMixed() {
    Classification k = Classification.of("x", scores(0.3, 0.25, 0.45), 0.1, Evidence.none());
    assertEquals(Optional.of(ScalingStrategy.DATA_BASED_GROWTH), k.primary());
    assertEquals(List.of(ScalingStrategy.DATA_BASED_GROWTH, ScalingStrategy.GEOGRAPHIC_IMPLANTATION,
        ScalingStrategy.TECHNOLOGICAL_REPLICATION), k.ranking());
    assertFalse(k.isMixed()); // 0.15 apart
    assertTrue(k.withMixedMargin(0.15).isMixed());
    Classification tie = Classification.of("x", scores(0.4, 0.2, 0.4), 0.0, Evidence.none());
    assertEquals(Optional.empty(), tie.primary());
    assertTrue(tie.isMixed());
    assertEquals(List.of(ScalingStrategy.GEOGRAPHIC_IMPLANTATION, ScalingStrategy.DATA_BASED_GROWTH), tie.leaders());
  }

  @Test
  void jsonRoundTrip() throws Exception {
    for (var p : Profiles.generate(5, 30)) {
      Classification k = StrategyClassifiers.rules().classify(p);
      String json = JSON.writeValueAsString(k);
      Classification back = JSON.readValue(json, Classification.class);
      assertEquals(k, back, json);
    }
    Classification k = StrategyClassifiers.rules().classify(
        org.psoscale.model.PsoProfile.of(List.of(Indicator.REAL_WORLD_FOCI), List.of(), List.of()));
    String json = JSON.writeValueAsString(k);
    assertTrue(json.contains("\"primary\" : \"GEOGRAPHIC_IMPLANTATION\""), json);
    assertTrue(json.contains("\"feature\" : \"indicator:REAL_WORLD_FOCI\""), json);
  }

  @Test
  void evidenceRejectsDuplicatesAndIsOrdered() {
    ProfileFeature f = ProfileFeature.of(Indicator.REAL_WORLD_FOCI);
    ProfileFeature g = ProfileFeature.of(Indicator.IN_HOUSE_CORE_TECHNOLOGY);
    Contribution a = Contribution.of(g, ScalingStrategy.TECHNOLOGICAL_REPLICATION, 0.5);
    Contribution b = Contribution.of(f, ScalingStrategy.GEOGRAPHIC_IMPLANTATION, 0.5);
    assertEquals(List.of(b, a), Evidence.of(List.of(a, b)).contributions());
    assertEquals(Evidence.of(List.of(a, b)), Evidence.of(List.of(b, a)));
    assertThrows(IllegalArgumentException.class, () -> Evidence.of(List.of(a, a)));
    assertThrows(IllegalArgumentException.class, () -> Contribution.of(f, ScalingStrategy.DATA_BASED_GROWTH, 0));
    assertEquals(List.of(b), Evidence.of(List.of(a, b)).forFeature(f));
    assertEquals(List.of(a), Evidence.of(List.of(a, b)).forStrategy(ScalingStrategy.TECHNOLOGICAL_REPLICATION));
  }
}
