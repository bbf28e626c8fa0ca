package org.psoscale.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoscale.model.Indicator;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoProfile;

/** Coding depth on a hand-made example, and README's depth block against the bundled data. */
class CodingDepthTest {

  @Test
  void countsByHand() {
    ProfileFeature foci = ProfileFeature.of(Indicator.REAL_WORLD_FOCI);
    ProfileFeature startUp = ProfileFeature.of(OrganisationTrait.START_UP_OR_NEW_ENTRANT);
    CodingDepth d = CodingDepth.ofProfiles(List.of(
        PsoProfile.of(List.of(foci), List.of(startUp)),
        PsoProfile.of(List.of(foci), List.of()),
        PsoProfile.empty()));
    assertEquals(3, d.cases());
    assertEquals(2, d.presentDecisions());
    assertEquals(1, d.absentDecisions());
    assertEquals(1.0, d.meanDecidedPerCase(), 1e-12);
    assertEquals(1, d.casesWithoutDecisions());
    assertEquals(30, d.neverDecided().size());
    assertTrue(Double.isNaN(CodingDepth.ofProfiles(List.of()).meanDecidedPerCase()));
    assertTrue(d.render().contains("not met"), d.render());
  }

  @Test
  void readmeReportsTheCurrentDepth() throws Exception {
    ReadmeBlocks.check("depth", CodingDepth.of(PsoDataset.bundled()).render());
  }
}
