package org.psoscale.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.util.Arrays;
import java.util.Set;

/** The STATUS column of the paper's appendix: the legal status of an organisation. */
public enum LegalStatus {
  /** A non-profit organisation (appendix: "Non-profit"). */
  NON_PROFIT("Non-profit", "Non profit", "Nonprofit", "Not-for-profit"),
  /** A for-profit organisation (appendix: "For profit"). */
  FOR_PROFIT("For profit", "For-profit"),
  /** An alliance of organisations (appendix: "Alliance"). */
  ALLIANCE("Alliance");

  private static final Spellings<LegalStatus> SPELLINGS =
      Spellings.of("legalStatus", Maps.toMap(Arrays.asList(values()), s -> s.spellings));

  private final ImmutableList<String> spellings;

  LegalStatus(String label, String... others) {
    this.spellings = ImmutableList.<String>builder().add(label).add(others).build();
  }

  /** {@return the appendix's spelling, e.g. {@code "For profit"}; not null} */
  public String label() {
    return spellings.get(0);
  }

  /**
   * Reads a status as the appendix spells it ({@code "Non-profit"}, {@code "For profit"}, {@code "Alliance"}),
   * a common variant ({@code "for-profit"}, {@code "nonprofit"}, {@code "not-for-profit"}) or a constant name,
   * ignoring case and spacing.
   *
   * @param text the spelling; not null
   * @return the status
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the spelling is unknown; the message lists the accepted spellings
   */
  public static LegalStatus parse(String text) {
    return SPELLINGS.parse(text);
  }

  /** {@return every spelling {@link #parse(String)} accepts, sorted} */
  public static Set<String> acceptedSpellings() {
    return SPELLINGS.accepted();
  }
}
