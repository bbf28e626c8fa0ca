package org.psoscale.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The direct read (bytes checked as UTF-8 on the way, records mapped by {@link CaseMapper}, a record it declines
 * parsed again from its bytes) gives exactly what the reference read gives (the strict decoding Reader, every record
 * mapped by the data binder): the same cases, or the same problems with the same paths, values, lines and columns.
 * Only the wording of Jackson's own malformed-JSON messages may differ between its byte and character parsers.
 */
class DirectReadProperties {
  private static final byte[] SEED = seed();
  private static final String NOT_UTF8 = "not UTF-8 text";

  private static byte[] seed() {
    try {
      PsoDataset bundled = PsoDataset.bundled();
      // an accented name (columns), errata, a case without appendix row, a non-organisation without evidence
      PsoDataset small = PsoDataset.of(List.of(bundled.byId("tousbenevoles").orElseThrow(),
          bundled.byId("olio").orElseThrow(), bundled.byId("fixmystreet").orElseThrow(),
          bundled.byId("liquid-democracy").orElseThrow()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      small.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<PsoDataset.Strictness> strictness() {
    return Arbitraries.of(PsoDataset.Strictness.class);
  }

  @Property(tries = 1500)
  void directReadEqualsReferenceRead(@ForAll long seed, @ForAll("strictness") PsoDataset.Strictness strictness) {
    byte[] doc = mutant(seed);
    String reference = outcome(doc, strictness, false);
    String direct = outcome(doc, strictness, true);
    if (reference.contains(NOT_UTF8) || direct.contains(NOT_UTF8)) {
      // both reject; the reference listed the problems before the bad bytes only as far as its decoder's last read
      // of 4,000 characters, the direct read lists them up to the bad bytes (see Utf8Window)
      assertTrue(reference.startsWith("problems ") && direct.startsWith("problems "), reference + "\n" + direct);
      return;
    }
    assertEquals(withoutMalformedColumns(reference), withoutMalformedColumns(direct),
        () -> "mutant seed " + seed + ", " + strictness);
    List<Integer> a = malformedColumns(reference);
    List<Integer> b = malformedColumns(direct);
    for (int k = 0; k < a.size(); k++) {
      // Jackson's byte and character parsers place a few errors (inside a number, a bad token) a column or two
      // apart (e.g. "1e-t": after the sign or after the letter)
      assertTrue(Math.abs(a.get(k) - b.get(k)) <= 2, "mutant seed " + seed + ": columns " + a + " and " + b);
    }
  }

  @Test
  void bundledAndSeedReadAlike() throws IOException {
    for (byte[] doc : List.of(SEED, PsoDataset.class.getResourceAsStream("cases.json").readAllBytes())) {
      String reference = outcome(doc, PsoDataset.Strictness.PROVENANCE_REQUIRED, false);
      assertTrue(reference.startsWith("cases "), reference);
      assertEquals(reference, outcome(doc, PsoDataset.Strictness.PROVENANCE_REQUIRED, true));
    }
  }

  @Test
  void columnsCountCharactersOnLinesWithAccents() {
    String doc = "{\"formatVersion\": 1, \"cases\": [{\"id\": \"é-é\", \"pso\": {\"name\": \"Crème\" x}}]}";
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    String reference = outcome(bytes, PsoDataset.Strictness.PROVENANCE_REQUIRED, false);
    assertTrue(reference.contains("OptionalInt[1]:OptionalInt[70] malformed JSON"), reference);
    assertEquals(reference, outcome(bytes, PsoDataset.Strictness.PROVENANCE_REQUIRED, true));
  }

  @Test
  void aRepeatedKeyAfterWhatTheMapperDeclinesIsReportedWhereItIs() {
    String doc = "{\"formatVersion\": 1, \"cases\": [\n  {\"id\": \"é\", \"unknown\": 1,\n   \"pso\": {\"name\": \"à\","
        + " \"name\": \"b\"}}]}";
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    String reference = outcome(bytes, PsoDataset.Strictness.PROVENANCE_REQUIRED, false);
    assertTrue(reference.contains("OptionalInt[3]:") && reference.contains("malformed JSON"), reference);
    assertEquals(reference, outcome(bytes, PsoDataset.Strictness.PROVENANCE_REQUIRED, true));
  }

  @Test
  void invalidUtf8AcrossReadBoundariesIsRejectedAlike() {
    // a valid two-byte letter split by the parser's reads, then a lone continuation byte far into the file
    StringBuilder padding = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      padding.append("é");
    }
    byte[] good = ("{\"formatVersion\": 1, \"cases\": [{\"id\": \"a\", \"notes\": [\"" + padding + "\"]}]}")
        .getBytes(StandardCharsets.UTF_8);
    assertEquals(outcome(good, PsoDataset.Strictness.PROVENANCE_REQUIRED, false),
        outcome(good, PsoDataset.Strictness.PROVENANCE_REQUIRED, true));
    byte[] bad = good.clone();
    bad[bad.length - 13] = (byte) 0x80; // the lead byte of an "é": a continuation byte on its own
    String reference = outcome(bad, PsoDataset.Strictness.PROVENANCE_REQUIRED, false);
    assertTrue(reference.contains("not UTF-8"), reference);
    assertEquals(reference, outcome(bad, PsoDataset.Strictness.PROVENANCE_REQUIRED, true));
  }

  private static final java.util.regex.Pattern MALFORMED_COLUMN =
      java.util.regex.Pattern.compile(":OptionalInt\\[(\\d+)] malformed JSON$", java.util.regex.Pattern.MULTILINE);

  private static String withoutMalformedColumns(String outcome) {
    return MALFORMED_COLUMN.matcher(outcome).replaceAll(":? malformed JSON");
  }

  private static List<Integer> malformedColumns(String outcome) {
    return MALFORMED_COLUMN.matcher(outcome).results().map(m -> Integer.parseInt(m.group(1)))
        .collect(Collectors.toList());
  }

  @Test
  void columnsStayRightFarIntoAFileOfOneLine() throws IOException {
    // the seed without line breaks (accented names in its first case), broken in its last case two ways
    String compact = new com.fasterxml.jackson.databind.ObjectMapper()
        .writeValueAsString(new com.fasterxml.jackson.databind.ObjectMapper().readTree(SEED));
    int last = compact.lastIndexOf("\"justification\":");
    String repeated = compact.substring(0, last) + "\"justification\":\"x\"," + compact.substring(last);
    String malformed = compact.substring(0, last) + "\"justification\" " + compact.substring(last + 16);
    for (String doc : List.of(repeated, malformed)) {
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      String reference = outcome(bytes, PsoDataset.Strictness.PROVENANCE_REQUIRED, false);
      assertTrue(reference.contains("OptionalInt[1]:OptionalInt[") && reference.contains("malformed JSON"), reference);
      assertEquals(reference, outcome(bytes, PsoDataset.Strictness.PROVENANCE_REQUIRED, true));
    }
  }

  @Test
  void aReadLeavesTheCallersStreamOpen() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
    byte[] broken = "{\"formatVersion\": 1, \"cases\": [{\"id\": 1}]}".getBytes(StandardCharsets.UTF_8);
    for (byte[] doc : List.of(SEED, bom, broken)) {
      for (boolean direct : new boolean[] {true, false}) {
        boolean[] closed = {false};
        java.io.InputStream in = new ByteArrayInputStream(doc) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
        try {
          DatasetJsonReader.read(in, PsoDataset.Strictness.PROVENANCE_REQUIRED, direct);
        } catch (DatasetFormatException expected) {
          // the bad documents: the stream must stay open all the same
        }
        assertTrue(!closed[0], "read closed the caller's stream (direct " + direct + ")");
      }
    }
  }

  /** What a read gives, as comparable text: the cases, or the problems (malformed-JSON wording set aside). */
  private static String outcome(byte[] doc, PsoDataset.Strictness strictness, boolean direct) {
    try {
      return "cases " + DatasetJsonReader.read(new ByteArrayInputStream(doc), strictness, direct).cases();
    } catch (DatasetFormatException e) {
      return "problems " + e.problems().stream()
          .map(p -> p.position() + " " + p.caseId() + " " + p.path() + " " + p.value() + " " + p.line() + ":"
              + p.column() + " " + (p.message().startsWith("malformed JSON: ") ? "malformed JSON" : p.message()))
          .collect(Collectors.joining("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] mutant(long seed) {
    Random r = new Random(seed);
    byte[] doc = SEED.clone();
    // the reader fuzz's mutations (bytes, structure, values), applied to this seed
    return ReaderFuzz.mutate(doc, r);
  }
}
