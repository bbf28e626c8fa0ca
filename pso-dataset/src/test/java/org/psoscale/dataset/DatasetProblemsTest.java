package org.psoscale.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.psoscale.model.FeatureDecision;
import org.psoscale.model.Indicator;
import org.psoscale.model.ProfileFeature;

/** A loader reports every problem of a file, clearly, and accepts a user's minimal records at USER_SUPPLIED. */
class DatasetProblemsTest {
  private static final String MINIMAL = "{\"formatVersion\": 1, \"cases\": [{\"id\": \"my-platform\", \"pso\": "
      + "{\"name\": \"My platform\", \"sectors\": [\"SHARING\"], \"profile\": {\"indicators\": [\"REAL_WORLD_FOCI\"],"
      + " \"absentFeatures\": [\"trait:START_UP_OR_NEW_ENTRANT\"]}}}]}";

  private static PsoDataset read(String json, PsoDataset.Strictness s) throws IOException {
    return PsoDataset.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), s);
  }

  private static DatasetFormatException fails(String json, PsoDataset.Strictness s) {
    DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> read(json, s));
    assertNoInternals(e);
    return e;
  }

  private static DatasetFormatException fails(byte[] bytes) {
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> PsoDataset.read(new ByteArrayInputStream(bytes), PsoDataset.Strictness.USER_SUPPLIED));
    assertNoInternals(e);
    return e;
  }

  private static void assertNoInternals(DatasetFormatException e) {
    for (String internal : new String[] {"Immutable", "$Json", "org.psoscale", "com.fasterxml", "Cannot build",
        "CoercionConfig", "java.lang"}) {
      assertFalse(e.getMessage().contains(internal), "'" + internal + "' in: " + e.getMessage());
    }
  }

  @Test
  void aMinimalUserRecordReadsAsUserSupplied() throws IOException {
    PsoDataset d = read(MINIMAL, PsoDataset.Strictness.USER_SUPPLIED);
    PsoCase c = d.byId("my-platform").orElseThrow();
    assertTrue(c.userSupplied());
    assertTrue(c.codedFeatures().isEmpty() && c.sectorAssignments().isEmpty(), "nothing invented");
    assertEquals(FeatureDecision.ABSENT, c.pso().profile().decision(
        ProfileFeature.parse("trait:START_UP_OR_NEW_ENTRANT")));
    assertTrue(c.pso().profile().indicators().contains(Indicator.REAL_WORLD_FOCI));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    d.write(out);
    assertEquals(d, PsoDataset.read(new ByteArrayInputStream(out.toByteArray()), PsoDataset.Strictness.USER_SUPPLIED));
    assertTrue(c.summary().contains("supplied by the user"), c.summary());
  }

  @Test
  void theSameRecordNeedsProvenanceAtTheStrictLevel() {
    DatasetFormatException e = fails(MINIMAL, PsoDataset.Strictness.PROVENANCE_REQUIRED);
    assertTrue(e.getMessage().contains("cases[0] (id 'my-platform')"), e.getMessage());
    assertTrue(e.getMessage().contains("sectorAssignments"), e.getMessage());
    DatasetFormatException marked = fails(MINIMAL.replace("{\"id\"", "{\"userSupplied\": true, \"id\""),
        PsoDataset.Strictness.PROVENANCE_REQUIRED);
    assertTrue(marked.getMessage().contains("USER_SUPPLIED"), marked.getMessage());
  }

  @Test
  void everyProblemOfTheFileIsListedWithPathValueAndSuggestion() {
    String json = "{\"formatVersion\": 1, \"cases\": [\n"
        + "  {\"id\": \"a\", \"pso\": {\"name\": \"A\", \"foundingyear\": 2001, \"sectors\": [\"SHARINGG\"],"
        + " \"country\": \"FRANCE\"}},\n"
        + "  {\"id\": \"b\", \"pso\": {\"name\": \"B\", \"sectors\": [\"SHARING\"], \"legalStatus\": \"NONPROFIT\"}},\n"
        + "  {\"id\": \"Bad Id\", \"pso\": {\"name\": \"C\", \"sectors\": [\"SHARING\"]}},\n"
        + "  null,\n"
        + "  {\"id\": \"e\", \"pso\": {\"sectors\": [\"SHARING\"]}}\n"
        + "]}";
    DatasetFormatException e = fails(json, PsoDataset.Strictness.USER_SUPPLIED);
    String m = e.getMessage();
    assertTrue(e.problems().size() >= 6, m);
    assertTrue(m.contains("cases[0].pso.foundingyear") && m.contains("did you mean 'foundingYear'?"), m);
    assertTrue(m.contains("cases[0].pso.sectors[0]") && m.contains("'SHARINGG' is not allowed; did you mean SHARING?"),
        m);
    assertTrue(m.contains("'FRANCE' is not an ISO 3166-1 alpha-2 country code (or EU); did you mean FR?"), m);
    assertTrue(m.contains("cases[1].pso.legalStatus") && m.contains("did you mean NON_PROFIT?"), m);
    assertTrue(m.contains("cases[2]") && m.contains("not a slug"), m);
    assertTrue(m.contains("cases[3] (line 5, column 3): expected an object (a case), found null"), m);
    assertTrue(m.contains("cases[4].pso") && m.contains("missing required property 'name'"), m);
    DatasetProblem sector = e.problems().stream().filter(p -> p.path().equals("cases[0].pso.sectors[0]"))
        .findFirst().orElseThrow();
    assertEquals("SHARINGG", sector.value().orElseThrow());
    assertEquals(2, sector.line().getAsInt(), "the record's line");
    assertEquals("a", sector.caseId().orElseThrow());
    assertEquals(0, sector.position().getAsInt());
  }

  @Test
  void malformedJsonGivesLineAndColumn() {
    DatasetFormatException e = fails("{\"formatVersion\": 1,\n \"cases\": [\n {\"id\": }]}",
        PsoDataset.Strictness.USER_SUPPLIED);
    DatasetProblem p = e.problems().get(0);
    assertEquals(3, p.line().getAsInt(), e.getMessage());
    assertTrue(p.column().isPresent(), e.getMessage());
    assertTrue(e.getMessage().startsWith("data set: file (line 3, column"), e.getMessage());
  }

  @Test
  void twoDataSetsInOneFileAreRejected() {
    String two = "{\"formatVersion\": 1, \"cases\": []}\n{\"formatVersion\": 1, \"cases\": []}";
    DatasetFormatException e = fails(two, PsoDataset.Strictness.USER_SUPPLIED);
    assertTrue(e.getMessage().contains("content after the data set"), e.getMessage());
  }

  @Test
  void leadingNulBytesAndOtherEncodingsGiveTheDocumentedException() {
    DatasetFormatException nul = fails(new byte[] {0, 0, 0, '{', '\n'});
    assertTrue(nul.getMessage().contains("malformed JSON"), nul.getMessage());
    DatasetFormatException latin1 = fails("{\"formatVersion\": 1, \"cases\": [\"\u00e9\"]}"
        .getBytes(StandardCharsets.ISO_8859_1));
    assertTrue(latin1.getMessage().contains("not UTF-8"), latin1.getMessage());
  }

  @Test
  void unknownTopLevelPropertyIsNamedWithTheNearestKnownOne() {
    DatasetFormatException e = fails("{\"formatVersion\": 1, \"case\": []}", PsoDataset.Strictness.USER_SUPPLIED);
    assertTrue(e.getMessage().contains("unknown property 'case'; did you mean 'cases'?"), e.getMessage());
    assertTrue(e.getMessage().contains("cases: missing"), e.getMessage());
  }

  @Test
  void repeatedIdsAndNamesAreAllReported() {
    String rec = "{\"id\": \"x\", \"pso\": {\"name\": \"Same\", \"sectors\": [\"SHARING\"]}}";
    DatasetFormatException e = fails("{\"formatVersion\": 1, \"cases\": [" + rec + "," + rec + ","
        + rec.replace("\"x\"", "\"y\"") + "]}", PsoDataset.Strictness.USER_SUPPLIED);
    assertEquals(2, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().contains("cases[1].id") && e.getMessage().contains("duplicate"), e.getMessage());
    assertTrue(e.getMessage().contains("clashes with a name of case 'x'"), e.getMessage());
  }

  @Test
  void atMostMaxProblemsAreListedAndTheRestCounted() {
    StringBuilder json = new StringBuilder("{\"formatVersion\": 1, \"cases\": [");
    for (int i = 0; i < 150; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\": \"c").append(i).append("\", \"pso\": {\"name\": \"N")
          .append(i).append("\", \"sectors\": [\"NOPE\"]}}");
    }
    DatasetFormatException e = fails(json.append("]}").toString(), PsoDataset.Strictness.USER_SUPPLIED);
    assertEquals(DatasetFormatException.MAX_PROBLEMS, e.problems().size());
    assertEquals(50, e.moreProblems());
    assertTrue(e.getMessage().contains("150 problems") && e.getMessage().contains("and 50 more"), e.getMessage());
  }
}
