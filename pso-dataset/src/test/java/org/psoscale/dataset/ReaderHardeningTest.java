package org.psoscale.dataset;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression tests of the hardening findings for the codebook, search-record and coding readers: leading NUL bytes
 * (which made the parser guess UTF-32 and throw a raw CharConversionException), a second document after the first,
 * and a repeated key all give the documented DatasetFormatException.
 */
class ReaderHardeningTest {
  private static byte[] seed(String reader) {
    return ReaderFuzz.seed(reader);
  }

  private static void assertDocumented(String reader, byte[] doc, String expected) {
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> ReaderFuzz.READERS.get(reader).read(new ByteArrayInputStream(doc)));
    assertTrue(e.getMessage().contains(expected), reader + ": " + e.getMessage());
    assertTrue(!e.getMessage().contains("Immutable") && !e.getMessage().contains("$Json"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"codebook", "search-record", "coding", "dataset", "coding-sheet-json"})
  void leadingNulBytes(String reader) throws IOException {
    ByteArrayOutputStream doc = new ByteArrayOutputStream();
    doc.write(new byte[] {0, 0, 0});
    doc.write(seed(reader));
    assertDocumented(reader, doc.toByteArray(), "malformed JSON");
  }

  @ParameterizedTest
  @ValueSource(strings = {"codebook", "search-record", "coding", "dataset", "coding-sheet-json"})
  void twoDocumentsInOneFile(String reader) throws IOException {
    ByteArrayOutputStream doc = new ByteArrayOutputStream();
    doc.write(seed(reader));
    doc.write('\n');
    doc.write(seed(reader));
    assertDocumented(reader, doc.toByteArray(), "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"codebook", "search-record", "coding"})
  void aRepeatedKey(String reader) {
    String text = new String(seed(reader), StandardCharsets.UTF_8).trim();
    String dup = text.replaceFirst("\\{", "{\"zz\": 1, \"zz\": 2, ");
    assertDocumented(reader, dup.getBytes(StandardCharsets.UTF_8), "zz");
  }

  /** Findings of the long fuzz run (100,000 mutants per reader), kept as regression tests. */
  @org.junit.jupiter.api.Test
  void findingsOfTheLongRun() {
    assertDocumented("coding-sheet-json", ReaderFuzz.mutant("coding-sheet-json", 43557), "");
    assertDocumented("coding", ReaderFuzz.mutant("coding", 43907), "never both present and absent");
  }
}
