package org.psoscale.model;

/**
 * The fifteen activities of the paper's "Activities of PSO" table, each in one {@link ActivityArea} (row) and
 * one {@link Space} (column). {@link #label()} is a readable name; {@link #paperText()} keeps the paper's
 * wording verbatim, slips included ("Aliances", "awareness rising").
 */
public enum Activity {
  /** Online trainings of volunteers. */
  ONLINE_TRAININGS(ActivityArea.WORKING_WITH_VOLUNTEERS, Space.DIGITAL, "Online trainings", "Online trainings"),
  /** Delegating to some users the voluntary task of checking content. */
  DELEGATED_CONTENT_CHECKING(
      ActivityArea.WORKING_WITH_VOLUNTEERS,
      Space.DIGITAL,
      "Delegating content checking to volunteer users",
      "Delegating some users the voluntary task of checking content"),
  /** Offline trainings of volunteers. */
  OFFLINE_TRAININGS(ActivityArea.WORKING_WITH_VOLUNTEERS, Space.REAL_SPACE, "Offline trainings", "Offline trainings"),
  /** Working with volunteers in local sites. */
  VOLUNTEERS_IN_LOCAL_SITES(
      ActivityArea.WORKING_WITH_VOLUNTEERS,
      Space.REAL_SPACE,
      "Working with volunteers in local sites",
      "Working with volunteers in local sites"),
  /** Alliances with other digital platforms. */
  ALLIANCES_WITH_DIGITAL_PLATFORMS(
      ActivityArea.MANAGING_PARTNERSHIPS,
      Space.DIGITAL,
      "Alliances with other digital platforms",
      "Aliances with other digital platforms"),
  /** Adding different sides to create network effects (multi-sided platform dynamics). */
  MULTI_SIDED_NETWORK_EFFECTS(
      ActivityArea.MANAGING_PARTNERSHIPS,
      Space.DIGITAL,
      "Adding sides for network effects (multi-sided platform)",
      "Adding different sides for creating network effects (multisided platform dynamics)"),
  /** Local partnerships and lobbying. */
  LOCAL_PARTNERSHIPS_AND_LOBBYING(
      ActivityArea.MANAGING_PARTNERSHIPS,
      Space.REAL_SPACE,
      "Local partnerships and lobbying",
      "Local partnerships / lobbying"),
  /** Publishing user reputation. */
  PUBLISHING_USER_REPUTATION(
      ActivityArea.ORGANISING_RELATIONS, Space.DIGITAL, "Publishing user reputation", "Publishing user reputation"),
  /** Providing clear technical guidelines to users (open source). */
  TECHNICAL_GUIDELINES_FOR_USERS(
      ActivityArea.ORGANISING_RELATIONS,
      Space.DIGITAL,
      "Clear technical guidelines for users (open source)",
      "Providing clear technical guidelines to users (open source)"),
  /** Online voting systems (crowdsourcing especially). */
  ONLINE_VOTING(
      ActivityArea.ORGANISING_RELATIONS,
      Space.DIGITAL,
      "Online voting systems",
      "Online voting systems (crowdsourcing especially)"),
  /** Promoting information entry by users. */
  PROMOTING_USER_INFORMATION_ENTRY(
      ActivityArea.ORGANISING_RELATIONS,
      Space.DIGITAL,
      "Promoting information entry by users",
      "Promoting information entry by users"),
  /** Inviting audience networks. */
  INVITING_AUDIENCE_NETWORKS(
      ActivityArea.ORGANISING_RELATIONS, Space.DIGITAL, "Inviting audience networks", "Invite audience networks"),
  /** Participation in social movements and awareness raising. */
  SOCIAL_MOVEMENTS_AND_AWARENESS_RAISING(
      ActivityArea.ORGANISING_RELATIONS,
      Space.REAL_SPACE,
      "Participation in social movements and awareness raising",
      "Participation to social movements and awareness rising"),
  /** Offline matching of audience. */
  OFFLINE_AUDIENCE_MATCHING(
      ActivityArea.ORGANISING_RELATIONS,
      Space.REAL_SPACE,
      "Offline matching of audience",
      "Offline matching of audience"),
  /** Organising events, cafés and forums. */
  ORGANISING_EVENTS(
      ActivityArea.ORGANISING_RELATIONS,
      Space.REAL_SPACE,
      "Organising events, cafés and forums",
      "Organizing events cafes and forums");

  private final ActivityArea area;
  private final Space space;
  private final String label;
  private final String paperText;

  Activity(ActivityArea area, Space space, String label, String paperText) {
    this.area = area;
    this.space = space;
    this.label = label;
    this.paperText = paperText;
  }

  /** {@return the table row this activity stands in; not null} */
  public ActivityArea area() {
    return area;
  }

  /** {@return the table column this activity stands in: digital or real space; not null} */
  public Space space() {
    return space;
  }

  /** {@return a readable name; not null} */
  public String label() {
    return label;
  }

  /** {@return the paper's wording, verbatim; not null} */
  public String paperText() {
    return paperText;
  }
}
