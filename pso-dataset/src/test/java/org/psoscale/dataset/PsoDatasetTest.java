package org.psoscale.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.psoscale.model.CountryCode;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.ScalingStrategy;
import org.psoscale.model.Sector;

/** The query API of the data set. */
class PsoDatasetTest {
  private final PsoDataset data = PsoDataset.bundled();

  @Test
  void bundledIsLoadedOnce() {
    assertSame(data, PsoDataset.bundled());
    java.util.List<PsoCase> cases = data.cases();
    assertThrows(UnsupportedOperationException.class, () -> cases.add(cases.get(0)));
  }

  @Test
  void findIgnoresCaseSpacesPunctuationAndAccents() {
    String[][] pairs = {
        {"FRAGDENSTAA T", "fragdenstaat"}, {"Frag-den-Staat", "fragdenstaat"}, {"GRAINESDETR OC", "graines-de-troc"},
        {"graines de troc", "graines-de-troc"}, {"MIGRANOD EARENA", "migranodearena"},
        {"FREELYWHEEL Y", "freelywheely"}, {"No!Lo Tiro", "no-lo-tiro"}, {"OLIO FOOD SHARE", "olio"},
        {"Open Food Facts – France", "open-food-facts"}, {"Open Food Facts - France", "open-food-facts"},
        {"open street map", "openstreetmap"}, {"Tousbénévoles", "tousbenevoles"}, {"TOUSBENEVOLES", "tousbenevoles"},
        {"DECIDEMADRID", "decide-madrid"}, {"ForYourNeighbourhood.nl", "voor-je-buurt"},
        {"calm by singa", "calm-by-singa"}, {"Write to them", "writetothem"}, {"DEREV.IT", "derev"},
        {"Health Unlocked", "healthunlocked"}, {"BEMYEYES", "be-my-eyes"}};
    for (String[] p : pairs) {
      assertEquals(Optional.of(p[1]), data.find(p[0]).map(PsoCase::id), p[0]);
    }
    assertEquals(Optional.empty(), data.find("Wikipedia"));
    assertEquals(Optional.empty(), data.find(" - "));
    assertEquals("fragdenstaat", data.byId("fragdenstaat").orElseThrow().id());
  }

  @Test
  void queries() {
    Set<String> sharing = data.bySector(Sector.SHARING).stream().map(PsoCase::id).collect(Collectors.toSet());
    assertTrue(sharing.containsAll(Set.of("olio", "freecycle", "peerby", "no-lo-tiro", "graines-de-troc")));
    assertTrue(data.bySector(Sector.FOOD_WASTE).stream().anyMatch(c -> c.id().equals("olio")));
    assertEquals(6, data.byStrategy(ScalingStrategy.GEOGRAPHIC_IMPLANTATION).size());
    assertEquals(8, data.byStrategy(ScalingStrategy.TECHNOLOGICAL_REPLICATION).size());
    assertEquals(13, data.byStrategy(ScalingStrategy.DATA_BASED_GROWTH).size());
    assertEquals(Set.of("wemove-eu"),
        data.byCountry(CountryCode.of("EU")).stream().map(PsoCase::id).collect(Collectors.toSet()));
    assertTrue(data.byCountry(CountryCode.of("GB")).size() >= 15);
    for (LabelledProfile l : data.labelled()) {
      PsoCase c = data.byId(l.id()).orElseThrow();
      assertEquals(c.referenceStrategy(), Optional.of(l.label()));
      assertEquals(c.pso().profile(), l.profile());
    }
  }

  @Test
  void duplicateCasesAreRejectedByOf() {
    PsoCase c = data.cases().get(0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PsoDataset.of(java.util.List.of(c, c)));
    assertTrue(e.getMessage().contains("cases[1]"), e.getMessage());
  }
}
