package org.psoscale.dataset;

import com.google.common.base.CharMatcher;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/** Package-private argument checks shared by the value types; each message starts with the field name. */
final class Checks {
  private Checks() {}

  static void notBlank(String field, String value) {
    if (CharMatcher.whitespace().matchesAllOf(value)) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
  }

  static void oneLine(String field, String value) {
    notBlank(field, value);
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(field + ": must be a single line");
    }
  }

  static void httpUri(String field, URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
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
