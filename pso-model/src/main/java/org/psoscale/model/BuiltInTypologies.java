package org.psoscale.model;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;

/**
 * The built-in typologies' definitions and sources, in one place. Every definition here was written after a
 * look-up of the page it cites; where a definition could not be checked, the category is marked unverified and its
 * source says what was and was not checked.
 */
final class BuiltInTypologies {
  private BuiltInTypologies() {}

  static final String DUKE_CASE_ABSTRACT =
      "https://centers.fuqua.duke.edu/case/knowledge_items/scaling-social-impact/";
  static final String HBS_WORKING_KNOWLEDGE = "https://hbswk.hbs.edu/item/the-growth-of-the-social-enterprise";
  static final String NET_ZERO_CITIES = "https://netzerocities.app/resource-3953";
  static final String JENAL = "https://www.jenal.org/advancing-my-systems-change-typology-considering-scaling-out-up-and-deep/";
  static final String MOORE_ARTICLE =
      "https://www.researchgate.net/publication/298971574_Scaling_Out_Scaling_Up_Scaling_Deep_Strategies_of_Non-profits_in_Advancing_Systemic_Social_Innovation";

  static final Typology PAPER = paper();

  static final Typology DEES = Typology.of(
      "dees-2004",
      "Mechanisms for spreading social innovations",
      "Dees, J. G., Anderson, B. B. & Wei-Skillern, J. (2004). Scaling social impact: strategies for spreading"
          + " social innovations. Stanford Social Innovation Review 1(4): 24-32.",
      "A spectrum of increasing central coordination, \"from dissemination to affiliation to branching\" (Duke"
          + " CASE abstract of the article, " + DUKE_CASE_ABSTRACT + ").",
      ImmutableList.of(
          TypologyCategory.unverified(
              "DISSEMINATION",
              "Dissemination",
              "The loosest mechanism: the originating organisation spreads its innovation by making information"
                  + " about it (and possibly help with it) available to others, who adopt it without joining the"
                  + " organisation or a network it coordinates.",
              "Dees, Anderson & Wei-Skillern (2004). Only the name and its place at the loose end of the spectrum"
                  + " \"from dissemination to affiliation to branching\" were checked (Duke CASE abstract, "
                  + DUKE_CASE_ABSTRACT + "); the definition is our paraphrase, not checked against the article."),
          TypologyCategory.verified(
              "AFFILIATION",
              "Affiliation",
              "Spreading through independent organisations, each with its own governing board, that have an"
                  + " agreement with a coordinating, central organization to be part of an identifiable network;"
                  + " the tie ranges from loose (shared knowledge, mission and programmes, little central control)"
                  + " to tight (franchise-like central control of brand and operations).",
              "Wei-Skillern & Anderson (two of the 2004 article's authors) on affiliates and branches, HBS Working"
                  + " Knowledge, \"The Growth of the Social Enterprise\" (6 October 2003), "
                  + HBS_WORKING_KNOWLEDGE + "; the 2004 article's own wording was not checked.",
              "part of an identifiable network"),
          TypologyCategory.verified(
              "BRANCHING",
              "Branching",
              "Spreading through local units that are legally part of the originating organisation and are"
                  + " managed and controlled by the central organization: local staff report to the central office"
                  + " and governance rests mainly with the central board.",
              "Wei-Skillern & Anderson (two of the 2004 article's authors) on affiliates and branches, HBS Working"
                  + " Knowledge, \"The Growth of the Social Enterprise\" (6 October 2003), "
                  + HBS_WORKING_KNOWLEDGE + "; the 2004 article's own wording was not checked.",
              "managed and controlled by the central organization")));

  private static final String MOORE_SOURCE =
      "Moore, Riddell & Vocisano (2015) as summarised by NetZeroCities (" + NET_ZERO_CITIES + "); the three type"
          + " names checked against the article's abstract (" + MOORE_ARTICLE + "); the article's own definitions"
          + " were not read.";

  static final Typology MOORE = Typology.of(
      "moore-2015",
      "Scaling out, up and deep",
      "Moore, M.-L., Riddell, D. & Vocisano, D. (2015). Scaling out, scaling up, scaling deep: strategies of"
          + " non-profits in advancing systemic social innovation. The Journal of Corporate Citizenship 58: 67-84.",
      "Not exclusive: large systems change is likely to require a combination of the three types (NetZeroCities"
          + " summary, " + NET_ZERO_CITIES + ").",
      ImmutableList.of(
          TypologyCategory.verified(
              "SCALING_OUT",
              "Scaling out",
              "Reaching more people and a larger geographic area: the organisation tries to affect more people and"
                  + " cover more ground through replication and diffusion of its innovation.",
              MOORE_SOURCE,
              "replication and diffusion"),
          TypologyCategory.verified(
              "SCALING_UP",
              "Scaling up",
              "Changing institutions: the organisation aims to address the broader institutional or systemic roots"
                  + " of a problem (policy, rules and laws), or to reach everyone who needs its innovation.",
              MOORE_SOURCE + " \"Policy, rules and laws\": Jenal's summary of the same article, " + JENAL + ".",
              "institutional or systemic roots"),
          TypologyCategory.verified(
              "SCALING_DEEP",
              "Scaling deep",
              "Changing culture: durable change is reached only when people's hearts and minds, their values and"
                  + " cultural practices, and the quality of their relationships are transformed.",
              MOORE_SOURCE,
              "hearts and minds")));

  static final ImmutableList<Typology> ALL = ImmutableList.of(PAPER, DEES, MOORE);

  private static Typology paper() {
    ImmutableList.Builder<TypologyCategory> categories = ImmutableList.builder();
    for (ScalingStrategy s : ScalingStrategy.values()) {
      String indicators = s.indicators().stream().map(Indicator::label).collect(Collectors.joining("; "));
      categories.add(TypologyCategory.verified(
          s.name(),
          s.label(),
          "The strategy table's column headed " + s.heading() + ", whose INDICATORS row reads: " + indicators + ".",
          "Gossart & Ozman (2020), the strategy table (column heading and INDICATORS row), checked against the"
              + " paper's text.",
          s.heading()));
    }
    return Typology.of(
        "gossart-ozman-2020",
        "Scaling strategies of platform-based social organisations",
        "Gossart, C. & Ozman, M. (2020). Digital platforms and civic engagement: organisational challenges."
            + " 2020 OS Summer Workshop on Sustainable Organizing.",
        "The paper's own typology; it studies the \"interplay between these orientations\" as future work.",
        categories.build());
  }
}
