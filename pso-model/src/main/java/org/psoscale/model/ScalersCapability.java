package org.psoscale.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.util.Arrays;
import java.util.Set;

/**
 * The seven organisational capabilities ("drivers") of the SCALERS model of Bloom &amp; Chatterji (2009),
 * "Scaling Social Entrepreneurial Impact", <em>California Management Review</em> 51(3):114–133,
 * doi:10.2307/41166496, which the paper cites with Bloom &amp; Smith (2010).
 *
 * <p>The paper names the seven capabilities and nothing more. {@link #definition()} summarises each in our words
 * from public summaries of Bloom &amp; Chatterji; {@link #definitionVerified()} is {@code true} only where that
 * summary was checked against a cited source (see {@link #source()}); the others are paraphrases not yet
 * checked against the 2009 article and should be read as such. {@link #parse(String)} accepts the noun forms
 * the paper uses and the gerund forms of the 2009 abstract ("Communicating", "Replicating", …).
 */
public enum ScalersCapability {
  /** Staffing: filling labour needs with suitably skilled people. */
  STAFFING(
      "Staffing",
      "How well the organisation fills its labour needs (managers, staff and volunteers) with people who have the"
          + " skills it needs, including recruiting, training and managing volunteers.",
      true,
      "Bloom & Chatterji (2009), as summarised in The Evaluation Exchange (Harvard Family Research Project):"
          + " https://archive.globalfrp.org/evaluation/the-evaluation-exchange/current-issue-scaling-impact/"
          + "scaling-social-entrepreneurial-impact-the-scalers-model",
      "Human Resource Capacity Building"),
  /** Communications: persuading stakeholders to adopt or support the change strategy. */
  COMMUNICATIONS(
      "Communications",
      "How well the organisation persuades key stakeholders (beneficiaries, volunteers, donors, the public) that"
          + " its change strategy is worth adopting or supporting.",
      false,
      "Bloom & Chatterji (2009); paraphrase not checked against the article",
      "Communicating"),
  /** Alliance building: forging partnerships and coalitions. */
  ALLIANCE_BUILDING(
      "Alliance building",
      "How well the organisation forges partnerships, coalitions, joint ventures and other links that bring"
          + " about the social change it seeks.",
      false,
      "Bloom & Chatterji (2009); paraphrase not checked against the article",
      "Alliance-building"),
  /** Lobbying: advocating government action that favours the cause. */
  LOBBYING(
      "Lobbying",
      "How well the organisation advocates for government action (laws, regulation, public funding) that"
          + " favours its cause.",
      false,
      "Bloom & Chatterji (2009); paraphrase not checked against the article; the alias \"Advocacy\" is Bloom's"
          + " (2015, Duke CASE blog)",
      "Advocacy"),
  /** Earnings generation: revenue that exceeds expenses. */
  EARNINGS_GENERATION(
      "Earnings generation",
      "How well the organisation generates a stream of revenue (earned income, donations, grants) that exceeds"
          + " its expenses.",
      false,
      "Bloom & Chatterji (2009); paraphrase not checked against the article",
      "Earnings-generation"),
  /** Replication: reproducing its programmes while keeping quality. */
  REPLICATION(
      "Replication",
      "How well the organisation reproduces the programmes and initiatives it originated (e.g. through"
          + " training, manuals or franchising) while keeping their quality.",
      false,
      "Bloom & Chatterji (2009); paraphrase not checked against the article",
      "Replicating"),
  /** Stimulating market forces: incentives aligning private interest with the public good. */
  STIMULATING_MARKET_FORCES(
      "Stimulating market forces",
      "How well the organisation creates incentives that lead people or institutions to pursue their private"
          + " interests while also serving the public good.",
      false,
      "Bloom & Chatterji (2009); paraphrase not checked against the article");

  private static final Spellings<ScalersCapability> SPELLINGS =
      Spellings.of("capability", Maps.toMap(Arrays.asList(values()), c -> c.spellings));

  private final String label;
  private final String definition;
  private final boolean definitionVerified;
  private final String source;
  private final ImmutableList<String> spellings;

  ScalersCapability(
      String label, String definition, boolean definitionVerified, String source, String... aliases) {
    this.label = label;
    this.definition = definition;
    this.definitionVerified = definitionVerified;
    this.source = source;
    this.spellings = ImmutableList.<String>builder().add(label).add(aliases).build();
  }

  /** {@return the capability's name as the paper spells it, e.g. {@code "Earnings generation"}; not null} */
  public String label() {
    return label;
  }

  /** {@return the first letter of the SCALERS acronym this capability stands for} */
  public char letter() {
    return label.charAt(0);
  }

  /** {@return a one-sentence definition in our words; see {@link #definitionVerified()} for how far it is checked} */
  public String definition() {
    return definition;
  }

  /** {@return whether {@link #definition()} was checked against the source named in {@link #source()}} */
  public boolean definitionVerified() {
    return definitionVerified;
  }

  /** {@return where the definition comes from, with a URL where one was used} */
  public String source() {
    return source;
  }

  /** {@return other names in the literature for this capability (gerund forms, Bloom's later names); may be empty} */
  public ImmutableList<String> aliases() {
    return spellings.subList(1, spellings.size());
  }

  /**
   * Reads a capability from its label, an alias or its constant name, ignoring case and spacing.
   *
   * @param text the spelling; not null
   * @return the capability
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the spelling is unknown; the message lists the accepted spellings
   */
  public static ScalersCapability parse(String text) {
    return SPELLINGS.parse(text);
  }

  /** {@return every spelling {@link #parse(String)} accepts, sorted} */
  public static Set<String> acceptedSpellings() {
    return SPELLINGS.accepted();
  }
}
