package org.psoscale.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psoscale.model.Indicator;
import org.psoscale.model.ImmutablePsoProfile;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoProfile;

class CodingReliabilityTest {
  private static final PsoDataset DATA = PsoDataset.bundled();

  private static Map<String, PsoProfile> firstCoding() {
    Map<String, PsoProfile> coding = new LinkedHashMap<>();
    DATA.cases().forEach(c -> coding.put(c.id(), c.pso().profile()));
    return coding;
  }

  @Test
  void bundledSecondCodingCoversEveryCase() {
    CodingReliability r = CodingReliability.bundled();
    assertEquals(DATA.size(), r.secondCoding().size());
    assertEquals(r.firstCoding().keySet(), r.secondCoding().keySet());
    assertTrue(r.alpha() <= 1 && r.agreement() <= 1);
    assertEquals(27, r.rulesOnSecondCoding().size());
  }

  @Test
  void identicalCodingsAgreeFully() {
    CodingReliability r = CodingReliability.of(DATA, firstCoding());
    assertEquals(1.0, r.agreement());
    assertEquals(1.0, r.alpha(), 1e-12);
    assertEquals(r.rulesOnFirstCoding().accuracy(), r.rulesOnSecondCoding().accuracy());
  }

  /**
   * One decision changed from present to not observed: agreement drops by 1/1760 and that feature's kappa follows
   * Cohen's formula over the three values.
   */
  @Test
  void oneDisagreementIsCountedAndWeighedByHand() {
    ProfileFeature f = ProfileFeature.of(Indicator.STRONG_LOCAL_NETWORKS);
    Map<String, PsoProfile> second = firstCoding();
    String id = DATA.cases().stream().filter(c -> c.pso().profile().features().contains(f)).findFirst()
        .orElseThrow().id();
    PsoProfile p = second.get(id);
    second.put(id, ImmutablePsoProfile.copyOf(p).withIndicators(
        p.indicators().stream().filter(i -> i != Indicator.STRONG_LOCAL_NETWORKS).toList()));
    CodingReliability r = CodingReliability.of(DATA, second);
    assertEquals(1 - 1.0 / (55 * 32), r.agreement(), 1e-12);
    double n = 55;
    double k = DATA.cases().stream().filter(c -> c.pso().profile().features().contains(f)).count();
    double a = DATA.cases().stream().filter(c -> c.pso().profile().absentFeatures().contains(f)).count();
    double po = (n - 1) / n;
    double pe = (k / n) * ((k - 1) / n) + (a / n) * (a / n) + ((n - k - a) / n) * ((n - k - a + 1) / n);
    assertEquals((po - pe) / (1 - pe), r.kappaByFeature().get(f), 1e-12);
    assertEquals(1.0, r.kappaByFeature().get(ProfileFeature.of(Indicator.IN_HOUSE_CORE_TECHNOLOGY)), 1e-12);
    assertEquals(1.0, r.alphaByFeature().get(ProfileFeature.of(Indicator.IN_HOUSE_CORE_TECHNOLOGY)), 1e-12);
    assertTrue(r.alphaByFeature().get(f) < 1.0);
    assertTrue(r.unreliableFeatures().isEmpty() || !r.unreliableFeatures().contains(
        ProfileFeature.of(Indicator.IN_HOUSE_CORE_TECHNOLOGY)));
  }

  @Test
  void rejectsMissingAndUnknownCases() {
    Map<String, PsoProfile> missing = firstCoding();
    missing.remove(DATA.cases().get(3).id());
    IllegalArgumentException e1 =
        assertThrows(IllegalArgumentException.class, () -> CodingReliability.of(DATA, missing));
    assertTrue(e1.getMessage().contains(DATA.cases().get(3).id()), e1.getMessage());
    Map<String, PsoProfile> extra = firstCoding();
    extra.put("no-such-case", PsoProfile.empty());
    IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class, () -> CodingReliability.of(DATA, extra));
    assertTrue(e2.getMessage().contains("no-such-case"), e2.getMessage());
  }

  @Test
  void readCodingRejectsARepeatedCase() {
    String json = "{\"coder\": \"x\", \"cases\": [{\"id\": \"a\", \"features\": []}, {\"id\": \"a\", \"features\": []}]}";
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> CodingReliability.readCoding(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("cases[1] (id 'a')"), e.getMessage());
  }

  @Test
  void readmeReportsTheCurrentReliability() throws Exception {
    ReadmeBlocks.check("reliability", CodingReliability.bundled().render());
  }
}
