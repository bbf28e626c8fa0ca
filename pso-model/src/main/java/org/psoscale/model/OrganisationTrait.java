package org.psoscale.model;

import com.google.common.collect.ImmutableMap;
import java.util.Set;

/**
 * The rows "FOR WHICH ORGANISATIONS?" of the paper's strategy table: traits of the organisations a strategy
 * suits. {@link #STRONG_FOUNDER_OR_BACKING_ORGANISATION} stands under two strategies, with different wording in
 * each cell; {@link #paperText(ScalingStrategy)} gives the wording of each cell verbatim.
 */
public enum OrganisationTrait {
  /** Embedded, historical links with sectoral networks (geographic implantation). */
  EMBEDDED_SECTORAL_NETWORK_LINKS(
      "Embedded, historical links with sectoral networks",
      ImmutableMap.of(
          ScalingStrategy.GEOGRAPHIC_IMPLANTATION, "Embedded, historical links with sectoral networks")),
  /** Founders often from the sector (geographic implantation). */
  FOUNDERS_FROM_SECTOR(
      "Founders often from sector",
      ImmutableMap.of(ScalingStrategy.GEOGRAPHIC_IMPLANTATION, "Founders often from sector")),
  /** Organisations facilitating encounters in real spaces (geographic implantation). */
  FACILITATES_REAL_SPACE_ENCOUNTERS(
      "Organisations facilitating encounters in real spaces",
      ImmutableMap.of(ScalingStrategy.GEOGRAPHIC_IMPLANTATION, "orgs facilitating encounters in real spaces")),
  /** Strong geographical differences in the social issue (geographic implantation). */
  GEOGRAPHICAL_DIFFERENCES_IN_ISSUE(
      "Strong geographical differences in the social issue",
      ImmutableMap.of(
          ScalingStrategy.GEOGRAPHIC_IMPLANTATION, "strong geographical differences in the social issue")),
  /** Founders often from the digital sector (technological replication). */
  FOUNDERS_FROM_DIGITAL_SECTOR(
      "Founders often from digital sector",
      ImmutableMap.of(ScalingStrategy.TECHNOLOGICAL_REPLICATION, "Founders often from digital sector")),
  /** Encounters are predominantly online and/or on the spot (technological replication). */
  ENCOUNTERS_ONLINE_OR_ON_THE_SPOT(
      "Encounters are predominantly online and/or on the spot",
      ImmutableMap.of(
          ScalingStrategy.TECHNOLOGICAL_REPLICATION, "Encounters are predominantly online and/or on the spot")),
  /**
   * Strong founder or backing organisation (geographic implantation and technological replication). Declared
   * after the other technological-replication traits because it closes both of its columns in the paper, so
   * that {@link ScalingStrategy#traits()} keeps the paper's order.
   */
  STRONG_FOUNDER_OR_BACKING_ORGANISATION(
      "Strong founder or backing organisation",
      ImmutableMap.of(
          ScalingStrategy.GEOGRAPHIC_IMPLANTATION,
          "strong founder or backing up organisation",
          ScalingStrategy.TECHNOLOGICAL_REPLICATION,
          "strong founder or backing organisation as tech development and coordination is expensive")),
  /** Mostly start-ups, new entrants in the sector (data-based growth). */
  START_UP_OR_NEW_ENTRANT(
      "Mostly start-ups, new entrants in the sector",
      ImmutableMap.of(ScalingStrategy.DATA_BASED_GROWTH, "Mostly start-ups, new entrants in the sector")),
  /** Resource constraints (data-based growth). */
  RESOURCE_CONSTRAINTS(
      "Resource constraints", ImmutableMap.of(ScalingStrategy.DATA_BASED_GROWTH, "Resource constraints")),
  /** Focus on efficiency (data-based growth). */
  FOCUS_ON_EFFICIENCY(
      "Focus on efficiency", ImmutableMap.of(ScalingStrategy.DATA_BASED_GROWTH, "Focus on efficiency"));

  private final String label;
  private final ImmutableMap<ScalingStrategy, String> cells;

  OrganisationTrait(String label, ImmutableMap<ScalingStrategy, String> cells) {
    this.label = label;
    this.cells = cells;
  }

  /** {@return a readable name for the trait; not null} */
  public String label() {
    return label;
  }

  /** {@return the strategies whose column lists this trait, in the paper's column order; one or two, not empty} */
  public Set<ScalingStrategy> strategies() {
    return cells.keySet();
  }

  /**
   * The paper's wording of this trait in the column of {@code strategy}, verbatim.
   *
   * @param strategy a strategy whose column lists this trait; not null
   * @return the cell text
   * @throws NullPointerException if {@code strategy} is null
   * @throws IllegalArgumentException if the column of {@code strategy} does not list this trait
   */
  public String paperText(ScalingStrategy strategy) {
    java.util.Objects.requireNonNull(strategy, "strategy");
    String text = cells.get(strategy);
    if (text == null) {
      throw new IllegalArgumentException(
          "strategy: " + name() + " is listed only under " + strategies() + ", not under " + strategy);
    }
    return text;
  }
}
