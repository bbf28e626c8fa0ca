package org.psoscale.dataset;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Package-private: the nearest of some known spellings to a misspelt one, for "did you mean …?" messages. */
final class Suggestions {
  private Suggestions() {}

  /**
   * The known word nearest to {@code text}, ignoring case, spaces, hyphens and underscores, if it is close: an
   * exact match after that normalisation, or at most a third of the word's letters (and at most 3) edited away.
   * Texts longer than 64 characters get no suggestion (the edit distance is quadratic).
   */
  static Optional<String> nearest(String text, Collection<String> known) {
    if (text == null || text.length() > 64) {
      return Optional.empty();
    }
    String key = key(text);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      String kk = key(k);
      if (kk.length() > 64) {
        continue;
      }
      int d = distance(key, kk);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int allowed = Math.min(3, Math.max(1, key(best).length() / 3));
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
