package org.psoscale.dataset;

import java.util.Map;

/**
 * Package-private: a fixed table from exact texts (enum constant names, feature texts) to values, for the readers'
 * hot path. A lookup takes the text where the parser holds it (a slice of its character buffer, no string made),
 * probes by its length and three of its characters and compares the whole text; an unknown text, or one differing
 * in case or white space, finds nothing. Immutable and thread-safe.
 */
final class ExactLookup<T> {
  /** The texts as character arrays: compared with the parser's buffer by {@code Arrays.equals}, vectorised. */
  private final char[][] keys;
  private final Object[] values;
  private final int mask;

  private ExactLookup(Map<String, T> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
    keys = new char[size][];
    values = new Object[size];
    mask = size - 1;
    entries.forEach((k, v) -> {
      int i = slot(k.toCharArray(), 0, k.length()) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = k.toCharArray();
      values[i] = v;
    });
  }

  /** {@return the table of an enum's constants by their exact names} */
  static <E extends Enum<E>> ExactLookup<E> ofEnum(Class<E> type) {
    Map<String, E> entries = new java.util.HashMap<>();
    for (E e : type.getEnumConstants()) {
      entries.put(e.name(), e);
    }
    return new ExactLookup<>(entries);
  }

  /** {@return the table of these entries} */
  static <T> ExactLookup<T> of(Map<String, T> entries) {
    return new ExactLookup<>(entries);
  }

  /**
   * {@return the value of exactly the text {@code chars[offset, offset + length)}, or null} Used on the parser's
   * own character buffer, so that a constant costs no string.
   */
  @SuppressWarnings("unchecked")
  T get(char[] chars, int offset, int length) {
    int i = slot(chars, offset, length) & mask;
    char[] k;
    while ((k = keys[i]) != null) {
      if (k.length == length && java.util.Arrays.equals(k, 0, length, chars, offset, offset + length)) {
        return (T) values[i];
      }
      i = (i + 1) & mask;
    }
    return null;
  }

  private static int slot(char[] c, int offset, int n) {
    if (n == 0) {
      return 0;
    }
    int h = ((n * 31 + c[offset]) * 31 + c[offset + n / 2]) * 31 + c[offset + n - 1];
    return h ^ (h >>> 7) ^ (h >>> 13);
  }

}
