package org.psoscale.model;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Package-private helper behind the {@code parse} methods of the enums: one normalisation and one error
 * message for every lookup by spelling, so that all parsers behave alike.
 *
 * <p>Normalisation upper-cases (root locale), turns underscores into spaces, collapses runs of white space and
 * drops spaces around a slash; so {@code "Inclusion/Empowerment"}, {@code "INCLUSION / EMPOWERMENT"} and
 * {@code "inclusion  /  empowerment"} are one key.
 */
final class Spellings<E extends Enum<E>> {
  private final String field;
  private final ImmutableMap<String, E> byKey;
  private final Set<String> accepted;

  private Spellings(String field, ImmutableMap<String, E> byKey, Set<String> accepted) {
    this.field = field;
    this.byKey = byKey;
    this.accepted = accepted;
  }

  /** Builds a lookup from each constant's name and its listed spellings. */
  static <E extends Enum<E>> Spellings<E> of(String field, Map<E, ? extends Iterable<String>> spellings) {
    ImmutableMap.Builder<String, E> keys = ImmutableMap.builder();
    Map<String, E> seen = new java.util.HashMap<>();
    Set<String> accepted = new TreeSet<>();
    for (Map.Entry<E, ? extends Iterable<String>> e : spellings.entrySet()) {
      add(seen, e.getKey().name(), e.getKey());
      accepted.add(e.getKey().name());
      for (String s : e.getValue()) {
        add(seen, s, e.getKey());
        accepted.add(s);
      }
    }
    keys.putAll(seen);
    return new Spellings<>(field, keys.buildOrThrow(), java.util.Collections.unmodifiableSet(accepted));
  }

  private static <E> void add(Map<String, E> seen, String spelling, E value) {
    E previous = seen.putIfAbsent(normalise(spelling), value);
    if (previous != null && previous != value) {
      throw new IllegalStateException("spelling '" + spelling + "' maps to both " + previous + " and " + value);
    }
  }

  static String normalise(String text) {
    String upper = text.toUpperCase(Locale.ROOT).replace('_', ' ');
    String collapsed = CharMatcher.whitespace().trimAndCollapseFrom(upper, ' ');
    return collapsed.replace(" /", "/").replace("/ ", "/");
  }

  /** Looks the text up; rejects null, blank and unknown spellings naming the field and accepted values. */
  E parse(String text) {
    Objects.requireNonNull(text, field);
    E value = byKey.get(normalise(text));
    if (value == null) {
      throw new IllegalArgumentException(
          field + ": unknown value '" + text + "'; accepted (ignoring case and spacing): " + accepted);
    }
    return value;
  }

  /** Every accepted spelling, sorted. */
  Set<String> accepted() {
    return accepted;
  }
}
