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

  /**
   * Checks a URL kept as text: an absolute http or https URL that {@link URI} parses with a host, with the messages
   * of {@link #uri}. The plain ASCII form of almost every cited URL is recognised in one pass ({@link #isPlainHttpUrl});
   * anything else is parsed, which decides.
   *
   * @return {@code text}
   */
  static String httpUrl(String field, String text) {
    Objects.requireNonNull(text, field);
    if (text == lastPlainUrl) {
      return text;
    }
    if (isPlainHttpUrl(text)) {
      lastPlainUrl = text;
    } else {
      uri(field, text);
    }
    return text;
  }

  /**
   * The last text {@link #isPlainHttpUrl} accepted, in any thread. A reader gives consecutive decisions that cite
   * one page the same {@code String}, and a string cannot change, so the same instance needs no second pass. Any
   * thread may see an older one or none (a plain field: a String is safely published through its final fields, and
   * a reference is written whole); every one stored was accepted.
   */
  private static String lastPlainUrl;

  /**
   * Whether {@code s} is, in a form simple enough to tell in one pass, an absolute http or https URL that
   * {@link URI#URI(String)} accepts and gives a host: {@code http://} or {@code https://} in lower case; a host
   * name of letters, digits and inner hyphens in dot-separated labels, the last starting with a letter (no port, no
   * user, no IP address); then path, query and fragment of the characters RFC 2396 allows there, without brackets,
   * and {@code %} only before two hex digits. It is conservative: {@code true} means {@code URI} accepts the text;
   * {@code false} only means "parse it to find out" (a property test holds the first half against {@code URI}).
   */
  static boolean isPlainHttpUrl(String s) {
    int n = s.length();
    int p;
    if (s.startsWith("https://")) {
      p = 8;
    } else if (s.startsWith("http://")) {
      p = 7;
    } else {
      return false;
    }
    int lastLabel;
    while (true) {
      if (p >= n || !isAlphanumeric(s.charAt(p))) {
        return false;
      }
      lastLabel = p;
      p++;
      while (p < n && (isAlphanumeric(s.charAt(p)) || s.charAt(p) == '-')) {
        p++;
      }
      if (s.charAt(p - 1) == '-') {
        return false;
      }
      if (p < n && s.charAt(p) == '.') {
        p++;
        continue;
      }
      break;
    }
    if (!isLetter(s.charAt(lastLabel))) {
      return false;
    }
    // the authority ends at the host: a port, a user or anything else is left to the parser
    if (p < n && s.charAt(p) != '/' && s.charAt(p) != '?' && s.charAt(p) != '#') {
      return false;
    }
    // after the host: the path; a '?' starts the query and may repeat in it and in the fragment; one '#'
    boolean inFragment = false;
    for (; p < n; p++) {
      char c = s.charAt(p);
      if (c < 128 && PATH_CHARS[c]) {
        continue;
      }
      if (c == '%') {
        if (p + 2 >= n || !isHex(s.charAt(p + 1)) || !isHex(s.charAt(p + 2))) {
          return false;
        }
        p += 2;
      } else if (c == '#' && !inFragment) {
        inFragment = true;
      } else {
        return false;
      }
    }
    return true;
  }

  /**
   * Characters RFC 2396 allows unescaped in a path, a query and a fragment (no brackets): alphanumerics, marks and
   * {@code ;/:@&=+$,}, and {@code ?} (the first starts the query; more may follow in the query and the fragment).
   */
  private static final boolean[] PATH_CHARS = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      PATH_CHARS[c] = isAlphanumeric(c) || "-_.!~*'();/:@&=+$,?".indexOf(c) >= 0;
    }
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAlphanumeric(char c) {
    return isLetter(c) || (c >= '0' && c <= '9');
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  static void positive(String field, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(field + ": " + value + " must be at least 1");
    }
  }
}
