package org.psoscale.model;

/**
 * The sub-categories the paper's sector table lists in brackets after a sector's name, e.g. "Civic
 * Engagement (city, political, volunteering, petition)". Each belongs to exactly one {@link Sector}.
 */
public enum SectorSubcategory {
  /** Civic engagement at city level. */
  CITY(Sector.CIVIC_ENGAGEMENT, "city"),
  /** Political civic engagement. */
  POLITICAL(Sector.CIVIC_ENGAGEMENT, "political"),
  /** Volunteering. */
  VOLUNTEERING(Sector.CIVIC_ENGAGEMENT, "volunteering"),
  /** Petitions. */
  PETITION(Sector.CIVIC_ENGAGEMENT, "petition"),
  /** Crowdfunding for community projects. */
  CIVIC_CROWDFUNDING(Sector.FINANCE, "civic crowdfunding"),
  /** Crowdfunding focused on a particular excluded group (like microfinance). */
  GENRE_SPECIFIC_CROWDFUNDING(Sector.FINANCE, "genre-specific crowdfunding"),
  /** Free swapping of goods or services. */
  SWAP(Sector.SHARING, "swap"),
  /** Recycling. */
  RECYCLE(Sector.SHARING, "recycle"),
  /** Homeless people. */
  HOMELESS(Sector.SOCIAL_INCLUSION, "homeless"),
  /** Immigrants. */
  IMMIGRANTS(Sector.SOCIAL_INCLUSION, "immigrants"),
  /** Women. */
  WOMEN(Sector.SOCIAL_INCLUSION, "women"),
  /** Young people. */
  YOUTH(Sector.SOCIAL_INCLUSION, "youth"),
  /** People with disabilities. */
  DISABILITY(Sector.SOCIAL_INCLUSION, "disability"),
  /** The aged population. */
  AGED_POPULATION(Sector.SOCIAL_INCLUSION, "aged population");

  private final Sector sector;
  private final String label;

  SectorSubcategory(Sector sector, String label) {
    this.sector = sector;
    this.label = label;
  }

  /** {@return the sector this sub-category belongs to; not null} */
  public Sector sector() {
    return sector;
  }

  /** {@return the paper's wording, e.g. {@code "civic crowdfunding"}; not null} */
  public String label() {
    return label;
  }
}
