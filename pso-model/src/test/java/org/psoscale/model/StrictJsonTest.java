package org.psoscale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The strict reading policy of {@link PsoJson}: nothing is changed silently. */
class StrictJsonTest {
  private static final ObjectMapper M = PsoJson.mapper();
  private static final String OK = "{\"name\": \"Olio\", \"sectors\": [\"SHARING\"], \"foundingYear\": 2015}";

  @Test
  void aValidDocumentReads() throws Exception {
    Pso p = M.readValue(OK, Pso.class);
    assertEquals(2015, p.foundingYear().getAsInt());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "fraction for a year | {\"name\": \"Olio\", \"sectors\": [\"SHARING\"], \"foundingYear\": 2009.5}",
      "exponent for a year | {\"name\": \"Olio\", \"sectors\": [\"SHARING\"], \"foundingYear\": 2.009e3}",
      "string for a year | {\"name\": \"Olio\", \"sectors\": [\"SHARING\"], \"foundingYear\": \"2009\"}",
      "full-width digits | {\"name\": \"Olio\", \"sectors\": [\"SHARING\"], \"foundingYear\": \"２００９\"}",
      "plus sign | {\"name\": \"Olio\", \"sectors\": [\"SHARING\"], \"foundingYear\": \"+2009\"}",
      "ordinal for an enum | {\"name\": \"Olio\", \"sectors\": [0]}",
      "ordinal string for an enum | {\"name\": \"Olio\", \"sectors\": [\"0\"]}",
      "white space around an enum | {\"name\": \"Olio\", \"sectors\": [\" SHARING \"]}",
      "repeated set element | {\"name\": \"Olio\", \"sectors\": [\"SHARING\", \"SHARING\"]}",
      "repeated key | {\"name\": \"Olio\", \"name\": \"Olio 2\", \"sectors\": [\"SHARING\"]}",
      "trailing value | {\"name\": \"Olio\", \"sectors\": [\"SHARING\"]} {\"name\": \"Other\"}",
      "unknown property | {\"name\": \"Olio\", \"sectors\": [\"SHARING\"], \"foundingyear\": 2015}"})
  void isRejected(String what, String json) {
    assertThrows(JacksonException.class, () -> M.readValue(json, Pso.class), what);
  }

  @Test
  void aRepeatedAbsentFeatureIsRejected() {
    JacksonException e = assertThrows(JacksonException.class, () -> M.readValue(
        "{\"absentFeatures\": [\"trait:FOCUS_ON_EFFICIENCY\", \"trait:FOCUS_ON_EFFICIENCY\"]}", PsoProfile.class));
    assertTrue(e.getOriginalMessage().contains("repeats"), e.getOriginalMessage());
  }

  @Test
  void whiteSpaceAroundAnEnumIsNamed() {
    JacksonException e = assertThrows(JacksonException.class,
        () -> M.readValue("{\"name\": \"Olio\", \"sectors\": [\"SHARING \"]}", Pso.class));
    assertTrue(e.getOriginalMessage().contains("white space"), e.getOriginalMessage());
  }

  @Test
  void utf8ReaderReportsMalformedBytesAndNeverGuessesTheEncoding() throws IOException {
    byte[] nuls = {0, 0, 0, '{', '\n'};
    assertThrows(JacksonException.class, () -> M.readTree(PsoJson.utf8(new ByteArrayInputStream(nuls))));
    byte[] latin1 = {'"', (byte) 0xE9, '"'};
    try (Reader r = PsoJson.utf8(new ByteArrayInputStream(latin1))) {
      assertThrows(MalformedInputException.class, () -> M.readTree(r));
    }
  }
}
