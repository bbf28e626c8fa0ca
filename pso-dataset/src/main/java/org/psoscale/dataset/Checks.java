package org.psoscale.dataset;

import com.google.common.base.CharMatcher;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import org.psoscale.model.TextLimits;

/** Package-private argument checks shared by the value types; each message starts with the field name. */
final class Checks {
  private Checks() {}

  static void notBlank(String field, String value) {
    if (CharMatcher.whitespace().matchesAllOf(value)) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
  }

  /** A one-line free text: not blank, no line break, at most {@link TextLimits#MAX_TEXT_LENGTH} characters. */
  static void oneLine(String field, String value) {
    TextLimits.text(field, value);
    notBlank(field, value);
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(field + ": must be a single line");
    }
  }

  /** A name printed in a table: {@link #oneLine} within {@link TextLimits#MAX_NAME_LENGTH}. */
  static void name(String field, String value) {
    TextLimits.name(field, value);
    oneLine(field, value);
  }

  /**
   * A slug: lower-case ASCII letters and digits in groups joined by single hyphens, at most
   * {@link TextLimits#MAX_ID_LENGTH} characters. Checked in one pass over the characters, without a regular
   * expression (the pattern {@code [a-z0-9]+(-[a-z0-9]+)*} recursed once per group in {@code java.util.regex} and
   * overflowed the stack on ids of about 1,300 groups).
   */
  static void slug(String field, String value) {
    TextLimits.id(field, value);
    if (!isSlug(value)) {
      throw new IllegalArgumentException(
          field + ": '" + value + "' is not a slug (lower-case letters and digits joined by single hyphens)");
    }
  }

  static boolean isSlug(String s) {
    boolean afterHyphen = true; // the start behaves like a hyphen: a group must follow
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-') {
        if (afterHyphen) {
          return false;
        }
        afterHyphen = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterHyphen = false;
      } else {
        return false;
      }
    }
    return !afterHyphen;
  }

  static void httpUri(String field, URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme();
    if (!uri.isAbsolute() || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.getHost() == null) {
      throw new IllegalArgumentException(field + ": '" + uri + "' must be an absolute http or https URL");
    }
  }

  static URI uri(String field, String text) {
    Objects.requireNonNull(text, field);
    try {
      URI uri = new URI(text);
      httpUri(field, uri);
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(field + ": '" + text + "' is not a URL: " + e.getMessage(), e);
    }
  }

  static void positive(String field, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(field + ": " + value + " must be at least 1");
    }
  }
}
