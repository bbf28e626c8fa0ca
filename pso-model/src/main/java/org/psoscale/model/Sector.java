package org.psoscale.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Optional;
import java.util.Set;

/**
 * The nature of the social issue a PSO addresses: the six sectors of the paper's sector table, plus the two
 * types ({@link #HEALTH}, {@link #FOOD_WASTE}) that appear only in the appendix's TYPE column.
 *
 * <p>Enum constants serialise to JSON by name. {@link #parse(String)} reads every spelling the paper uses.
 */
public enum Sector {
  /** Civic engagement: participatory systems for citizens' decision making (civic tech). */
  CIVIC_ENGAGEMENT(
      "Civic Engagement",
      "Participatory systems that incentivise citizens to engage in decision-making processes (civic-techs)",
      "CIVIC ENGAGEMENT"),
  /** Finance: crowdfunding for community projects or excluded groups. */
  FINANCE(
      "Finance",
      "Crowdfunding for community projects or for projects that focus on a particular excluded group"
          + " (like microfinance)",
      "FINANCE"),
  /** Science: participatory open science with citizens. */
  SCIENCE("Science", "Participatory open science involving citizens (like citizen science)", "SCIENCE"),
  /** Sharing: free swap, recycling, services, online time banks. */
  SHARING("Sharing", "Free swap, recycling, services, online time banks", "SHARING"),
  /** Social inclusion: platforms that aim to empower a certain group of society. */
  SOCIAL_INCLUSION(
      "Social Inclusion",
      "Platforms that aim to empower a certain group of society",
      "INCLUSION / EMPOWERMENT",
      "INCLUSION",
      "EMPOWERMENT"),
  /** Transparency and information disclosure: participatory open data systems. */
  TRANSPARENCY(
      "Transparency and information disclosure",
      "Participatory open data systems",
      "DATA AND TRANSPERANCY",
      "DATA AND TRANSPARENCY",
      "Transparency"),
  /** Health: an appendix TYPE only; the paper gives it no explanation. */
  HEALTH("Health", null, "HEALTH"),
  /** Food waste: an appendix TYPE only; the paper gives it no explanation. */
  FOOD_WASTE("Food waste", null, "FOOD WASTE");

  private static final Spellings<Sector> SPELLINGS =
      Spellings.of("sector", Maps.toMap(Arrays.asList(values()), s -> s.spellings));

  private final String label;
  private final String explanation;
  private final ImmutableList<String> spellings;

  Sector(String label, String explanation, String... otherSpellings) {
    this.label = label;
    this.explanation = explanation;
    this.spellings = ImmutableList.<String>builder().add(label).add(otherSpellings).build();
  }

  /** {@return the sector's name as the paper's sector table (or, for appendix-only types, its appendix) words it} */
  public String label() {
    return label;
  }

  /**
   * {@return the paper's "Explanation" column for this sector; empty for {@link #HEALTH} and {@link #FOOD_WASTE},
   * which the sector table does not list}
   */
  public Optional<String> explanation() {
    return Optional.ofNullable(explanation);
  }

  /** {@return whether the paper's sector table lists this sector (false for the appendix-only types)} */
  public boolean inSectorTable() {
    return explanation != null;
  }

  /** {@return this sector's sub-categories in the paper's order; empty where the paper lists none} */
  public Set<SectorSubcategory> subcategories() {
    return Holder.SUBCATEGORIES.get(this);
  }

  /** {@return the spellings {@link #parse(String)} accepts for this sector (besides its constant name)} */
  public ImmutableList<String> spellings() {
    return spellings;
  }

  /**
   * Reads a sector as the paper spells it, e.g. {@code "CIVIC ENGAGEMENT"}, {@code "Civic Engagement"},
   * {@code "DATA AND TRANSPERANCY"} (sic), {@code "INCLUSION / EMPOWERMENT"}, {@code "FOOD WASTE"}, or a
   * constant name. Case, runs of white space, underscores and spaces around a slash are ignored.
   *
   * @param text the spelling; not null
   * @return the sector
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the spelling is unknown; the message lists the accepted spellings
   */
  public static Sector parse(String text) {
    return SPELLINGS.parse(text);
  }

  /** {@return every spelling {@link #parse(String)} accepts, sorted} */
  public static Set<String> acceptedSpellings() {
    return SPELLINGS.accepted();
  }

  private static final class Holder {
    static final ImmutableMap<Sector, ImmutableSet<SectorSubcategory>> SUBCATEGORIES;

    static {
      EnumMap<Sector, ImmutableSet.Builder<SectorSubcategory>> map = new EnumMap<>(Sector.class);
      for (Sector s : values()) {
        map.put(s, ImmutableSet.builder());
      }
      for (SectorSubcategory c : SectorSubcategory.values()) {
        map.get(c.sector()).add(c);
      }
      ImmutableMap.Builder<Sector, ImmutableSet<SectorSubcategory>> out = ImmutableMap.builder();
      map.forEach((k, v) -> out.put(k, v.build()));
      SUBCATEGORIES = out.buildOrThrow();
    }
  }
}
