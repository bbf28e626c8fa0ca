package org.psoscale.model;

import java.util.Objects;

/**
 * The length limits on the text fields of PSO Scale values, checked at construction (so also when reading JSON or
 * CSV and when deserializing). Lengths are counted in UTF-16 code units ({@link String#length()}). The limits are
 * far above anything the bundled data needs, and low enough that a careless or hostile input cannot make one
 * value hold megabytes of text, which every later step (lookup keys, reports, CSV cells) would have to carry:
 * <ul>
 *   <li>{@link #MAX_ID_LENGTH} for identifiers (case slugs, search-record ids): the bundled ids are at most 24
 *       long; a slug is a short handle, not a description;</li>
 *   <li>{@link #MAX_NAME_LENGTH} for names (an organisation's name and aliases, the names printed in the paper's
 *       tables, identifiers of labelled examples and of classifiers): the bundled names are at most 34 long, and
 *       the longest official names of organisations (with their legal form) stay well under 200;</li>
 *   <li>{@link #MAX_TEXT_LENGTH} for free text of one line or paragraph (descriptions, justifications, notes,
 *       evidence lines, errata values): the bundled ones are at most 346 long; 2,000 is a long paragraph;</li>
 *   <li>{@link #MAX_PROSE_LENGTH} for documents' prose (a codebook's introduction, a search record's protocol):
 *       the bundled ones are at most 1,260 long.</li>
 * </ul>
 * A value over its limit is rejected with an {@link IllegalArgumentException} whose message names the field, the
 * limit and the actual length, e.g. {@code "name: 250 characters, more than the limit of 200
 * (TextLimits.MAX_NAME_LENGTH)"}.
 */
public final class TextLimits {
  /** The longest identifier accepted: 100 characters. */
  public static final int MAX_ID_LENGTH = 100;

  /** The longest name accepted: 200 characters. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The longest free-text field accepted: 2,000 characters. */
  public static final int MAX_TEXT_LENGTH = 2_000;

  /** The longest prose field accepted: 20,000 characters. */
  public static final int MAX_PROSE_LENGTH = 20_000;

  private TextLimits() {}

  /**
   * Checks an identifier's length against {@link #MAX_ID_LENGTH}.
   *
   * @param field the field's name for the message; not null
   * @param value the value; not null
   * @return the value
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value is longer than the limit
   */
  public static String id(String field, String value) {
    return check(field, value, MAX_ID_LENGTH, "MAX_ID_LENGTH");
  }

  /**
   * Checks a name's length against {@link #MAX_NAME_LENGTH}.
   *
   * @param field the field's name for the message; not null
   * @param value the value; not null
   * @return the value
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value is longer than the limit
   */
  public static String name(String field, String value) {
    return check(field, value, MAX_NAME_LENGTH, "MAX_NAME_LENGTH");
  }

  /**
   * Checks a free-text field's length against {@link #MAX_TEXT_LENGTH}.
   *
   * @param field the field's name for the message; not null
   * @param value the value; not null
   * @return the value
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value is longer than the limit
   */
  public static String text(String field, String value) {
    return check(field, value, MAX_TEXT_LENGTH, "MAX_TEXT_LENGTH");
  }

  /**
   * Checks a prose field's length against {@link #MAX_PROSE_LENGTH}.
   *
   * @param field the field's name for the message; not null
   * @param value the value; not null
   * @return the value
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value is longer than the limit
   */
  public static String prose(String field, String value) {
    return check(field, value, MAX_PROSE_LENGTH, "MAX_PROSE_LENGTH");
  }

  private static String check(String field, String value, int limit, String constant) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, field);
    if (value.length() > limit) {
      throw new IllegalArgumentException(field + ": " + value.length() + " characters, more than the limit of "
          + limit + " (TextLimits." + constant + ")");
    }
    return value;
  }
}
