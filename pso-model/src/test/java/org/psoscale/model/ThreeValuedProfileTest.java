package org.psoscale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Profiles as three-valued decisions: present, absent, not observed. */
class ThreeValuedProfileTest {
  private static final ProfileFeature FOCI = ProfileFeature.of(Indicator.REAL_WORLD_FOCI);
  private static final ProfileFeature START_UP = ProfileFeature.of(OrganisationTrait.START_UP_OR_NEW_ENTRANT);
  private static final ProfileFeature EVENTS = ProfileFeature.of(Activity.ORGANISING_EVENTS);

  @Test
  void decisionsAreReadBack() {
    PsoProfile p = PsoProfile.of(List.of(FOCI, EVENTS), List.of(START_UP));
    assertEquals(FeatureDecision.PRESENT, p.decision(FOCI));
    assertEquals(FeatureDecision.PRESENT, p.decision(EVENTS));
    assertEquals(FeatureDecision.ABSENT, p.decision(START_UP));
    assertEquals(FeatureDecision.NOT_OBSERVED, p.decision(ProfileFeature.of(Indicator.STRONG_LOCAL_NETWORKS)));
    assertTrue(p.indicators().contains(Indicator.REAL_WORLD_FOCI));
    assertTrue(p.activities().contains(Activity.ORGANISING_EVENTS));
    assertFalse(p.hasNoDecisions());
  }

  @Test
  void aFeatureCannotBeBothPresentAndAbsent() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PsoProfile.builder().addFeature(FOCI).addAbsentFeature(FOCI).build());
    assertTrue(e.getMessage().contains("profile.absentFeatures"), e.getMessage());
    assertTrue(e.getMessage().contains("indicator:REAL_WORLD_FOCI"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PsoProfile.of(List.of(EVENTS), List.of(EVENTS)));
  }

  @Test
  void onlyAbsencesIsEvidenceForNoRuleButIsADecision() {
    PsoProfile p = PsoProfile.builder().addAbsentFeature(START_UP).build();
    assertTrue(p.hasNoEvidence());
    assertFalse(p.hasNoDecisions());
    assertTrue(PsoProfile.empty().hasNoDecisions());
  }

  @Test
  void decideAddsByDecision() {
    PsoProfile p = PsoProfile.builder()
        .decide(FOCI, FeatureDecision.PRESENT)
        .decide(START_UP, FeatureDecision.ABSENT)
        .decide(EVENTS, FeatureDecision.NOT_OBSERVED)
        .build();
    assertEquals(PsoProfile.of(List.of(FOCI), List.of(START_UP)), p);
  }

  @Test
  void jsonCarriesAbsencesInIndexOrder() throws Exception {
    ObjectMapper m = PsoJson.mapper();
    PsoProfile p = PsoProfile.of(List.of(FOCI), List.of(EVENTS, START_UP));
    String json = m.writeValueAsString(p);
    assertEquals("[\"trait:START_UP_OR_NEW_ENTRANT\",\"activity:ORGANISING_EVENTS\"]",
        m.readTree(json).get("absentFeatures").toString(), json);
    assertEquals(p, m.readValue(json, PsoProfile.class));
    assertEquals(PsoProfile.empty(), m.readValue("{}", PsoProfile.class));
  }

  @Test
  void parsesDecisions() {
    assertEquals(FeatureDecision.PRESENT, FeatureDecision.parse("yes"));
    assertEquals(FeatureDecision.ABSENT, FeatureDecision.parse(" No "));
    assertEquals(FeatureDecision.NOT_OBSERVED, FeatureDecision.parse(""));
    assertEquals(FeatureDecision.NOT_OBSERVED, FeatureDecision.parse("not observed"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeatureDecision.parse("maybe"));
    assertTrue(e.getMessage().startsWith("decision: unknown value 'maybe'"), e.getMessage());
  }

  @Property
  void presentAndAbsentAreDisjointAndPartitionDecisions(@ForAll PsoProfile p) {
    int present = 0;
    int absent = 0;
    for (ProfileFeature f : ProfileFeature.all()) {
      switch (p.decision(f)) {
        case PRESENT:
          present++;
          assertFalse(p.absentFeatures().contains(f));
          break;
        case ABSENT:
          absent++;
          assertFalse(p.features().contains(f));
          break;
        default:
          break;
      }
    }
    assertEquals(p.features().size(), present);
    assertEquals(p.absentFeatures().size(), absent);
    assertEquals(p, PsoProfile.builder().from(p).build());
    PsoProfile rebuilt = PsoProfile.builder().addAllFeatures(p.features())
        .addAllAbsentFeatures(p.absentFeatures()).scalers(p.scalers()).build();
    assertEquals(p, rebuilt);
  }
}
