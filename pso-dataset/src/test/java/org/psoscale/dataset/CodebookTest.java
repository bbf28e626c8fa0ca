package org.psoscale.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.psoscale.model.ProfileFeature;

/**
 * The shipped codebook covers every feature and its Markdown rendering, CODEBOOK.md, does not drift. Run with
 * {@code -Dcodebook.update=true} to rewrite the file after changing codebook.json.
 */
class CodebookTest {
  private static final Path DOC = Path.of("CODEBOOK.md");

  @Test
  void coversEveryFeature() {
    Codebook book = Codebook.bundled();
    assertEquals(ProfileFeature.all().size(), book.entries().size());
    for (ProfileFeature f : ProfileFeature.all()) {
      assertEquals(f, book.entry(f).feature());
    }
  }

  @Test
  void everyFeatureHasARuleForPresenceAndForAbsenceAndEvidenceKinds() {
    Codebook book = Codebook.bundled();
    for (ProfileFeature f : ProfileFeature.all()) {
      CodebookEntry e = book.entry(f);
      assertFalse(e.presentWhen().isBlank(), f + ": no rule for presence");
      assertFalse(e.absentWhen().isBlank(), f + ": no rule for absence");
      assertFalse(e.evidence().isEmpty(), f + ": no evidence kind");
      assertTrue(book.queryTemplates().stream().anyMatch(t -> t.aims().contains(f)), f + ": no query aims at it");
    }
  }

  @Test
  void anEntryWithoutAnAbsenceRuleOrEvidenceKindIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CodebookEntry.builder()
        .feature(ProfileFeature.all().get(0)).presentWhen("p").absentWhen(" ").addEvidence("x").build());
    assertTrue(e.getMessage().contains("codebook.absentWhen"), e.getMessage());
    IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class, () -> CodebookEntry.builder()
        .feature(ProfileFeature.all().get(0)).presentWhen("p").absentWhen("a").build());
    assertTrue(e2.getMessage().contains("codebook.evidence"), e2.getMessage());
  }

  @Test
  void queryTemplatesAreCheckedAndFilledIn() {
    QueryTemplate t = Codebook.bundled().queryTemplate("founders");
    assertEquals("Olio founders founded history", t.queryFor("Olio"));
    assertThrows(IllegalArgumentException.class, () -> Codebook.bundled().queryTemplate("nope"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QueryTemplate.builder()
        .id("x").query("no placeholder").addAim(ProfileFeature.all().get(0)).build());
    assertTrue(e.getMessage().contains("{name}"), e.getMessage());
  }

  @Test
  void markdownDocumentIsUpToDate() throws IOException {
    String md = Codebook.bundled().toMarkdown();
    if (Boolean.getBoolean("codebook.update")) {
      Files.writeString(DOC, md, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(DOC), "CODEBOOK.md is missing; run the build with -Dcodebook.update=true");
    assertEquals(md, Files.readString(DOC, StandardCharsets.UTF_8),
        "CODEBOOK.md differs from codebook.json; run the build with -Dcodebook.update=true");
  }

  @Test
  void incompleteCodebookIsRejected() {
    String json = "{\"title\": \"t\", \"introduction\": \"i\", \"evidenceKinds\": {}, \"entries\": []}";
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> Codebook.read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("one entry per feature"), e.getMessage());
  }
}
