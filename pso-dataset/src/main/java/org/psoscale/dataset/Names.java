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
