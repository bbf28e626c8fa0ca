package org.psoscale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.testing.SerializableTester;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.psoscale.model.testing.PsoArbitraries;

/**
 * Every generated value survives a JSON round trip through {@link PsoJson#mapper()} and a Java serialization
 * round trip unchanged. The values come from the property-test kit through its {@code ArbitraryProvider}.
 */
class RoundTripTest {
  private final ObjectMapper mapper = PsoJson.mapper();

  @Property
  void psoSurvivesJson(@ForAll Pso pso) throws JsonProcessingException {
    String json = mapper.writeValueAsString(pso);
    assertEquals(pso, mapper.readValue(json, Pso.class), json);
  }

  @Property
  void psoJsonOmitsAbsentOptionalsAndNamesEveryPresentOne(@ForAll Pso pso) throws JsonProcessingException {
    JsonNode tree = mapper.readTree(mapper.writeValueAsString(pso));
    assertEquals(pso.foundingYear().isPresent(), tree.has("foundingYear"));
    assertEquals(pso.legalStatus().isPresent(), tree.has("legalStatus"));
    assertEquals(pso.country().isPresent(), tree.has("country"));
    assertEquals(pso.website().isPresent(), tree.has("website"));
    assertEquals(pso.description().isPresent(), tree.has("description"));
    pso.country().ifPresent(c -> assertEquals(c.code(), tree.get("country").asText()));
    pso.legalStatus().ifPresent(s -> assertEquals(s.name(), tree.get("legalStatus").asText()));
    assertEquals(pso.name(), tree.get("name").asText());
  }

  @Property
  void profileSurvivesJson(@ForAll PsoProfile profile) throws JsonProcessingException {
    String json = mapper.writeValueAsString(profile);
    assertEquals(profile, mapper.readValue(json, PsoProfile.class), json);
    assertFalse(mapper.readTree(json).has("hasNoEvidence"), json);
    assertFalse(mapper.readTree(json).has("features"), json);
  }

  @Property
  void scalersAssessmentSurvivesJson(@ForAll ScalersAssessment scalers) throws JsonProcessingException {
    String json = mapper.writeValueAsString(scalers);
    assertEquals(scalers, mapper.readValue(json, ScalersAssessment.class), json);
  }

  @Property
  void labelledProfileSurvivesJson(@ForAll LabelledProfile example) throws JsonProcessingException {
    String json = mapper.writeValueAsString(example);
    assertEquals(example, mapper.readValue(json, LabelledProfile.class), json);
  }

  @Property
  void countryCodeSurvivesJsonAsAPlainString(@ForAll CountryCode country) throws JsonProcessingException {
    String json = mapper.writeValueAsString(country);
    assertEquals("\"" + country.code() + "\"", json);
    assertEquals(country, mapper.readValue(json, CountryCode.class));
  }

  @Property(tries = 50)
  void labelledDataSetSurvivesJson(@ForAll("dataSets") List<LabelledProfile> data) throws JsonProcessingException {
    String json = mapper.writeValueAsString(data);
    assertEquals(data, mapper.readValue(json, new TypeReference<List<LabelledProfile>>() {}), json);
  }

  @Provide
  Arbitrary<List<LabelledProfile>> dataSets() {
    return PsoArbitraries.labelledDataSets();
  }

  @Property(tries = 200)
  void psoSurvivesJavaSerialization(@ForAll Pso pso) {
    Pso copy = SerializableTester.reserializeAndAssert(pso);
    assertEquals(pso.hashCode(), copy.hashCode());
  }

  @Property(tries = 200)
  void profileSurvivesJavaSerialization(@ForAll PsoProfile profile) {
    SerializableTester.reserializeAndAssert(profile);
  }

  @Property(tries = 200)
  void scalersAssessmentSurvivesJavaSerialization(@ForAll ScalersAssessment scalers) {
    SerializableTester.reserializeAndAssert(scalers);
  }

  @Property(tries = 200)
  void labelledProfileSurvivesJavaSerialization(@ForAll LabelledProfile example) {
    SerializableTester.reserializeAndAssert(example);
  }

  @Property(tries = 200)
  void countryCodeSurvivesJavaSerialization(@ForAll CountryCode country) {
    CountryCode copy = SerializableTester.reserializeAndAssert(country);
    assertTrue(copy.compareTo(country) == 0);
    assertEquals(country.isSupranational(), copy.isSupranational());
  }
}
