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
    // Latin text (most names): each character's contribution is looked up; decomposition and case are per
    // character there (see LATIN), so the key is the same as decomposing the whole name
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        out.append((char) (c + ('a' - 'A')));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      } else if (c >= 0x80) {
        if (c >= LATIN.length) {
          return decomposedKey(name);
        }
        out.append(LATIN[c]);
      }
    }
    return out.toString();
  }

  /**
   * What each character below U+0250 (Basic Latin to Latin Extended-B) adds to a key: {@link #decomposedKey} of the
   * character alone, e.g. {@code "e"} for {@code 'é'}, {@code "ss"} for {@code 'ß'}, nothing for a space or a mark.
   * Concatenating these is the key of a whole name in that range: NFKD decomposes character by character (its
   * reordering only moves combining marks, which are dropped), and root-locale lower-casing depends on context
   * only for the Greek capital sigma, which no character here decomposes to. A property test compares the two.
   */
  private static final String[] LATIN = new String[0x250];

  static {
    for (char c = 0; c < LATIN.length; c++) {
      LATIN[c] = decomposedKey(String.valueOf(c));
    }
  }

  /** The key by definition: decompose (NFKD), keep letters and digits, lower-case (root locale). */
  static String decomposedKey(String name) {
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
