package org.psoscale.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.psoscale.model.PsoJson;

/** A file with one broken record is rejected, naming that record (position and id) and the reason. */
class BrokenRecordTest {
  private static final ObjectMapper MAPPER = PsoJson.mapper();
  private static final int FRAGDENSTAAT = 12;

  static Stream<Arguments> breakages() {
    return Stream.of(
        Arguments.of("impossible year", (Consumer<ObjectNode>) c -> {
          ((ObjectNode) c.get("pso")).put("foundingYear", 3013);
          ((ObjectNode) c.get("appendix")).put("rawYear", "3013");
        }, "foundingYear"),
        Arguments.of("year differs from the appendix", (Consumer<ObjectNode>) c ->
            ((ObjectNode) c.get("pso")).put("foundingYear", 2011), "foundingYear"),
        Arguments.of("unknown sector", (Consumer<ObjectNode>) c ->
            ((ArrayNode) c.get("pso").get("sectors")).set(0, "CIVIC_ENGAGEMNT"), "CIVIC_ENGAGEMNT"),
        Arguments.of("unknown strategy", (Consumer<ObjectNode>) c -> c.put("referenceStrategy", "VIRAL"), "VIRAL"),
        Arguments.of("unknown property", (Consumer<ObjectNode>) c -> c.put("colour", "red"), "colour"),
        Arguments.of("missing pso", (Consumer<ObjectNode>) c -> c.remove("pso"), "pso"),
        Arguments.of("bad slug", (Consumer<ObjectNode>) c -> c.put("id", "Frag Den Staat"), "slug"),
        Arguments.of("blank justification", (Consumer<ObjectNode>) c ->
            ((ObjectNode) c.get("codedFeatures").get(0)).put("justification", " "), "justification"),
        Arguments.of("erratum sourced from the paper", (Consumer<ObjectNode>) c ->
            ((ObjectNode) c.get("errata").get(0)).set("source", MAPPER.createObjectNode().put("seedTable", "APPENDIX")),
            "erratum.source"),
        Arguments.of("profile feature without evidence", (Consumer<ObjectNode>) c ->
            ((ArrayNode) c.get("codedFeatures")).remove(0), "codedFeatures"),
        Arguments.of("absent feature without a coded absence", (Consumer<ObjectNode>) c ->
            ((ObjectNode) c.get("pso").get("profile")).putArray("absentFeatures").add("trait:FOCUS_ON_EFFICIENCY"),
            "absentFeatures"),
        Arguments.of("feature both present and absent", (Consumer<ObjectNode>) c ->
            ((ObjectNode) c.get("pso").get("profile")).putArray("absentFeatures")
                .add("indicator:IN_HOUSE_CORE_TECHNOLOGY"), "never both present and absent"),
        Arguments.of("coded feature not observed", (Consumer<ObjectNode>) c ->
            ((ObjectNode) c.get("codedFeatures").get(0)).put("decision", "NOT_OBSERVED"), "NOT_OBSERVED"),
        Arguments.of("unknown decision", (Consumer<ObjectNode>) c ->
            ((ObjectNode) c.get("codedFeatures").get(0)).put("decision", "MAYBE"), "MAYBE"),
        Arguments.of("sector without source", (Consumer<ObjectNode>) c ->
            ((ArrayNode) c.get("pso").get("sectors")).add("HEALTH"), "sectorAssignments"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void oneBrokenRecordIsNamed(String what, Consumer<ObjectNode> breakage, String reason) throws IOException {
    ObjectNode root = bundledTree();
    ObjectNode record = (ObjectNode) root.get("cases").get(FRAGDENSTAAT);
    assertEquals("fragdenstaat", record.get("id").asText());
    breakage.accept(record);
    DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> read(root));
    assertEquals(OptionalInt.of(FRAGDENSTAAT), e.position(), e.getMessage());
    assertTrue(e.getMessage().startsWith("cases[12]"), e.getMessage());
    if (!what.equals("bad slug")) {
      assertEquals(Optional.of("fragdenstaat"), e.caseId(), e.getMessage());
      assertTrue(e.getMessage().contains("fragdenstaat"), e.getMessage());
    }
    assertTrue(e.getMessage().contains(reason), what + ": " + e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("duplicates")
  void duplicatesAreNamed(String what, Consumer<ObjectNode> breakage, String reason) throws IOException {
    ObjectNode root = bundledTree();
    breakage.accept((ObjectNode) root.get("cases").get(40));
    DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> read(root));
    assertEquals(OptionalInt.of(40), e.position(), e.getMessage());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  static Stream<Arguments> duplicates() {
    return Stream.of(
        Arguments.of("duplicate id", (Consumer<ObjectNode>) c -> c.put("id", "fragdenstaat"), "duplicate"),
        Arguments.of("name clash", (Consumer<ObjectNode>) c ->
            ((ArrayNode) c.get("pso").get("aliases")).add("Frag Den Staat"), "clashes with a name of case 'fragdenstaat'"));
  }

  @org.junit.jupiter.api.Test
  void malformedJsonAndWrongVersionAreRejected() {
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> PsoDataset.read(new ByteArrayInputStream("{\"formatVersion\": 1, \"cases\": [".getBytes())));
    assertTrue(e.getMessage().contains("malformed"), e.getMessage());
    e = assertThrows(DatasetFormatException.class,
        () -> PsoDataset.read(new ByteArrayInputStream("{\"formatVersion\": 2, \"cases\": []}".getBytes())));
    assertTrue(e.getMessage().contains("formatVersion"), e.getMessage());
  }

  static ObjectNode bundledTree() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PsoDataset.bundled().write(out);
    return (ObjectNode) MAPPER.readTree(out.toByteArray());
  }

  static PsoDataset read(ObjectNode root) throws IOException {
    return PsoDataset.read(new ByteArrayInputStream(MAPPER.writeValueAsBytes(root)));
  }
}
