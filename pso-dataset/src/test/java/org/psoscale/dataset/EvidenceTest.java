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
import org.psoscale.model.PsoProfile;

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
      assertEquals(PsoCase.profileOf(c.codedFeatures()), PsoProfile.builder().from(c.pso().profile())
          .scalers(java.util.Optional.empty()).build(), c.id());
    }
  }

  /** Every present or absent decision cites lines of its case's search record, and its URL is one of theirs. */
  @Test
  void everyDecisionCitesEvidenceLinesOfTheSearchRecord() {
    SearchRecord record = SearchRecord.bundled();
    int decisions = 0;
    for (PsoCase c : data.cases()) {
      CaseSearchRecord r = record.forCase(c.id()).orElseThrow(() -> new AssertionError(c.id() + ": no record"));
      for (CodedFeature f : c.codedFeatures()) {
        String where = c.id() + " " + f.feature() + " " + f.decision();
        assertFalse(f.lines().isEmpty(), where + ": cites no evidence line");
        boolean sourceAmongLines = false;
        for (int n : f.lines()) {
          EvidenceLine line = r.line(n).orElseThrow(() -> new AssertionError(where + ": no line " + n));
          sourceAmongLines |= line.source().equals(f.source());
        }
        assertTrue(sourceAmongLines, where + ": its URL is not the URL of a cited line");
        decisions++;
      }
    }
    assertTrue(decisions > 0);
  }

  /** The same search for every case: the codebook's templates, once each, in order, with the case's name. */
  @Test
  void everyOrganisationWasSearchedWithTheSameTemplates() {
    SearchRecord record = SearchRecord.bundled();
    assertEquals(data.size(), record.cases().size());
    for (PsoCase c : data.cases()) {
      CaseSearchRecord r = record.forCase(c.id()).orElseThrow();
      if (r.note().isPresent()) {
        assertTrue(r.searches().isEmpty(), c.id() + ": a case with a note was not searched");
        assertTrue(c.pso().profile().hasNoDecisions(), c.id());
        continue;
      }
      assertEquals(codebook.queryTemplates().size(), r.searches().size(), c.id());
      for (int i = 0; i < r.searches().size(); i++) {
        QueryTemplate t = codebook.queryTemplates().get(i);
        assertEquals(t.id(), r.searches().get(i).template(), c.id());
        assertEquals(t.queryFor(c.pso().name()), r.searches().get(i).query(), c.id());
      }
      for (EvidenceLine line : r.evidenceLines()) {
        assertLine(line.text(), c.id() + " line " + line.n());
        if (line.origin().startsWith("search:")) {
          String template = line.origin().substring("search:".length());
          assertTrue(r.searches().stream().anyMatch(s -> s.template().equals(template)
              && s.aboutCase().contains(line.source())), c.id() + " line " + line.n()
              + ": a search line's page must be a result about the case of that search");
        }
      }
    }
    assertEquals(1, record.cases().stream().filter(r -> r.note().isPresent()).count(), "only Liquid democracy");
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
