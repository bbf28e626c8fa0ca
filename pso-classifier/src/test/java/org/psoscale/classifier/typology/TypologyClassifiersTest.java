package org.psoscale.classifier.typology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.SerializableTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psoscale.model.Activity;
import org.psoscale.model.FeatureDecision;
import org.psoscale.model.Indicator;
import org.psoscale.model.MappingEntry;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoJson;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.Typology;
import org.psoscale.model.TypologyMapping;

class TypologyClassifiersTest {
  private static final ProfileFeature LOBBYING = ProfileFeature.of(Activity.LOCAL_PARTNERSHIPS_AND_LOBBYING);
  private static final ProfileFeature USERS = ProfileFeature.of(Indicator.FOCUS_ON_DIFFUSION_AMONG_FINAL_USERS);
  private static final ProfileFeature IN_HOUSE = ProfileFeature.of(Indicator.IN_HOUSE_CORE_TECHNOLOGY);

  @Test
  void mooreScoresAreTheMappedWeightsShare() {
    TypologyClassifier moore = TypologyClassifiers.bundled(Typology.mooreRiddellVocisano2015());
    TypologyClassification tc = moore.classify(PsoProfile.of(ImmutableList.of(LOBBYING, USERS), ImmutableList.of()));
    assertEquals(0.5, tc.score("SCALING_OUT"), 1e-12);
    assertEquals(0.5, tc.score("SCALING_UP"), 1e-12);
    assertEquals(Optional.empty(), tc.primary());
    assertEquals(ImmutableList.of("SCALING_OUT", "SCALING_UP"), tc.leaders());
    assertEquals("mapping:moore-2015", tc.classifier());
  }

  @Test
  void absentEntriesCountOnlyForAbsentDecisions() {
    Typology dees = Typology.deesAndersonWeiSkillern2004();
    TypologyMapping m = TypologyMapping.of("dees-2004", "mine", ImmutableList.of(
        MappingEntry.of(IN_HOUSE, FeatureDecision.ABSENT, "AFFILIATION", 1, "licensed from a supplier")));
    TypologyClassifier c = TypologyClassifiers.fromMapping(dees, m);
    assertEquals(Optional.of("AFFILIATION"),
        c.classify(PsoProfile.of(ImmutableList.of(), ImmutableList.of(IN_HOUSE))).primary());
    assertEquals(Optional.empty(), c.classify(PsoProfile.of(ImmutableList.of(IN_HOUSE), ImmutableList.of())).primary());
    assertEquals(Optional.empty(), c.classify(PsoProfile.empty()).primary());
  }

  @Test
  void mismatchedMappingsAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TypologyClassifiers.fromMapping(
        Typology.deesAndersonWeiSkillern2004(), TypologyMapping.bundled("moore-2015")));
    assertTrue(e.getMessage().startsWith("typology"), e.getMessage());
    Typology mine = Typology.of("mine", "Mine", "me", "", Typology.mooreRiddellVocisano2015().categories());
    assertThrows(IllegalArgumentException.class, () -> TypologyClassifiers.bundled(mine));
  }

  @Test
  void classifiersAndClassificationsSerialize() throws Exception {
    TypologyClassifier c = TypologyClassifiers.bundled(Typology.deesAndersonWeiSkillern2004());
    PsoProfile p = PsoProfile.of(ImmutableList.of(ProfileFeature.of(Indicator.TECHNICAL_SERVICES_TO_OTHER_PLATFORMS),
        ProfileFeature.of(Indicator.REAL_WORLD_FOCI)), ImmutableList.of());
    TypologyClassification tc = c.classify(p);
    assertEquals(Optional.of("AFFILIATION"), tc.primary());
    assertEquals(tc, SerializableTester.reserialize(c).classify(p));
    SerializableTester.reserializeAndAssert(tc);
    String json = PsoJson.mapper().writeValueAsString(tc);
    assertEquals(tc, PsoJson.mapper().readValue(json, TypologyClassification.class));
  }

  @Test
  void classificationsValidateTheirScores() {
    assertThrows(IllegalArgumentException.class, () -> TypologyClassification.of("x", "t",
        java.util.Map.of("A", 0.5, "B", 0.2), ImmutableList.of()));
    assertThrows(IllegalArgumentException.class, () -> TypologyClassification.of("x", "t",
        java.util.Map.of("A", 1.5, "B", -0.5), ImmutableList.of()));
    assertThrows(IllegalArgumentException.class, () -> TypologyClassification.of("x", "t",
        java.util.Map.of("A", 1.0, "B", 0.0),
        ImmutableList.of(TypologyContribution.of(USERS, FeatureDecision.PRESENT, "C", 1.0))));
  }
}
