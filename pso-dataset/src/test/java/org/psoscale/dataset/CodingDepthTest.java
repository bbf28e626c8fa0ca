package org.psoscale.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /**
   * README explains what holds the mean depth down with the bundled cases grouped by how many distinct pages the
   * searches found about each (the search record's {@code aboutCase} URLs, over all templates): the figures are
   * computed here from the bundled data set and search record, so that the explanation cannot drift from them.
   */
  @Test
  void readmeReportsTheDepthByFootprint() throws Exception {
    PsoDataset data = PsoDataset.bundled();
    SearchRecord record = SearchRecord.bundled();
    String[] groups = {"not searched", "no page about the case", "1 to 4 pages about it", "5 or more pages about it"};
    Map<String, List<PsoCase>> byGroup = new LinkedHashMap<>();
    for (String g : groups) {
      byGroup.put(g, new ArrayList<>());
    }
    for (PsoCase c : data.cases()) {
      CaseSearchRecord r = record.forCase(c.id()).orElse(null);
      String group;
      if (r == null || r.searches().isEmpty()) {
        group = groups[0];
      } else {
        long pages = r.searches().stream().flatMap(s -> s.aboutCase().stream()).distinct().count();
        group = pages == 0 ? groups[1] : pages <= 4 ? groups[2] : groups[3];
      }
      byGroup.get(group).add(c);
    }
    StringBuilder out = new StringBuilder("Decided features per case, by pages the searches found about the case\n");
    int total = 0;
    for (var e : byGroup.entrySet()) {
      List<PsoCase> cases = e.getValue();
      total += cases.size();
      CodingDepth d = CodingDepth.ofProfiles(cases.stream().map(c -> c.pso().profile()).toList());
      out.append(String.format(Locale.ROOT, "  %-26s %2d %-5s  mean %5.2f%n", e.getKey(), cases.size(),
          cases.size() == 1 ? "case" : "cases", cases.isEmpty() ? 0.0 : d.meanDecidedPerCase()));
    }
    assertEquals(data.cases().size(), total);
    ReadmeBlocks.check("depth-footprint", out.toString());
  }
}
