package org.psoscale.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoscale.model.Activity;
import org.psoscale.model.Indicator;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalingStrategy;

class WeightsTest {

  @Test
  void readLeavesTheCallersStreamOpen() {
    for (String json : List.of(Weights.paper().toJson(), "{\"indicators\":")) {
      boolean[] closed = {false};
      ByteArrayInputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)) {
        @Override
        public void close() {
          closed[0] = true;
        }
      };
      try {
        Weights.read(in);
      } catch (IllegalArgumentException expected) {
        // the broken document: rejected, and the stream must stay open all the same
      }
      assertFalse(closed[0], "Weights.read closed the caller's stream");
    }
  }

  @Test
  void jsonRoundTrip() {
    Weights paper = Weights.paper();
    assertEquals(paper, Weights.parse(paper.toJson()));
    Weights custom = Weights.parse("{\"activities\": {\"ORGANISING_EVENTS\": {\"GEOGRAPHIC_IMPLANTATION\": 0.2}}}");
    assertEquals(custom, Weights.read(new ByteArrayInputStream(custom.toJson().getBytes(StandardCharsets.UTF_8))));
    assertEquals(0.2, custom.weight(ProfileFeature.of(Activity.ORGANISING_EVENTS), ScalingStrategy.GEOGRAPHIC_IMPLANTATION));
    assertEquals(0.0, custom.weight(ProfileFeature.of(Indicator.REAL_WORLD_FOCI), ScalingStrategy.GEOGRAPHIC_IMPLANTATION));
  }

  @Test
  void aWeightedClassifierUsesActivitiesWhenWeighted() {
    Weights w = Weights.parse("{\"activities\": {\"ORGANISING_EVENTS\": {\"GEOGRAPHIC_IMPLANTATION\": 0.2}}}");
    Classification k = StrategyClassifiers.weighted(w)
        .classify(PsoProfile.of(List.of(Indicator.IN_HOUSE_CORE_TECHNOLOGY), List.of(), List.of(Activity.ORGANISING_EVENTS)));
    assertEquals(1.0, k.score(ScalingStrategy.GEOGRAPHIC_IMPLANTATION));
    assertEquals("weighted", k.classifier());
    assertFalse(w.isZero());
    assertTrue(Weights.builder().build().isZero());
  }

  @Test
  void unknownNamesAreRejectedListingTheAcceptedOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Weights.parse("{\"indicators\": {\"REAL_WORLD_FOCUS\": {\"GEOGRAPHIC_IMPLANTATION\": 1}}}"));
    assertTrue(e.getMessage().contains("REAL_WORLD_FOCUS"), e.getMessage());
    assertTrue(e.getMessage().contains("REAL_WORLD_FOCI"), e.getMessage());
    IllegalArgumentException s = assertThrows(IllegalArgumentException.class,
        () -> Weights.parse("{\"indicators\": {\"REAL_WORLD_FOCI\": {\"GEO\": 1}}}"));
    assertTrue(s.getMessage().contains("GEOGRAPHIC_IMPLANTATION"), s.getMessage());
    IllegalArgumentException section = assertThrows(IllegalArgumentException.class,
        () -> Weights.parse("{\"indicatorz\": {}}"));
    assertTrue(section.getMessage().contains("indicators"), section.getMessage());
  }

  @Test
  void negativeAndNonFiniteWeightsAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Weights.parse("{\"traits\": {\"RESOURCE_CONSTRAINTS\": {\"DATA_BASED_GROWTH\": -1}}}"));
    assertTrue(e.getMessage().contains("RESOURCE_CONSTRAINTS"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Weights.paper(-1, 0.5));
    assertThrows(IllegalArgumentException.class, () -> Weights.paper(1, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Weights.parse("not json"));
    assertThrows(NullPointerException.class, () -> Weights.parse(null));
  }
}
