package org.psoscale.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.psoscale.model.Indicator;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoProfile;

/** Coding depth on a hand-made example, and README's depth block against the bundled data. */
class CodingDepthTest {
  private static final Pattern BLOCK =
      Pattern.compile("<!-- depth:start -->\\s*```text\\n(.*?)```\\s*<!-- depth:end -->", Pattern.DOTALL);

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
    Path readme = Path.of(System.getProperty("user.dir")).resolve("../README.md").normalize();
    Matcher m = BLOCK.matcher(Files.readString(readme, StandardCharsets.UTF_8));
    assertTrue(m.find(), "README.md lacks the block between <!-- depth:start/end -->");
    String rendered = CodingDepth.of(PsoDataset.bundled()).render();
    assertEquals(rendered.strip(), m.group(1).strip(),
        "README's coding depth is out of date; replace the block with:\n" + rendered);
  }
}
