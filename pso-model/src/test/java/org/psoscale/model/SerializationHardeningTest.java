package org.psoscale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayInputStream;
import java.io.InvalidClassException;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, finding 8: a crafted Java serialization stream cannot build an invalid model value, and
 * {@link PsoSerialization#filter()} admits only our forms and plain data.
 */
class SerializationHardeningTest {
  private static PsoProfile profile() {
    return PsoProfile.builder()
        .addIndicator(Indicator.REAL_WORLD_FOCI)
        .addTrait(OrganisationTrait.FOUNDERS_FROM_SECTOR)
        .addAbsentFeature(ProfileFeature.of(Activity.ORGANISING_EVENTS))
        .scalers(ScalersAssessment.of(Map.of(ScalersCapability.STAFFING, 4)))
        .build();
  }

  private static Pso pso() {
    return Pso.builder()
        .name("FixMyStreet")
        .addAlias("Fix My Street")
        .foundingYear(2007)
        .legalStatus(LegalStatus.NON_PROFIT)
        .country(CountryCode.of("GB"))
        .addSector(Sector.CIVIC_ENGAGEMENT)
        .addSubcategory(SectorSubcategory.CITY)
        .website(URI.create("https://www.fixmystreet.com"))
        .description("Report local problems.")
        .profile(profile())
        .build();
  }

  private static InvalidObjectException rejected(Object crafted) {
    byte[] bytes = Crafted.serialize(crafted);
    return assertThrows(InvalidObjectException.class, () -> Crafted.deserialize(bytes));
  }

  private static void assertMessage(InvalidObjectException e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), () -> "expected '" + part + "' in: " + e.getMessage());
    }
  }

  @Test
  void psoWithNullProfileIsRejected() {
    assertMessage(rejected(Crafted.withField(pso(), "profile", null)), "Pso.profile", "expected a PsoProfile");
  }

  @Test
  void psoWithAStringInsideSectorsIsRejected() {
    assertMessage(rejected(Crafted.withField(pso(), "sectors", ImmutableSet.of("CIVIC_ENGAGEMENT"))),
        "Pso.sectors[0]", "expected a Sector", "java.lang.String");
  }

  @Test
  void foundingYear3000GivesInvalidObjectExceptionNamingTheField() {
    InvalidObjectException e = rejected(Crafted.withField(pso(), "foundingYear", 3000));
    assertMessage(e, "Pso", "foundingYear", "3000");
  }

  @Test
  void psoNameOverTheLimitIsRejectedOnDeserialization() {
    assertMessage(rejected(Crafted.withField(pso(), "name", "n".repeat(TextLimits.MAX_NAME_LENGTH + 1))),
        "name", "201", "200");
  }

  @Test
  void profileWithNullSetsIsRejected() {
    for (String field : List.of("indicators", "traits", "activities", "absentFeatures")) {
      assertMessage(rejected(Crafted.withField(profile(), field, null)), "PsoProfile." + field);
    }
  }

  @Test
  void profileBothPresentAndAbsentIsRejected() {
    PsoProfile crafted = Crafted.withField(profile(), "absentFeatures",
        com.google.common.collect.ImmutableSortedSet.of(ProfileFeature.of(Indicator.REAL_WORLD_FOCI)));
    assertMessage(rejected(crafted), "PsoProfile", "REAL_WORLD_FOCI");
  }

  @Test
  void labelledProfileWithoutLabelIsRejected() {
    LabelledProfile crafted =
        Crafted.withField(LabelledProfile.of("x", profile(), ScalingStrategy.DATA_BASED_GROWTH), "label", null);
    assertMessage(rejected(crafted), "LabelledProfile.label");
  }

  @Test
  void scalersOutOfRangeIsRejected() {
    ScalersAssessment crafted = Crafted.withField(ScalersAssessment.of(Map.of(ScalersCapability.STAFFING, 4)),
        "scores", com.google.common.collect.ImmutableMap.of(ScalersCapability.STAFFING, 9));
    assertMessage(rejected(crafted), "ScalersAssessment", "9");
  }

  @Test
  void countryCodeNotIsoIsRejected() {
    assertMessage(rejected(Crafted.withField(CountryCode.of("GB"), "code", "XX")), "CountryCode", "XX");
  }

  static Stream<Class<?>> valueClasses() {
    return Stream.of(ImmutablePso.class, ImmutablePsoProfile.class, ImmutableLabelledProfile.class,
        ImmutableScalersAssessment.class, ImmutableCountryCode.class, ProfileFeature.class);
  }

  /** A hand-written stream that holds a value class's own (absent) fields instead of its serialized form. */
  @ParameterizedTest
  @MethodSource("valueClasses")
  void rawStreamsOfValueClassesAreRejected(Class<?> type) {
    byte[] raw = Crafted.rawObject(type);
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> Crafted.deserialize(raw));
    assertMessage(e, "serialized form");
    // Through the filter too: the class is ours, so the filter admits it, and the class itself refuses.
    assertMessage(assertThrows(InvalidObjectException.class,
        () -> PsoSerialization.deserialize(new ByteArrayInputStream(raw), Object.class)), "serialized form");
  }

  @Test
  void validValuesRoundTripThroughTheFilter() throws Exception {
    List<Serializable> values = List.of(pso(), profile(), PsoProfile.empty(),
        LabelledProfile.of("fixmystreet", profile(), ScalingStrategy.TECHNOLOGICAL_REPLICATION),
        ScalersAssessment.of(Map.of()), CountryCode.of("EU"), ProfileFeature.of(Activity.ONLINE_VOTING),
        Pso.of("Olio", Sector.SHARING, Sector.FOOD_WASTE));
    for (Serializable v : values) {
      Object back = PsoSerialization.deserialize(new ByteArrayInputStream(Crafted.serialize(v)), Serializable.class);
      assertEquals(v, back);
    }
    assertEquals(ProfileFeature.of(Activity.ONLINE_VOTING), PsoSerialization.deserialize(
        new ByteArrayInputStream(Crafted.serialize(ProfileFeature.of(Activity.ONLINE_VOTING))),
        ProfileFeature.class));
  }

  @Test
  void theFilterRejectsForeignClasses() {
    HashMap<String, String> foreign = new HashMap<>(Map.of("a", "b"));
    assertThrows(InvalidClassException.class, () -> PsoSerialization.deserialize(
        new ByteArrayInputStream(Crafted.serialize(foreign)), Object.class));
    assertThrows(InvalidClassException.class, () -> PsoSerialization.deserialize(
        new ByteArrayInputStream(Crafted.serialize(ImmutableList.of(1, 2))), Object.class));
  }

  @Test
  void deserializeChecksTheExpectedType() {
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> PsoSerialization.deserialize(
        new ByteArrayInputStream(Crafted.serialize(pso())), PsoProfile.class));
    assertMessage(e, "expected a org.psoscale.model.PsoProfile", "ImmutablePso");
  }

  @Test
  void theFilterBoundsArrays() {
    Object[] huge = new Object[PsoSerialization.MAX_ARRAY_LENGTH + 1];
    assertThrows(InvalidClassException.class, () -> PsoSerialization.deserialize(
        new ByteArrayInputStream(Crafted.serialize(huge)), Object.class));
  }
}
