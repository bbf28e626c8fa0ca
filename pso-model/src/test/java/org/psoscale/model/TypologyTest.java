package org.psoscale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.SerializableTester;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The built-in typologies against their sources, and the validation of typologies and mappings.
 *
 * <p>{@link #SOURCE_WORDING} is our transcription of the sentence each quoted category was checked on, from the
 * page its source names (looked up with the project's search tool); it is the authority these tests hold the
 * quotations to, as PaperTablesTest holds the model to its transcription of the paper.
 */
class TypologyTest {
  private static final Map<String, String> SOURCE_WORDING = ImmutableMap.of(
      "AFFILIATION",
      "In contrast, affiliates are independent, 501(c)(3) organizations that have an agreement with a coordinating,"
          + " central organization to be part of an identifiable network.",
      "BRANCHING",
      "Branches are managed and controlled by the central organization, with local staff operating the branch but"
          + " reporting directly to the central office.",
      "SCALING_OUT",
      "'Scaling out' relates to an organisation that attempts to affect more people and cover a larger geographic"
          + " area through replication and diffusion",
      "SCALING_UP",
      "or aims to address the broader institutional or systemic roots of a problem.",
      "SCALING_DEEP",
      "durable change has been achieved only when people's hearts and minds, their values and cultural practices,"
          + " and the quality of relationships they have, are transformed.");

  /** The Duke CASE abstract of Dees, Anderson & Wei-Skillern (2004), the sentence naming the mechanisms. */
  private static final String DUKE_ABSTRACT =
      "as well as the mechanisms for how to scale (along a spectrum from dissemination to affiliation to branching)";

  @Test
  void builtInsAreThePapersThenDeesThenMoore() {
    assertEquals(ImmutableList.of("gossart-ozman-2020", "dees-2004", "moore-2015"),
        Typology.builtIns().stream().map(Typology::id).collect(ImmutableList.toImmutableList()));
    assertEquals(ImmutableList.of("DISSEMINATION", "AFFILIATION", "BRANCHING"),
        Typology.deesAndersonWeiSkillern2004().categoryIds());
    assertEquals(ImmutableList.of("SCALING_OUT", "SCALING_UP", "SCALING_DEEP"),
        Typology.mooreRiddellVocisano2015().categoryIds());
    assertEquals(Typology.mooreRiddellVocisano2015(), Typology.builtIn("moore-2015"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Typology.builtIn("dees"));
    assertTrue(e.getMessage().contains("dees-2004"), e.getMessage());
  }

  @Test
  void everyCategoryCarriesASourceOrAnExplicitUnverifiedMark() {
    for (Typology t : Typology.builtIns()) {
      for (TypologyCategory c : t.categories()) {
        assertFalse(c.source().isBlank(), c.id());
        if (c.definitionVerified()) {
          assertTrue(c.source().contains("http") || t.equals(Typology.paper()),
              c.id() + ": a verified definition names the page it was checked on");
        } else {
          assertTrue(c.source().contains("not checked"), c.id() + ": an unverified source says what was not checked");
        }
      }
    }
    assertFalse(Typology.deesAndersonWeiSkillern2004().category("DISSEMINATION").definitionVerified());
  }

  @Test
  void quotationsMatchTheirSourcesWording() {
    int checked = 0;
    for (Typology t : Typology.builtIns()) {
      if (t.equals(Typology.paper())) {
        continue;
      }
      for (TypologyCategory c : t.categories()) {
        if (c.quotation().isPresent()) {
          String q = c.quotation().get();
          assertTrue(c.definition().contains(q), c.id());
          assertTrue(SOURCE_WORDING.get(c.id()).contains(q), c.id() + ": \"" + q + "\" is not in its source");
          checked++;
        }
      }
    }
    assertEquals(SOURCE_WORDING.size(), checked);
    assertTrue(Typology.deesAndersonWeiSkillern2004().note().contains("from dissemination to affiliation to branching"));
    assertTrue(DUKE_ABSTRACT.contains("from dissemination to affiliation to branching"));
    assertTrue(Typology.deesAndersonWeiSkillern2004().category("DISSEMINATION").source()
        .contains("from dissemination to affiliation to branching"));
  }

  @Test
  void thePapersTypologyIsItsStrategyTable() {
    Typology paper = Typology.paper();
    Optional<String> seed = Seed.text();
    for (ScalingStrategy s : ScalingStrategy.values()) {
      TypologyCategory c = s.category();
      assertEquals(s.name(), c.id());
      assertEquals(s.label(), c.label());
      assertEquals(Optional.of(s.heading()), c.quotation());
      assertEquals(s, ScalingStrategy.ofCategory(c.id()));
      for (Indicator i : s.indicators()) {
        assertTrue(c.definition().contains(i.label()), c.id() + " lacks " + i);
      }
      seed.ifPresent(text -> assertTrue(text.contains(s.heading()), s.heading() + " not in the seed paper"));
    }
    assertEquals(ScalingStrategy.values().length, paper.categories().size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ScalingStrategy.ofCategory("BRANCHING"));
    assertTrue(e.getMessage().contains("GEOGRAPHIC_IMPLANTATION"), e.getMessage());
  }

  @Test
  void typologiesAndMappingsRoundTripThroughJsonAndSerialization() throws Exception {
    for (Typology t : Typology.builtIns()) {
      String json = PsoJson.mapper().writeValueAsString(t);
      assertEquals(t, PsoJson.mapper().readValue(json, Typology.class));
      SerializableTester.reserializeAndAssert(t);
      TypologyMapping m = TypologyMapping.bundled(t.id());
      assertEquals(m, TypologyMapping.parse(m.toJson()));
      SerializableTester.reserializeAndAssert(m);
      assertEquals(m, m.checkAgainst(t));
    }
  }

  @Test
  void bundledMappingsSayTheyAreReadingsAndJustifyEveryEntry() {
    for (String id : ImmutableList.of("dees-2004", "moore-2015")) {
      TypologyMapping m = TypologyMapping.bundled(id);
      assertTrue(m.description().startsWith("Our reading"), id);
      for (MappingEntry e : m.entries()) {
        assertTrue(e.justification().length() > 40, e.feature() + ": justification too thin");
      }
    }
    assertTrue(TypologyMapping.bundled("gossart-ozman-2020").description().contains("Not a reading of ours"));
  }

  @Test
  void thePaperTableMappingHasTheRulesWeights() {
    TypologyMapping m = TypologyMapping.paperTable();
    for (MappingEntry e : m.entries()) {
      if (e.feature().kind() == ProfileFeature.Kind.INDICATOR) {
        assertEquals(1.0, e.weight());
      } else {
        assertEquals(ProfileFeature.Kind.TRAIT, e.feature().kind());
      }
    }
    assertEquals(2, m.entries().stream()
        .filter(e -> e.feature().equals(ProfileFeature.of(OrganisationTrait.STRONG_FOUNDER_OR_BACKING_ORGANISATION)))
        .filter(e -> e.weight() == 0.25).count());
  }

  @Test
  void badInputIsRejectedNamingTheField() {
    ProfileFeature f = ProfileFeature.of(Indicator.REAL_WORLD_FOCI);
    assertMessage("when", () -> MappingEntry.of(f, FeatureDecision.NOT_OBSERVED, "BRANCHING", 1, "because"));
    assertMessage("weight", () -> MappingEntry.of(f, "BRANCHING", 0, "because"));
    assertMessage("weight", () -> MappingEntry.of(f, "BRANCHING", Double.POSITIVE_INFINITY, "because"));
    assertMessage("category", () -> MappingEntry.of(f, "branching", 1, "because"));
    assertMessage("justification", () -> MappingEntry.of(f, "BRANCHING", 1, " "));
    MappingEntry e = MappingEntry.of(f, "BRANCHING", 1, "because");
    assertMessage("entries", () -> TypologyMapping.of("dees-2004", "mine", ImmutableList.of(e, e)));
    assertMessage("entries", () -> TypologyMapping.of("dees-2004", "mine", ImmutableList.of()));
    assertMessage("typology", () -> TypologyMapping.of("Dees 2004", "mine", ImmutableList.of(e)));
    TypologyMapping wrong = TypologyMapping.of("moore-2015", "mine", ImmutableList.of(e));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> wrong.checkAgainst(Typology.mooreRiddellVocisano2015()));
    assertTrue(unknown.getMessage().contains("SCALING_OUT"), unknown.getMessage());
    assertMessage("typology", () -> wrong.checkAgainst(Typology.deesAndersonWeiSkillern2004()));
    assertMessage("mapping", () -> TypologyMapping.parse("{\"typology\": \"dees-2004\"}"));
    assertMessage("quotation", () -> TypologyCategory.verified("A", "A", "one thing", "src", "another"));
    assertMessage("categories", () -> Typology.of("x", "X", "c", "", ImmutableList.of(
        TypologyCategory.unverified("A", "A", "d", "s"))));
    assertMessage("categories", () -> Typology.of("x", "X", "c", "", ImmutableList.of(
        TypologyCategory.unverified("A", "A", "d", "s"), TypologyCategory.unverified("A", "B", "d", "s"))));
    assertMessage("category", () -> Typology.paper().category("SCALING_OUT"));
  }

  @Test
  void absentEntriesReadFromJsonAndPresentIsTheDefault() {
    TypologyMapping m = TypologyMapping.parse("{\"typology\": \"dees-2004\", \"description\": \"mine\", \"entries\": ["
        + "{\"feature\": \"indicator:IN_HOUSE_CORE_TECHNOLOGY\", \"when\": \"ABSENT\", \"category\": \"AFFILIATION\","
        + " \"weight\": 0.5, \"justification\": \"licensed from a supplier\"},"
        + "{\"feature\": \"indicator:REAL_WORLD_FOCI\", \"category\": \"BRANCHING\", \"weight\": 1,"
        + " \"justification\": \"own premises\"}]}");
    assertEquals(FeatureDecision.ABSENT, m.entries().get(0).when());
    assertEquals(FeatureDecision.PRESENT, m.entries().get(1).when());
    assertEquals(1, m.entriesFor("BRANCHING").size());
  }

  private static void assertMessage(String field, org.junit.jupiter.api.function.Executable e) {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
    assertTrue(x.getMessage().startsWith(field), "expected a message about " + field + ": " + x.getMessage());
  }

  @Test
  void readingAMappingLeavesTheStreamOpen() throws java.io.IOException {
    TypologyMapping bundled = TypologyMapping.bundled("dees-2004");
    boolean[] closed = {false};
    java.io.InputStream in = new java.io.ByteArrayInputStream(
        bundled.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    assertEquals(bundled, TypologyMapping.read(in));
    assertFalse(closed[0], "read closed the caller's stream");
  }
}
