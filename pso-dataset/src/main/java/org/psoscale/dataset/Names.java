package org.psoscale.dataset;

import java.text.Normalizer;
import java.util.Locale;

/** Package-private: the lookup key of a name, ignoring case, accents, spaces and punctuation. */
final class Names {
  private Names() {}

  /**
   * Decomposes accents and drops them, lower-cases (root locale) and keeps letters and digits only; so
   * {@code "FRAGDENSTAA T"}, {@code "FragDenStaat"} and {@code "Frag-den-Staat"} share the key
   * {@code "fragdenstaat"}, and {@code "Tousbénévoles"} matches {@code "Tousbenevoles"}.
   */
  static String key(String name) {
    // ASCII (most names): decomposition changes nothing and the letters and digits are [A-Za-z0-9]
    StringBuilder ascii = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 0x80) {
        return decomposedKey(name);
      }
      if (c >= 'A' && c <= 'Z') {
        ascii.append((char) (c + ('a' - 'A')));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        ascii.append(c);
      }
    }
    return ascii.toString();
  }

  private static String decomposedKey(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    decomposed.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp)) {
        out.appendCodePoint(cp);
      }
    });
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
