package org.psoscale.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.CharMatcher;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psoscale.model.CountryCode;
import org.psoscale.model.Pso;

/** Every value, coded feature and erratum of the bundled data carries a source. */
class EvidenceTest {
  private final PsoDataset data = PsoDataset.bundled();
  private final Codebook codebook = Codebook.bundled();

  private static void assertLine(String text, String where) {
    assertFalse(CharMatcher.whitespace().matchesAllOf(text), where + ": blank");
    assertFalse(text.contains("\n"), where + ": not one line");
  }

  @Test
  void everyCodedFeatureHasJustificationSourceAndACodebookRule() {
    for (PsoCase c : data.cases()) {
      for (CodedFeature f : c.codedFeatures()) {
        String where = c.id() + " " + f.feature();
        assertLine(f.justification(), where);
        assertTrue(f.source().getScheme().startsWith("http"), where);
        assertTrue(codebook.entry(f.feature()).evidence().contains(f.evidence()),
            where + ": the codebook does not allow evidence kind " + f.evidence());
        String j = f.justification().toLowerCase(Locale.ROOT);
        for (String label : new String[] {"geographic implantation", "technological replication", "data based growth",
            "data-based growth", "strategy table"}) {
          assertFalse(j.contains(label), where + ": a justification must not cite the reference label");
        }
      }
      assertEquals(PsoCase.profileOf(c.codedFeatures()).indicators(), c.pso().profile().indicators(), c.id());
    }
  }

  @Test
  void everyErratumHasAPublicSource() {
    int errata = 0;
    for (PsoCase c : data.cases()) {
      for (Erratum e : c.errata()) {
        assertTrue(e.source().url().isPresent(), c.id() + " " + e.field());
        assertLine(e.field(), c.id());
        errata++;
      }
    }
    assertTrue(errata >= 9, "the issue's errata at least");
    for (String[] expected : new String[][] {
        {"WriteToThem", "2004", "2005"}, {"FragDenStaat", "2013", "2011"}, {"Campact", "2005", "2004"},
        {"WeMove", "2011", "2015"}, {"Peerby", "2011", "2012"}, {"Be My Eyes", "2014", "2015"},
        {"Tousbénévoles", "2011", "2003"}}) {
      PsoCase c = data.find(expected[0]).orElseThrow();
      assertTrue(c.errata().stream().anyMatch(e -> e.field().equals("foundingYear")
          && e.paperValue().equals(expected[1]) && e.otherValue().equals(expected[2])), expected[0]);
      assertEquals(Integer.parseInt(expected[1]), c.pso().foundingYear().getAsInt(), "keeps the paper's value");
    }
    PsoCase wemove = data.find("WeMove.EU").orElseThrow();
    assertTrue(wemove.errata().stream().anyMatch(e -> e.paperValue().equals("EU") && e.otherValue().equals("DE")));
    for (PsoCase c : data.byCountry(CountryCode.of("GB"))) {
      if (c.appendix().isPresent()) {
        assertTrue(c.errata().stream().anyMatch(e -> e.paperValue().equals("UK") && e.otherValue().equals("GB")),
            c.id());
      }
    }
  }

  @Test
  void everyValueSaysWhereItCameFrom() {
    for (PsoCase c : data.cases()) {
      Pso p = c.pso();
      assertEquals(p.foundingYear().isPresent(), c.provenance().foundingYear().isPresent(), c.id());
      assertEquals(p.legalStatus().isPresent(), c.provenance().legalStatus().isPresent(), c.id());
      assertEquals(p.country().isPresent(), c.provenance().country().isPresent(), c.id());
      if (c.appendix().isEmpty()) {
        for (Optional<Source> s : java.util.List.of(
            c.provenance().foundingYear(), c.provenance().legalStatus(), c.provenance().country())) {
          assertTrue(s.map(x -> x.url().isPresent()).orElse(true), c.id() + ": outside the appendix, a public page");
        }
      }
      if (c.appendix().isEmpty() && c.sectorTable().isEmpty()) {
        assertTrue(c.sectorAssignments().stream().allMatch(a -> a.source().url().isPresent()
            && a.source().note().orElse("").contains("not the paper")), c.id());
      }
    }
  }

  @Test
  void missingEvidenceIsSaidNotGuessed() {
    for (String name : new String[] {"Liquid democracy", "Sauvages de la mer", "Freelywheely"}) {
      PsoCase c = data.find(name).orElseThrow();
      assertTrue(c.pso().profile().hasNoEvidence(), name);
      assertFalse(c.notes().isEmpty(), name);
    }
    PsoCase liquid = data.find("Liquid democracy").orElseThrow();
    assertTrue(liquid.pso().foundingYear().isEmpty() && liquid.pso().country().isEmpty());
    for (PsoCase c : data.cases()) {
      if (c.pso().profile().hasNoEvidence()) {
        assertFalse(c.notes().isEmpty(), c.id() + ": an empty profile is explained");
      }
    }
  }
}
