package org.psoscale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builders and factories reject each kind of invalid field with the documented exception. */
class ValidationTest {
  private static final int NOW = Year.now(ZoneOffset.UTC).getValue();

  /** Asserts that {@code build} throws {@link IllegalArgumentException} whose message starts with the field. */
  static IllegalArgumentException assertRejects(String field, Executable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertTrue(e.getMessage().startsWith(field + ":"), () -> "message should name " + field + ": " + e.getMessage());
    return e;
  }

  private static ImmutablePso.Builder valid() {
    return Pso.builder().name("FixMyStreet").addSector(Sector.CIVIC_ENGAGEMENT);
  }

  @Test
  void aMinimalPsoIsValid() {
    Pso pso = valid().build();
    assertEquals("FixMyStreet", pso.name());
    assertEquals(PsoProfile.empty(), pso.profile());
    assertEquals(pso, Pso.of("FixMyStreet", Sector.CIVIC_ENGAGEMENT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   ", "\t", "\n", "\u00A0", "\u2003", " \t\u3000 "})
  void blankNameIsRejected(String blank) {
    assertRejects("name", () -> valid().name(blank).build());
    assertRejects("name", () -> Pso.of(blank, Sector.SHARING));
  }

  @Test
  void missingNameIsRejected() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Pso.builder().addSector(Sector.SHARING).build());
    assertTrue(e.getMessage().contains("name"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", "\u00A0"})
  void blankAliasIsRejected(String blank) {
    IllegalArgumentException e = assertRejects("aliases[1]", () -> valid().addAlias("FMS").addAlias(blank).build());
    assertTrue(e.getMessage().contains("blank"), e.getMessage());
  }

  @Test
  void aliasEqualToNameIsRejected() {
    IllegalArgumentException e = assertRejects("aliases[0]", () -> valid().addAlias("FixMyStreet").build());
    assertTrue(e.getMessage().contains("FixMyStreet"), e.getMessage());
    // Only an exact repeat is rejected: another spelling is what aliases are for.
    assertEquals(List.of("FIXMYSTREET"), valid().addAlias("FIXMYSTREET").build().aliases());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n"})
  void blankDescriptionIsRejected(String blank) {
    assertRejects("description", () -> valid().description(blank).build());
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1066, 1799})
  void foundingYearBeforeMinimumIsRejected(int year) {
    IllegalArgumentException e = assertRejects("foundingYear", () -> valid().foundingYear(year).build());
    assertTrue(e.getMessage().contains(Integer.toString(year)), e.getMessage());
    assertTrue(e.getMessage().contains("1800"), e.getMessage());
  }

  @Test
  void foundingYearAfterTheCurrentYearIsRejected() {
    for (int year : new int[] {NOW + 1, NOW + 10, Integer.MAX_VALUE}) {
      IllegalArgumentException e = assertRejects("foundingYear", () -> valid().foundingYear(year).build());
      assertTrue(e.getMessage().contains(Integer.toString(NOW)), e.getMessage());
    }
  }

  @Test
  void foundingYearBoundsAreAccepted() {
    assertEquals(OptionalInt.of(Pso.MIN_FOUNDING_YEAR), valid().foundingYear(1800).build().foundingYear());
    assertEquals(OptionalInt.of(NOW), valid().foundingYear(NOW).build().foundingYear());
    assertEquals(OptionalInt.empty(), valid().build().foundingYear());
  }

  @Test
  void emptySectorsAreRejected() {
    IllegalArgumentException e = assertRejects("sectors", () -> Pso.builder().name("Olio").build());
    for (Sector s : Sector.values()) {
      assertTrue(e.getMessage().contains(s.name()), e.getMessage());
    }
  }

  @Test
  void subcategoryWhoseSectorIsMissingIsRejected() {
    for (SectorSubcategory c : SectorSubcategory.values()) {
      for (Sector s : Sector.values()) {
        Executable build = () -> Pso.builder().name("Olio").addSector(s).addSubcategory(c).build();
        if (s == c.sector()) {
          assertEquals(Sector.valueOf(s.name()), Pso.builder().name("Olio").addSector(s).addSubcategory(c).build()
              .subcategories().iterator().next().sector());
        } else {
          IllegalArgumentException e = assertRejects("subcategories", build);
          assertTrue(e.getMessage().contains(c.name()) && e.getMessage().contains(c.sector().name()),
              e.getMessage());
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ftp://example.org/", "mailto:info@example.org", "file:///etc/passwd", "urn:isbn:0451450523",
      "javascript:alert(1)", "ws://example.org", "data:text/plain,hi"})
  void nonHttpWebsiteIsRejected(String uri) {
    IllegalArgumentException e = assertRejects("website", () -> valid().website(URI.create(uri)).build());
    assertTrue(e.getMessage().contains(uri), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/about", "example.org", "www.example.org/path", "//example.org/x", "", "?q=1",
      "http:opaque", "https:///no-host"})
  void relativeOrHostlessWebsiteIsRejected(String uri) {
    assertRejects("website", () -> valid().website(URI.create(uri)).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://example.org", "https://www.fixmystreet.com", "HTTPS://EXAMPLE.ORG/Path?q=1",
      "http://localhost:8080/"})
  void httpAndHttpsWebsitesAreAccepted(String uri) {
    assertEquals(Optional.of(URI.create(uri)), valid().website(URI.create(uri)).build().website());
  }

  @Test
  void scoresOutsideOneToFiveAreRejected() {
    for (int score : new int[] {Integer.MIN_VALUE, -1, 0, 6, 7, Integer.MAX_VALUE}) {
      for (ScalersCapability c : ScalersCapability.values()) {
        IllegalArgumentException e =
            assertRejects("scores[" + c + "]", () -> ScalersAssessment.builder().putScore(c, score).build());
        assertTrue(e.getMessage().contains(Integer.toString(score)), e.getMessage());
        assertRejects("scores[" + c + "]", () -> ScalersAssessment.of(Map.of(c, score)));
      }
    }
  }

  @Test
  void scoresOneToFiveAreAccepted() {
    Map<ScalersCapability, Integer> scores = new EnumMap<>(ScalersCapability.class);
    for (ScalersCapability c : ScalersCapability.values()) {
      scores.put(c, 1 + c.ordinal() % 5);
    }
    ScalersAssessment a = ScalersAssessment.of(scores);
    assertEquals(scores, a.scores());
    assertEquals(OptionalInt.of(1), a.score(ScalersCapability.STAFFING));
    assertEquals(OptionalInt.of(5), a.score(ScalersCapability.EARNINGS_GENERATION));
    assertEquals(OptionalInt.empty(), ScalersAssessment.of(Map.of()).score(ScalersCapability.STAFFING));
  }

  @Test
  void scoresIterateInScalersOrder() {
    ScalersAssessment a = ScalersAssessment.builder()
        .putScore(ScalersCapability.STIMULATING_MARKET_FORCES, 2)
        .putScore(ScalersCapability.STAFFING, 4)
        .putScore(ScalersCapability.LOBBYING, 3)
        .build();
    assertEquals(
        List.of(ScalersCapability.STAFFING, ScalersCapability.LOBBYING, ScalersCapability.STIMULATING_MARKET_FORCES),
        List.copyOf(a.scores().keySet()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "\u2028"})
  void blankLabelledProfileIdIsRejected(String blank) {
    assertRejects("id", () -> LabelledProfile.of(blank, PsoProfile.empty(), ScalingStrategy.DATA_BASED_GROWTH));
    assertRejects("id", () -> ImmutableLabelledProfile.builder()
        .id(blank).profile(PsoProfile.empty()).label(ScalingStrategy.DATA_BASED_GROWTH).build());
  }

  @Test
  void nullsAreRejectedEverywhere() {
    assertNpe("name", () -> Pso.builder().name(null));
    assertNpe(null, () -> Pso.builder().addAlias(null));
    assertNpe(null, () -> Pso.builder().addSector(null));
    assertNpe(null, () -> Pso.builder().addSubcategory(null));
    assertNpe("legalStatus", () -> Pso.builder().legalStatus((LegalStatus) null));
    assertNpe("country", () -> Pso.builder().country((CountryCode) null));
    assertNpe("website", () -> Pso.builder().website((URI) null));
    assertNpe("description", () -> Pso.builder().description((String) null));
    assertNpe("profile", () -> Pso.builder().profile(null));
    assertNpe(null, () -> Pso.builder().legalStatus((Optional<LegalStatus>) null));
    assertNpe(null, () -> Pso.builder().foundingYear((OptionalInt) null));
    assertNpe(null, () -> Pso.of(null, Sector.SHARING));
    assertNpe(null, () -> Pso.of("Olio", null));
    assertNpe(null, () -> Pso.of("Olio", Sector.SHARING, (Sector) null));
    assertNpe(null, () -> Pso.of("Olio", Sector.SHARING, (Sector[]) null));
    assertNpe(null, () -> PsoProfile.of(null, List.of(), List.of()));
    assertNpe(null, () -> PsoProfile.of(java.util.Arrays.asList((Indicator) null), List.of(), List.of()));
    assertNpe(null, () -> PsoProfile.builder().addActivity(null));
    assertNpe(null, () -> PsoProfile.builder().scalers((ScalersAssessment) null));
    assertNpe(null, () -> ScalersAssessment.of(null));
    assertNpe(null, () -> ScalersAssessment.builder().putScore(null, 3));
    assertNpe("capability", () -> ScalersAssessment.of(Map.of()).score(null));
    assertNpe("id", () -> LabelledProfile.of(null, PsoProfile.empty(), ScalingStrategy.DATA_BASED_GROWTH));
    assertNpe("profile", () -> LabelledProfile.of("a", null, ScalingStrategy.DATA_BASED_GROWTH));
    assertNpe("label", () -> LabelledProfile.of("a", PsoProfile.empty(), null));
    assertNpe("code", () -> CountryCode.of(null));
    assertNpe("country", () -> CountryCode.parse(null));
    assertNpe("sector", () -> Sector.parse(null));
    assertNpe("legalStatus", () -> LegalStatus.parse(null));
    assertNpe("strategy", () -> ScalingStrategy.parse(null));
    assertNpe("capability", () -> ScalersCapability.parse(null));
    assertNpe("strategy", () -> OrganisationTrait.FOCUS_ON_EFFICIENCY.paperText(null));
  }

  private static void assertNpe(String field, Executable call) {
    NullPointerException e = assertThrows(NullPointerException.class, call);
    if (field != null) {
      assertEquals(field, e.getMessage());
    }
  }

  @Test
  void paperTextOfATraitOutsideItsColumnsIsRejected() {
    IllegalArgumentException e = assertRejects("strategy",
        () -> OrganisationTrait.FOCUS_ON_EFFICIENCY.paperText(ScalingStrategy.GEOGRAPHIC_IMPLANTATION));
    assertTrue(e.getMessage().contains("DATA_BASED_GROWTH"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"XX", "UK", "ZZ", "", "G", "GBR", "E U", "12", "uk"})
  void unknownCountryCodesAreRejectedByOf(String code) {
    IllegalArgumentException e = assertRejects("country", () -> CountryCode.of(code));
    assertTrue(e.getMessage().contains("GB") && e.getMessage().contains("EU"), e.getMessage());
  }

  @Test
  void ukIsRejectedByOfButParsedToGb() {
    assertRejects("country", () -> CountryCode.of("UK"));
    assertEquals(CountryCode.of("GB"), CountryCode.parse("UK"));
    assertEquals(CountryCode.of("GB"), CountryCode.parse("uk"));
    assertEquals("GB", CountryCode.parse("United Kingdom").code());
    assertEquals("GB", CountryCode.parse("Great Britain").code());
  }

  @Test
  void euIsKeptAndSupranational() {
    CountryCode eu = CountryCode.of("EU");
    assertEquals("EU", eu.code());
    assertTrue(eu.isSupranational());
    assertEquals("European Union", eu.englishName());
    assertEquals(eu, CountryCode.parse("EU"));
    assertEquals(eu, CountryCode.parse("European Union"));
    assertEquals(eu, CountryCode.of("eu"));
    assertFalse(CountryCode.of("GB").isSupranational());
    assertEquals("United Kingdom", CountryCode.of("GB").englishName());
  }

  @Test
  void unknownCountryNamesAreRejectedByParse() {
    for (String text : new String[] {"XX", "Atlantis", "", "  ", "ENGLAND", "U K"}) {
      assertRejects("country", () -> CountryCode.parse(text));
    }
  }

  @Test
  void countryCodesAreUpperCasedAndOrdered() {
    assertEquals("SE", CountryCode.of("se").code());
    assertEquals("SE", CountryCode.of(" se ").toString());
    assertTrue(CountryCode.of("DE").compareTo(CountryCode.of("FR")) < 0);
  }
}
