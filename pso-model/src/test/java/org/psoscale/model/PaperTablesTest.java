package org.psoscale.model;

import static java.util.stream.Collectors.toList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The paper's tables in code equal the paper's tables cell by cell. The transcriptions below are the authority
 * (copied from the seed text, slips included); when the seed file is present, they are also checked against it.
 */
class PaperTablesTest {

  /** One column of the strategy table: its heading and the bullets of each row, in the paper's order. */
  record StrategyColumn(
      ScalingStrategy strategy,
      String heading,
      List<String> indicators,
      List<String> forWhichOrganisations,
      List<String> benefits,
      List<String> challenges) {}

  static final List<StrategyColumn> STRATEGY_TABLE = List.of(
      new StrategyColumn(
          ScalingStrategy.GEOGRAPHIC_IMPLANTATION,
          "GEOGRAPHIC IMPLANTATION",
          List.of(
              "Close real space monitoring of individual encounters",
              "Participation to Social movements",
              "Real world foci",
              "Strong local networks"),
          List.of(
              "Embedded, historical links with sectoral networks",
              "Founders often from sector",
              "orgs facilitating encounters in real spaces",
              "strong geographical differences in the social issue",
              "strong founder or backing up organisation"),
          List.of("Better adaptation to local contexts", "Could be better reach to target populations"),
          List.of(
              "Costly monitoring processes in local sites",
              "Loss of technical proximity",
              "Loss of algorithmic control")),
      new StrategyColumn(
          ScalingStrategy.TECHNOLOGICAL_REPLICATION,
          "TECHNOLOGICAL REPLICATION",
          List.of(
              "Provision of technical services to other platforms with the same social goal",
              "in-house development of core technology"),
          List.of(
              "Founders often from digital sector",
              "Encounters are predominantly online and/or on the spot",
              "strong founder or backing organisation as tech development and coordination is expensive"),
          List.of("Technical and algorithmic control and standardisation"),
          List.of(
              "weak links with sectoral networks",
              "access to digital skills",
              "costs of maintaining platform",
              "technical (interoperability, verification of data, etc)",
              "Difficulties in adaptation to the local context",
              "Standardisation of algorithm")),
      new StrategyColumn(
          ScalingStrategy.DATA_BASED_GROWTH,
          "DATA BASED GROWTH",
          List.of("Excessive focus on diffusion of the platform among final users"),
          List.of("Mostly start-ups, new entrants in the sector", "Resource constraints", "Focus on efficiency"),
          List.of("Resource requirements often low"),
          List.of(
              "Entrepreneurial difficulties",
              "Maintenance of steady income flow",
              "Access to sector specific networks",
              "Mismatch between volunteers and beneficiaries")));

  /** One row of the activities table: the area and the cell texts of each column, in the paper's order. */
  record ActivityRow(ActivityArea area, String label, List<String> digital, List<String> realSpace) {}

  static final List<ActivityRow> ACTIVITIES_TABLE = List.of(
      new ActivityRow(
          ActivityArea.WORKING_WITH_VOLUNTEERS,
          "Working with volunteers",
          List.of("Online trainings", "Delegating some users the voluntary task of checking content"),
          List.of("Offline trainings", "Working with volunteers in local sites")),
      new ActivityRow(
          ActivityArea.MANAGING_PARTNERSHIPS,
          "Managing partnerships",
          List.of(
              "Aliances with other digital platforms",
              "Adding different sides for creating network effects (multisided platform dynamics)"),
          List.of("Local partnerships / lobbying")),
      new ActivityRow(
          ActivityArea.ORGANISING_RELATIONS,
          "Organising relations between users, beneficiaries, volunteers",
          List.of(
              "Publishing user reputation",
              "Providing clear technical guidelines to users (open source)",
              "Online voting systems (crowdsourcing especially)",
              "Promoting information entry by users",
              "Invite audience networks"),
          List.of(
              "Participation to social movements and awareness rising",
              "Offline matching of audience",
              "Organizing events cafes and forums")));

  /** One row of the sector table: the sector's name, its bracketed sub-categories and its explanation. */
  record SectorRow(Sector sector, String label, List<String> subcategories, String explanation) {}

  static final List<SectorRow> SECTOR_TABLE = List.of(
      new SectorRow(
          Sector.CIVIC_ENGAGEMENT,
          "Civic Engagement",
          List.of("city", "political", "volunteering", "petition"),
          "Participatory systems that incentivise citizens to engage in decision-making processes (civic-techs)"),
      new SectorRow(
          Sector.FINANCE,
          "Finance",
          List.of("civic crowdfunding", "genre-specific crowdfunding"),
          "Crowdfunding for community projects or for projects that focus on a particular excluded group"
              + " (like microfinance)"),
      new SectorRow(
          Sector.SCIENCE,
          "Science",
          List.of(),
          "Participatory open science involving citizens (like citizen science)"),
      new SectorRow(
          Sector.SHARING,
          "Sharing",
          List.of("swap", "recycle"),
          "Free swap, recycling, services, online time banks"),
      new SectorRow(
          Sector.SOCIAL_INCLUSION,
          "Social Inclusion",
          List.of("homeless", "immigrants", "women", "youth", "disability", "aged population"),
          "Platforms that aim to empower a certain group of society"),
      new SectorRow(
          Sector.TRANSPARENCY,
          "Transparency and information disclosure",
          List.of(),
          "Participatory open data systems"));

  static final List<String> GENERAL_CHALLENGES = List.of(
      "Integration into the existing technological and socio economic context",
      "Uncertainty and skepticism from users",
      "Encapsulation in digital bubble, cut-off from the offline sectors",
      "Enhancing civic engagement, especially from vulnerable people",
      "Existing digital divide among users",
      "Locating digital skills");

  // ---------------------------------------------------------------- strategy table

  @Test
  void strategyColumnsAreTheThreeOfThePaperInOrder() {
    assertEquals(
        STRATEGY_TABLE.stream().map(StrategyColumn::strategy).collect(toList()),
        Arrays.asList(ScalingStrategy.values()));
    for (StrategyColumn c : STRATEGY_TABLE) {
      assertEquals(c.heading(), c.strategy().heading(), c.strategy() + " heading");
    }
  }

  @Test
  void indicatorsEqualThePapersCells() {
    for (StrategyColumn c : STRATEGY_TABLE) {
      assertEquals(
          c.indicators(),
          c.strategy().indicators().stream().map(Indicator::label).collect(toList()),
          c.strategy() + " INDICATORS");
    }
  }

  @Test
  void traitsEqualThePapersCells() {
    for (StrategyColumn c : STRATEGY_TABLE) {
      assertEquals(
          c.forWhichOrganisations(),
          c.strategy().traits().stream().map(t -> t.paperText(c.strategy())).collect(toList()),
          c.strategy() + " FOR WHICH ORGANISATIONS ?");
    }
  }

  @Test
  void benefitsEqualThePapersCells() {
    for (StrategyColumn c : STRATEGY_TABLE) {
      assertEquals(
          c.benefits(),
          c.strategy().benefits().stream().map(Benefit::label).collect(toList()),
          c.strategy() + " BENEFITS");
    }
  }

  @Test
  void challengesEqualThePapersCells() {
    for (StrategyColumn c : STRATEGY_TABLE) {
      assertEquals(
          c.challenges(),
          c.strategy().challenges().stream().map(Challenge::label).collect(toList()),
          c.strategy() + " CHALLENGES");
    }
  }

  @Test
  void everyStrategyTableConstantStandsInSomeColumn() {
    int indicators = 0;
    int benefits = 0;
    int challenges = 0;
    int traitCells = 0;
    for (StrategyColumn c : STRATEGY_TABLE) {
      indicators += c.indicators().size();
      benefits += c.benefits().size();
      challenges += c.challenges().size();
      traitCells += c.forWhichOrganisations().size();
    }
    assertEquals(indicators, Indicator.values().length);
    assertEquals(benefits, Benefit.values().length);
    assertEquals(challenges, Challenge.values().length);
    int traitCellsInCode = 0;
    for (OrganisationTrait t : OrganisationTrait.values()) {
      assertFalse(t.strategies().isEmpty(), t + " stands in no column");
      traitCellsInCode += t.strategies().size();
    }
    assertEquals(traitCells, traitCellsInCode);
  }

  @Test
  void strategyTableMatchesTheSeedFile() {
    List<String> seed = seedLines();
    Map<String, List<List<String>>> rows = new LinkedHashMap<>();
    List<String> headings = null;
    for (String line : seed) {
      String[] cells = line.split("\t", -1);
      if (cells.length == 4 && cells[0].isEmpty() && cells[1].equals("GEOGRAPHIC IMPLANTATION")) {
        headings = List.of(cells[1], cells[2], cells[3]);
      }
      for (String row : List.of("INDICATORS", "FOR WHICH ORGANISATIONS ?", "BENEFITS", "CHALLENGES")) {
        if (cells.length == 4 && cells[0].equals(row)) {
          rows.put(row, List.of(bullets(cells[1]), bullets(cells[2]), bullets(cells[3])));
        }
      }
    }
    assertEquals(STRATEGY_TABLE.stream().map(StrategyColumn::heading).collect(toList()), headings);
    assertEquals(4, rows.size(), "rows found in the seed: " + rows.keySet());
    for (int i = 0; i < STRATEGY_TABLE.size(); i++) {
      StrategyColumn c = STRATEGY_TABLE.get(i);
      assertEquals(c.indicators(), rows.get("INDICATORS").get(i), c.heading());
      assertEquals(c.forWhichOrganisations(), rows.get("FOR WHICH ORGANISATIONS ?").get(i), c.heading());
      assertEquals(c.benefits(), rows.get("BENEFITS").get(i), c.heading());
      assertEquals(c.challenges(), rows.get("CHALLENGES").get(i), c.heading());
    }
  }

  @Test
  void everyTranscribedCellOccursInTheSeedFile() {
    String seed = String.join("\n", seedLines());
    List<String> cells = new ArrayList<>();
    for (StrategyColumn c : STRATEGY_TABLE) {
      cells.add(c.heading());
      cells.addAll(c.indicators());
      cells.addAll(c.forWhichOrganisations());
      cells.addAll(c.benefits());
      cells.addAll(c.challenges());
    }
    for (ActivityRow r : ACTIVITIES_TABLE) {
      cells.add(r.label());
      cells.addAll(r.digital());
      cells.addAll(r.realSpace());
    }
    for (SectorRow r : SECTOR_TABLE) {
      cells.add(r.label());
      cells.addAll(r.subcategories());
      cells.add(r.explanation());
    }
    cells.addAll(GENERAL_CHALLENGES);
    for (String cell : cells) {
      assertTrue(seed.contains(cell), () -> "not in the seed file: '" + cell + "'");
    }
  }

  /** The bullets of one strategy-table cell: {@code <ul …> • a • b } gives {@code [a, b]}. */
  private static List<String> bullets(String cell) {
    String list = cell.replace("<ul style=\"list-style-type: none\">", "");
    List<String> out = new ArrayList<>();
    for (String bullet : list.split("•")) {
      if (!bullet.isBlank()) {
        out.add(bullet.strip());
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- activities table

  @Test
  void activitiesTableHasFifteenActivitiesInThreeAreas() {
    assertEquals(15, Activity.values().length);
    assertEquals(
        ACTIVITIES_TABLE.stream().map(ActivityRow::area).collect(toList()),
        Arrays.asList(ActivityArea.values()));
    assertEquals(
        15, ACTIVITIES_TABLE.stream().mapToInt(r -> r.digital().size() + r.realSpace().size()).sum());
  }

  @Test
  void activitiesEqualThePapersCells() {
    for (ActivityRow r : ACTIVITIES_TABLE) {
      assertEquals(r.label(), r.area().label());
      List<String> digital = r.area().activities().stream()
          .filter(a -> a.space() == Space.DIGITAL).map(Activity::paperText).collect(toList());
      List<String> real = r.area().activities().stream()
          .filter(a -> a.space() == Space.REAL_SPACE).map(Activity::paperText).collect(toList());
      assertEquals(r.digital(), digital, r.label() + " / digital");
      assertEquals(r.realSpace(), real, r.label() + " / real space");
      List<String> all = new ArrayList<>(r.digital());
      all.addAll(r.realSpace());
      assertEquals(all, r.area().activities().stream().map(Activity::paperText).collect(toList()),
          r.label() + ": digital first, then real space");
    }
    List<String> inTableOrder = new ArrayList<>();
    ACTIVITIES_TABLE.forEach(r -> {
      inTableOrder.addAll(r.digital());
      inTableOrder.addAll(r.realSpace());
    });
    assertEquals(inTableOrder, Arrays.stream(Activity.values()).map(Activity::paperText).collect(toList()));
  }

  @Test
  void spaceLabelsAreTheColumnHeadings() {
    assertEquals("With the technology (digital)", Space.DIGITAL.label());
    assertEquals("Real space", Space.REAL_SPACE.label());
    assertEquals(2, Space.values().length);
  }

  @Test
  void activitiesTableMatchesTheSeedFile() {
    List<String> seed = seedLines();
    assertTrue(seed.contains("activity\t" + Space.DIGITAL.label() + "\t" + Space.REAL_SPACE.label()));
    for (ActivityRow r : ACTIVITIES_TABLE) {
      String line = r.label() + "\t" + String.join(" ", r.digital()) + "\t" + String.join(" ", r.realSpace());
      assertTrue(seed.contains(line), () -> "no such line in the seed: " + line);
    }
  }

  // ---------------------------------------------------------------- sector table

  @Test
  void sectorTableEqualsThePapersRows() {
    List<Sector> inTable = Arrays.stream(Sector.values()).filter(Sector::inSectorTable).collect(toList());
    assertEquals(SECTOR_TABLE.stream().map(SectorRow::sector).collect(toList()), inTable);
    for (SectorRow r : SECTOR_TABLE) {
      assertEquals(r.label(), r.sector().label(), r.sector() + " label");
      assertEquals(Optional.of(r.explanation()), r.sector().explanation(), r.sector() + " explanation");
      assertEquals(
          r.subcategories(),
          r.sector().subcategories().stream().map(SectorSubcategory::label).collect(toList()),
          r.sector() + " sub-categories");
      for (SectorSubcategory c : r.sector().subcategories()) {
        assertEquals(r.sector(), c.sector());
      }
    }
    assertEquals(
        SECTOR_TABLE.stream().mapToInt(r -> r.subcategories().size()).sum(), SectorSubcategory.values().length);
  }

  @Test
  void appendixOnlySectorsHaveNoExplanationNorSubcategories() {
    for (Sector s : Set.of(Sector.HEALTH, Sector.FOOD_WASTE)) {
      assertFalse(s.inSectorTable(), s.name());
      assertEquals(Optional.empty(), s.explanation(), s.name());
      assertTrue(s.subcategories().isEmpty(), s.name());
    }
    assertEquals("Health", Sector.HEALTH.label());
    assertEquals("Food waste", Sector.FOOD_WASTE.label());
    assertEquals(8, Sector.values().length);
  }

  @Test
  void sectorTableMatchesTheSeedFile() {
    List<String> seed = seedLines();
    for (SectorRow r : SECTOR_TABLE) {
      String first = r.subcategories().isEmpty()
          ? r.label()
          : r.label() + " (" + String.join(", ", r.subcategories()) + ")";
      String prefix = first + "\t" + r.explanation() + "\t";
      assertTrue(seed.stream().anyMatch(l -> l.startsWith(prefix)), () -> "no row '" + prefix + "' in the seed");
    }
  }

  // ---------------------------------------------------------------- general challenges

  @Test
  void generalChallengesAreTheSixOfThePaper() {
    assertEquals(
        GENERAL_CHALLENGES,
        Arrays.stream(ScalingChallenge.values()).map(ScalingChallenge::label).collect(toList()));
  }

  @Test
  void generalChallengesMatchTheSeedFile() {
    List<String> seed = seedLines();
    for (String c : GENERAL_CHALLENGES) {
      assertTrue(seed.contains("- " + c), () -> "no bullet '- " + c + "' in the seed");
    }
  }

  private static List<String> seedLines() {
    Optional<List<String>> lines = Seed.lines();
    assumeTrue(lines.isPresent(), "seed file " + Seed.FILE_NAME + " not found beside the repository");
    return lines.get();
  }
}
