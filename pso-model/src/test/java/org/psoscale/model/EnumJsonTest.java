package org.psoscale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every constant of every enum of the model round-trips through JSON by name; unknown names fail helpfully. */
class EnumJsonTest {
  private static final ObjectMapper MAPPER = PsoJson.mapper();

  static final List<Class<? extends Enum<?>>> KNOWN = List.of(
      Activity.class, ActivityArea.class, Benefit.class, Challenge.class, Indicator.class, LegalStatus.class,
      OrganisationTrait.class, ScalersCapability.class, ScalingChallenge.class, ScalingStrategy.class,
      Sector.class, SectorSubcategory.class, Space.class);

  /** Every enum of the package, found on the class path, so that a new enum is tested without edits here. */
  static Stream<Class<?>> enums() throws IOException {
    Set<Class<?>> found = ClassPath.from(EnumJsonTest.class.getClassLoader())
        .getTopLevelClasses(Sector.class.getPackageName())
        .stream()
        .map(ClassPath.ClassInfo::load)
        .filter(Class::isEnum)
        .collect(Collectors.toSet());
    return found.stream().sorted((a, b) -> a.getName().compareTo(b.getName()));
  }

  @Test
  void theScanFindsEveryKnownEnum() throws IOException {
    Set<String> found = enums().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
    Set<String> known = KNOWN.stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
    assertTrue(found.containsAll(known), "found " + found);
  }

  @ParameterizedTest
  @MethodSource("enums")
  void everyConstantRoundTripsByName(Class<?> type) throws JsonProcessingException {
    Object[] constants = type.getEnumConstants();
    assertTrue(constants.length > 0, type.getName());
    for (Object c : constants) {
      String name = ((Enum<?>) c).name();
      String json = MAPPER.writeValueAsString(c);
      assertEquals("\"" + name + "\"", json);
      assertEquals(c, MAPPER.readValue(json, type));
    }
    JavaType listType = MAPPER.getTypeFactory().constructCollectionType(List.class, type);
    List<Object> all = Arrays.asList(constants);
    assertEquals(all, MAPPER.readValue(MAPPER.writeValueAsString(all), listType));
  }

  @ParameterizedTest
  @MethodSource("enums")
  void unknownConstantFailsListingTheAcceptedOnes(Class<?> type) {
    Object[] constants = type.getEnumConstants();
    String first = ((Enum<?>) constants[0]).name();
    for (String unknown : List.of("NOT_A_CONSTANT", first.toLowerCase(Locale.ROOT), first + "_", "X" + first)) {
      InvalidFormatException e = assertThrows(
          InvalidFormatException.class, () -> MAPPER.readValue("\"" + unknown + "\"", type), unknown);
      assertListsEveryConstant(e.getMessage(), constants);
    }
  }

  /**
   * The empty string fails too, but through Jackson's coercion check, whose message does not list the
   * constants (a known limitation of {@link PsoJson}; see the report of this test's commit).
   */
  @ParameterizedTest
  @MethodSource("enums")
  void emptyStringFails(Class<?> type) {
    MismatchedInputException e =
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue("\"\"", type));
    assertTrue(e.getMessage().contains(type.getSimpleName()), e.getMessage());
  }

  @Test
  void unknownConstantInsideAValueFailsListingTheAcceptedOnes() {
    InvalidFormatException e = assertThrows(InvalidFormatException.class,
        () -> MAPPER.readValue("{\"name\": \"Olio\", \"sectors\": [\"FOOD\"]}", Pso.class));
    assertListsEveryConstant(e.getMessage(), Sector.values());
    e = assertThrows(InvalidFormatException.class,
        () -> MAPPER.readValue("{\"scores\": {\"MARKETING\": 3}}", ScalersAssessment.class));
    assertListsEveryConstant(e.getMessage(), ScalersCapability.values());
    e = assertThrows(InvalidFormatException.class,
        () -> MAPPER.readValue("{\"id\": \"x\", \"profile\": {}, \"label\": \"Data-based growth\"}",
            LabelledProfile.class));
    assertListsEveryConstant(e.getMessage(), ScalingStrategy.values());
  }

  @Test
  void enumNamesNotLabelsAreWrittenInsideValues() throws JsonProcessingException {
    String json = MAPPER.writeValueAsString(
        Pso.builder().name("Olio").addSector(Sector.FOOD_WASTE).legalStatus(LegalStatus.FOR_PROFIT).build());
    assertTrue(json.contains("\"FOOD_WASTE\"") && json.contains("\"FOR_PROFIT\""), json);
    assertTrue(!json.contains("Food waste") && !json.contains("For profit"), json);
  }

  private static void assertListsEveryConstant(String message, Object[] constants) {
    for (Object c : constants) {
      assertTrue(message.contains(((Enum<?>) c).name()), () -> "message does not list " + c + ": " + message);
    }
  }
}
