package org.psoscale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parsers accept every spelling the paper uses and every documented variant, and reject the rest. */
class ParsersTest {

  /** One row of the paper's appendix, as printed. */
  record AppendixRow(String name, int year, String status, String type, String country) {}

  /** The paper's appendix, transcribed from the seed text (spellings, slips and all). */
  static final List<AppendixRow> APPENDIX = List.of(
      row("38 DEGREES", 2009, "For profit", "CIVIC ENGAGEMENT", "UK"),
      row("ARTPORTALEN", 1999, "Alliance", "SCIENCE", "SWEDEN"),
      row("ARTSOBSERVASJONER", 2008, "Alliance", "SCIENCE", "NORWAY"),
      row("BABYLOAN", 2008, "Non-profit", "FINANCE", "FRANCE"),
      row("BEMYEYES", 2014, "For profit", "INCLUSION / EMPOWERMENT", "DENMARK"),
      row("BETTERPLACE", 2007, "Non-profit", "FINANCE", "GERMANY"),
      row("Buonacausa", 2012, "For profit", "FINANCE", "IT"),
      row("CAMPACT", 2005, "Non-profit", "CIVIC ENGAGEMENT", "GERMANY"),
      row("CARENITY", 2013, "For profit", "HEALTH", "FRANCE"),
      row("DEREV.IT", 2013, "For profit", "FINANCE", "ITALY"),
      row("DOIT", 2013, "Non-profit", "CIVIC ENGAGEMENT", "UK"),
      row("FIXMYSTREET", 2007, "Non-profit", "CIVIC ENGAGEMENT", "UK"),
      row("FRAGDENSTAA T", 2013, "Non-profit", "CIVIC ENGAGEMENT", "GERMANY"),
      row("FREEGLE", 2009, "Non-profit", "SHARING", "UK"),
      row("FREELYWHEEL Y", 2014, "For profit", "SHARING", "UK"),
      row("GOTEO", 2011, "Non-profit", "FINANCE", "SPAIN"),
      row("GRAINESDETR OC", 2012, "Non-profit", "SHARING", "FRANCE"),
      row("MIGRANOD EARENA", 2013, "Non-profit", "FINANCE", "ES"),
      row("Miimosa", 2014, "For profit", "FINANCE", "FRANCE"),
      row("Health Unlocked", 2010, "For profit", "HEALTH", "UK"),
      row("I-boycott", 2015, "Non-profit", "DATA AND TRANSPERANCY", "FRANCE"),
      row("NO LO TIRO", 2010, "Non-profit", "SHARING", "SPAIN"),
      row("NQT", 2006, "Non-profit", "INCLUSION / EMPOWERMENT", "FRANCE"),
      row("OLIO FOOD SHARE", 2015, "For profit", "FOOD WASTE", "UK"),
      row("OPEN CORPORATES", 2010, "For profit", "DATA AND TRANSPERANCY", "UK"),
      row("Open Food Facts - France", 2012, "Non-profit", "DATA AND TRANSPERANCY", "FRANCE"),
      row("Open street map", 2004, "Non-profit", "DATA AND TRANSPERANCY", "UK"),
      row("PEERBY", 2011, "For profit", "SHARING", "NETHERLANDS"),
      row("SMIILE", 2014, "For profit", "CIVIC ENGAGEMENT", "FRANCE"),
      row("SPACEHIVE", 2012, "For profit", "FINANCE", "UK"),
      row("STREETBANK", 2010, "For profit", "SHARING", "UK"),
      row("STREETLINK", 2012, "For profit", "INCLUSION / EMPOWERMENT", "UK"),
      row("TOO GOOD TO GO", 2015, "For profit", "FOOD WASTE", "DENMARK"),
      row("Tousbenevoles", 2011, "Non-profit", "CIVIC ENGAGEMENT", "FRANCE"),
      row("VINSPIRED", 2006, "Non-profit", "INCLUSION / EMPOWERMENT", "UK"),
      row("WEMOVE", 2011, "Non-profit", "CIVIC ENGAGEMENT", "EU"),
      row("WHATDOTHEYKNOW", 2008, "Non-profit", "CIVIC ENGAGEMENT", "UK"),
      row("WHEELMAP", 2010, "Non-profit", "INCLUSION / EMPOWERMENT", "GERMANY"),
      row("WRITETOTHEM", 2004, "Non-profit", "CIVIC ENGAGEMENT", "UK"));

  private static AppendixRow row(String name, int year, String status, String type, String country) {
    return new AppendixRow(name, year, status, type, country);
  }

  /** Every sector spelling the paper prints (sector table and appendix TYPE column), with its meaning. */
  static final Map<String, Sector> PAPER_SECTORS = Map.ofEntries(
      Map.entry("CIVIC ENGAGEMENT", Sector.CIVIC_ENGAGEMENT),
      Map.entry("Civic Engagement", Sector.CIVIC_ENGAGEMENT),
      Map.entry("SCIENCE", Sector.SCIENCE),
      Map.entry("Science", Sector.SCIENCE),
      Map.entry("FINANCE", Sector.FINANCE),
      Map.entry("Finance", Sector.FINANCE),
      Map.entry("SHARING", Sector.SHARING),
      Map.entry("Sharing", Sector.SHARING),
      Map.entry("HEALTH", Sector.HEALTH),
      Map.entry("FOOD WASTE", Sector.FOOD_WASTE),
      Map.entry("DATA AND TRANSPERANCY", Sector.TRANSPARENCY),
      Map.entry("INCLUSION / EMPOWERMENT", Sector.SOCIAL_INCLUSION),
      Map.entry("Transparency and information disclosure", Sector.TRANSPARENCY),
      Map.entry("Social Inclusion", Sector.SOCIAL_INCLUSION));

  /** Every country spelling of the appendix's COUNTRY column, with its code. */
  static final Map<String, String> PAPER_COUNTRIES = Map.ofEntries(
      Map.entry("SWEDEN", "SE"),
      Map.entry("NORWAY", "NO"),
      Map.entry("FRANCE", "FR"),
      Map.entry("DENMARK", "DK"),
      Map.entry("GERMANY", "DE"),
      Map.entry("IT", "IT"),
      Map.entry("ITALY", "IT"),
      Map.entry("SPAIN", "ES"),
      Map.entry("ES", "ES"),
      Map.entry("NETHERLANDS", "NL"),
      Map.entry("UK", "GB"),
      Map.entry("EU", "EU"));

  static final Map<String, LegalStatus> PAPER_STATUSES = Map.of(
      "Non-profit", LegalStatus.NON_PROFIT, "For profit", LegalStatus.FOR_PROFIT, "Alliance", LegalStatus.ALLIANCE);

  // ---------------------------------------------------------------- sectors

  @Test
  void sectorParsesEveryPaperSpelling() {
    PAPER_SECTORS.forEach((text, sector) -> assertEquals(sector, Sector.parse(text), text));
  }

  @Test
  void sectorParsesEveryAcceptedSpellingConstantNameAndOwnSpelling() {
    for (Sector s : Sector.values()) {
      assertEquals(s, Sector.parse(s.name()));
      assertEquals(s, Sector.parse(s.label()));
      for (String spelling : s.spellings()) {
        assertEquals(s, Sector.parse(spelling), spelling);
        assertTrue(Sector.acceptedSpellings().contains(spelling), spelling);
      }
      assertTrue(Sector.acceptedSpellings().contains(s.name()), s.name());
    }
    for (String spelling : Sector.acceptedSpellings()) {
      Sector s = Sector.parse(spelling);
      assertTrue(s.name().equals(spelling) || s.spellings().contains(spelling), spelling);
    }
    assertTrue(Sector.acceptedSpellings().containsAll(PAPER_SECTORS.keySet()));
  }

  @Test
  void sectorParsesDocumentedVariants() {
    assertEquals(Sector.SOCIAL_INCLUSION, Sector.parse("Inclusion/Empowerment"));
    assertEquals(Sector.SOCIAL_INCLUSION, Sector.parse("inclusion  /  empowerment"));
    assertEquals(Sector.SOCIAL_INCLUSION, Sector.parse("social_inclusion"));
    assertEquals(Sector.TRANSPARENCY, Sector.parse("data and transparency"));
    assertEquals(Sector.CIVIC_ENGAGEMENT, Sector.parse("\tcivic\n engagement "));
    assertEquals(Sector.FOOD_WASTE, Sector.parse("Food_Waste"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "Civic", "CIVIC ENGAGEMENT (city)", "Health care", "FOOD-WASTE",
      "INCLUSION EMPOWERMENT", "DATA TRANSPARENCY", "Sharing economy", "city", "Education", "CIVICENGAGEMENT"})
  void sectorRejectsOtherTextListingAcceptedSpellings(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sector.parse(text));
    assertTrue(e.getMessage().startsWith("sector:"), e.getMessage());
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    assertListsAll(e.getMessage(), Sector.acceptedSpellings());
  }

  // ---------------------------------------------------------------- legal status

  @Test
  void legalStatusParsesEveryPaperAndAcceptedSpelling() {
    PAPER_STATUSES.forEach((text, status) -> {
      assertEquals(status, LegalStatus.parse(text), text);
      assertEquals(text, status.label());
    });
    assertEquals(LegalStatus.NON_PROFIT, LegalStatus.parse("not-for-profit"));
    assertEquals(LegalStatus.NON_PROFIT, LegalStatus.parse("nonprofit"));
    assertEquals(LegalStatus.FOR_PROFIT, LegalStatus.parse("for-profit"));
    assertEquals(LegalStatus.FOR_PROFIT, LegalStatus.parse("FOR_PROFIT"));
    for (String spelling : LegalStatus.acceptedSpellings()) {
      LegalStatus parsed = LegalStatus.parse(spelling);
      assertTrue(spelling.equals(parsed.name()) || spelling.equals(parsed.label())
          || spelling.toUpperCase(Locale.ROOT).replace('-', ' ').contains("PROFIT"), spelling);
    }
    assertTrue(LegalStatus.acceptedSpellings().containsAll(PAPER_STATUSES.keySet()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Profit", "Charity", "NGO", "Non profit org", "Alliances", "Cooperative"})
  void legalStatusRejectsOtherText(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LegalStatus.parse(text));
    assertTrue(e.getMessage().startsWith("legalStatus:"), e.getMessage());
    assertListsAll(e.getMessage(), LegalStatus.acceptedSpellings());
  }

  // ---------------------------------------------------------------- scaling strategy

  @Test
  void strategyParsesLabelHeadingAndName() {
    for (ScalingStrategy s : ScalingStrategy.values()) {
      assertEquals(s, ScalingStrategy.parse(s.name()));
      assertEquals(s, ScalingStrategy.parse(s.label()));
      assertEquals(s, ScalingStrategy.parse(s.heading()));
      assertEquals(s, ScalingStrategy.parse(s.heading().toLowerCase(Locale.ROOT)));
    }
    assertEquals(ScalingStrategy.DATA_BASED_GROWTH, ScalingStrategy.parse("DATA-BASED GROWTH"));
    assertEquals(ScalingStrategy.DATA_BASED_GROWTH, ScalingStrategy.parse("Data based growth"));
    assertEquals(ScalingStrategy.GEOGRAPHIC_IMPLANTATION, ScalingStrategy.parse("Geographic implantation"));
    assertEquals(ScalingStrategy.TECHNOLOGICAL_REPLICATION, ScalingStrategy.parse("TECHNOLOGICAL REPLICATION"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Geographic", "Technology", "data driven", "DATA GROWTH", "Replication"})
  void strategyRejectsOtherText(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScalingStrategy.parse(text));
    assertTrue(e.getMessage().startsWith("strategy:"), e.getMessage());
    for (ScalingStrategy s : ScalingStrategy.values()) {
      assertTrue(e.getMessage().contains(s.name()) && e.getMessage().contains(s.label())
          && e.getMessage().contains(s.heading()), e.getMessage());
    }
  }

  // ---------------------------------------------------------------- SCALERS

  @Test
  void capabilityParsesThePapersNamesAndTheGerundAliases() {
    Map<String, ScalersCapability> spellings = Map.ofEntries(
        Map.entry("Staffing", ScalersCapability.STAFFING),
        Map.entry("Communications", ScalersCapability.COMMUNICATIONS),
        Map.entry("Alliance building", ScalersCapability.ALLIANCE_BUILDING),
        Map.entry("Lobbying", ScalersCapability.LOBBYING),
        Map.entry("Earnings generation", ScalersCapability.EARNINGS_GENERATION),
        Map.entry("Replication", ScalersCapability.REPLICATION),
        Map.entry("Stimulating market forces", ScalersCapability.STIMULATING_MARKET_FORCES),
        Map.entry("Communicating", ScalersCapability.COMMUNICATIONS),
        Map.entry("Replicating", ScalersCapability.REPLICATION),
        Map.entry("Alliance-building", ScalersCapability.ALLIANCE_BUILDING),
        Map.entry("Earnings-generation", ScalersCapability.EARNINGS_GENERATION),
        Map.entry("Advocacy", ScalersCapability.LOBBYING),
        Map.entry("Human Resource Capacity Building", ScalersCapability.STAFFING));
    spellings.forEach((text, c) -> assertEquals(c, ScalersCapability.parse(text), text));
    assertTrue(ScalersCapability.acceptedSpellings().containsAll(spellings.keySet()));
    for (ScalersCapability c : ScalersCapability.values()) {
      assertEquals(c, ScalersCapability.parse(c.name()));
      for (String alias : c.aliases()) {
        assertEquals(c, ScalersCapability.parse(alias), alias);
      }
    }
    for (String spelling : ScalersCapability.acceptedSpellings()) {
      ScalersCapability c = ScalersCapability.parse(spelling);
      assertTrue(spelling.equals(c.name()) || spelling.equals(c.label()) || c.aliases().contains(spelling), spelling);
    }
  }

  @Test
  void capabilityLettersSpellScalers() {
    assertEquals("SCALERS", Arrays.stream(ScalersCapability.values())
        .map(c -> String.valueOf(c.letter())).collect(Collectors.joining()));
    assertEquals(List.of("Staffing", "Communications", "Alliance building", "Lobbying", "Earnings generation",
            "Replication", "Stimulating market forces"),
        Arrays.stream(ScalersCapability.values()).map(ScalersCapability::label).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Stimulating", "Earnings", "Staff", "Alliances", "Marketing", "Communication"})
  void capabilityRejectsOtherText(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScalersCapability.parse(text));
    assertTrue(e.getMessage().startsWith("capability:"), e.getMessage());
    assertListsAll(e.getMessage(), ScalersCapability.acceptedSpellings());
  }

  // ---------------------------------------------------------------- countries

  @Test
  void countryParsesEveryAppendixSpelling() {
    PAPER_COUNTRIES.forEach((text, code) -> {
      assertEquals(code, CountryCode.parse(text).code(), text);
      assertEquals(code, CountryCode.parse(text.toLowerCase(Locale.ROOT)).code(), text);
    });
  }

  @Test
  void countryParsesEveryIsoCodeAndItsEnglishName() {
    for (String code : Locale.getISOCountries()) {
      CountryCode c = CountryCode.of(code);
      assertEquals(c, CountryCode.parse(code));
      assertEquals(c, CountryCode.parse(code.toLowerCase(Locale.ROOT)));
      assertEquals(c, CountryCode.parse(c.englishName()), c.englishName());
      assertEquals(c, CountryCode.parse("  " + c.englishName().toUpperCase(Locale.ROOT) + " "), c.englishName());
    }
  }

  // ---------------------------------------------------------------- the appendix as a whole

  @Test
  void everyAppendixRowParses() {
    assertEquals(39, APPENDIX.size());
    for (AppendixRow r : APPENDIX) {
      assertEquals(PAPER_STATUSES.get(r.status()), LegalStatus.parse(r.status()), r.name());
      assertEquals(PAPER_SECTORS.get(r.type()), Sector.parse(r.type()), r.name());
      assertEquals(PAPER_COUNTRIES.get(r.country()), CountryCode.parse(r.country()).code(), r.name());
      Pso pso = Pso.builder()
          .name(r.name())
          .foundingYear(r.year())
          .legalStatus(LegalStatus.parse(r.status()))
          .addSector(Sector.parse(r.type()))
          .country(CountryCode.parse(r.country()))
          .build();
      assertEquals(r.name(), pso.name());
    }
    assertEquals(PAPER_COUNTRIES.keySet(), APPENDIX.stream().map(AppendixRow::country).collect(Collectors.toSet()));
    Set<String> types = APPENDIX.stream().map(AppendixRow::type).collect(Collectors.toSet());
    assertTrue(PAPER_SECTORS.keySet().containsAll(types), types.toString());
    assertEquals(PAPER_STATUSES.keySet(), APPENDIX.stream().map(AppendixRow::status).collect(Collectors.toSet()));
  }

  @Test
  void appendixTranscriptionMatchesTheSeedFile() {
    Optional<List<String>> seed = Seed.lines();
    assumeTrue(seed.isPresent(), "seed file not found beside the repository");
    List<AppendixRow> rows = new ArrayList<>();
    for (String line : seed.get()) {
      String[] cells = line.split("\t", -1);
      if (cells.length == 5 && cells[1].matches("\\d{4}")) {
        rows.add(row(cells[0], Integer.parseInt(cells[1]), cells[2], cells[3], cells[4]));
      }
    }
    assertEquals(APPENDIX, rows);
  }

  private static void assertListsAll(String message, Set<String> accepted) {
    assertTrue(accepted.size() > 3, accepted.toString());
    List<String> missing = accepted.stream().filter(s -> !message.contains(s))
        .collect(Collectors.toList());
    assertTrue(missing.isEmpty(), () -> "message does not list " + missing + ": " + message);
  }
}
