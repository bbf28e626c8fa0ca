package org.psoscale.model;

/**
 * A coder's decision about one {@link ProfileFeature} of one organisation. Profiles are three-valued: a feature is
 * {@link #PRESENT} (a sourced line meets the codebook's "present when" rule), {@link #ABSENT} (a sourced line meets
 * its "absent when" rule, i.e. shows the opposite: "licensed from a supplier", "no local groups") or
 * {@link #NOT_OBSERVED} (looked for, not found). Silence is never {@code ABSENT}: an organisation whose licence
 * nobody could find is {@code NOT_OBSERVED}, not "closed source".
 *
 * <p>{@link PsoProfile#decision(ProfileFeature)} gives a profile's decision for a feature.
 */
public enum FeatureDecision {
  /** A sourced line shows the feature. */
  PRESENT("present"),
  /** A sourced line shows the opposite of the feature. */
  ABSENT("absent"),
  /** Looked for and not found: nothing is known either way. */
  NOT_OBSERVED("not observed");

  private final String label;

  FeatureDecision(String label) {
    this.label = label;
  }

  /** {@return a readable label, e.g. {@code "not observed"}; not null} */
  public String label() {
    return label;
  }

  /**
   * Reads a decision from its constant name or label, ignoring case, spaces, hyphens and underscores
   * ({@code "not observed"}, {@code "NOT_OBSERVED"}, {@code "not-observed"}), and the coding-sheet words
   * {@code "yes"} (present), {@code "no"} (absent) and the empty text (not observed).
   *
   * @param text the text; not null
   * @return the decision
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text names no decision; the message lists the accepted spellings
   */
  public static FeatureDecision parse(String text) {
    java.util.Objects.requireNonNull(text, "text");
    String key = text.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_-]+", "");
    switch (key) {
      case "present":
      case "yes":
        return PRESENT;
      case "absent":
      case "no":
        return ABSENT;
      case "notobserved":
      case "":
        return NOT_OBSERVED;
      default:
        throw new IllegalArgumentException(
            "decision: unknown value '" + text + "'; accepted: PRESENT, ABSENT, NOT_OBSERVED (or yes, no, blank)");
    }
  }
}
