package org.psoscale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.CharMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Parsers ignore case, runs of white space, underscores and spaces around a slash (as documented), and reject
 * anything else with a message that lists the accepted spellings.
 */
class ParserPropertiesTest {

  /** The documented normalisation, written independently of the main code. */
  static String key(String text) {
    String upper = text.toUpperCase(Locale.ROOT).replace('_', ' ');
    return CharMatcher.whitespace().trimAndCollapseFrom(upper, ' ').replace(" /", "/").replace("/ ", "/");
  }

  /**
   * Variants of {@code spelling}: each letter's case flipped at random, each space replaced by a run of white
   * space or an underscore (or dropped, beside a slash), white space added around slashes and at both ends.
   */
  static Arbitrary<String> variants(String spelling) {
    int n = spelling.length();
    Arbitrary<List<Boolean>> upper = Arbitraries.of(true, false).list().ofSize(n);
    Arbitrary<List<String>> gaps =
        Arbitraries.of("", " ", "  ", "\t", "_", " \u00A0", "\u2003", "\n ").list().ofSize(n);
    Arbitrary<String> ends = Arbitraries.of("", " ", "\t", "  \n", "_");
    return Combinators.combine(upper, gaps, ends, ends).as((u, g, before, after) -> {
      StringBuilder s = new StringBuilder(before);
      for (int i = 0; i < n; i++) {
        char c = spelling.charAt(i);
        boolean besideSlash = (i > 0 && spelling.charAt(i - 1) == '/') || (i + 1 < n && spelling.charAt(i + 1) == '/');
        if (c == ' ') {
          // A space may vanish only beside a slash; elsewhere it would join two words.
          s.append(g.get(i).isEmpty() && !besideSlash ? " " : g.get(i));
        } else if (c == '/') {
          s.append(g.get(i)).append('/').append(g.get(i));
        } else {
          s.append(u.get(i) ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
      }
      return s.append(after).toString();
    });
  }

  private static Arbitrary<Tuple2<String, String>> spellingAndVariant(Set<String> accepted) {
    return Arbitraries.of(accepted).flatMap(s -> variants(s).map(v -> Tuple.of(s, v)));
  }

  @Provide
  Arbitrary<Tuple2<String, String>> sectorVariants() {
    return spellingAndVariant(Sector.acceptedSpellings());
  }

  @Provide
  Arbitrary<Tuple2<String, String>> statusVariants() {
    return spellingAndVariant(LegalStatus.acceptedSpellings());
  }

  @Provide
  Arbitrary<Tuple2<String, String>> capabilityVariants() {
    return spellingAndVariant(ScalersCapability.acceptedSpellings());
  }

  @Provide
  Arbitrary<Tuple2<String, String>> strategyVariants() {
    Set<String> spellings = new java.util.TreeSet<>();
    for (ScalingStrategy s : ScalingStrategy.values()) {
      spellings.add(s.name());
      spellings.add(s.label());
      spellings.add(s.heading());
    }
    spellings.add("DATA-BASED GROWTH");
    return spellingAndVariant(spellings);
  }

  @Provide
  Arbitrary<Tuple2<String, String>> countryVariants() {
    List<String> names = new ArrayList<>(ParsersTest.PAPER_COUNTRIES.keySet());
    names.addAll(List.of("United Kingdom", "European Union", "Great Britain", "Czechia", "Bosnia & Herzegovina"));
    return spellingAndVariant(new java.util.TreeSet<>(names));
  }

  @Property
  void sectorIgnoresCaseAndSpacing(@ForAll("sectorVariants") Tuple2<String, String> v) {
    assertEquals(Sector.parse(v.get1()), Sector.parse(v.get2()), v.get2());
  }

  @Provide
  Arbitrary<Tuple2<String, String>> slashVariants() {
    Set<String> withSlash = Sector.acceptedSpellings().stream()
        .filter(x -> x.contains("/"))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    return spellingAndVariant(withSlash);
  }

  @Property(tries = 100)
  void sectorIgnoresSpacesAroundASlash(@ForAll("slashVariants") Tuple2<String, String> v) {
    assertEquals(Sector.SOCIAL_INCLUSION, Sector.parse(v.get2()), v.get2());
    assertEquals(Sector.SOCIAL_INCLUSION, Sector.parse(v.get1().replace(" ", "")), v.get1());
  }

  @Property
  void legalStatusIgnoresCaseAndSpacing(@ForAll("statusVariants") Tuple2<String, String> v) {
    assertEquals(LegalStatus.parse(v.get1()), LegalStatus.parse(v.get2()), v.get2());
  }

  @Property
  void capabilityIgnoresCaseAndSpacing(@ForAll("capabilityVariants") Tuple2<String, String> v) {
    assertEquals(ScalersCapability.parse(v.get1()), ScalersCapability.parse(v.get2()), v.get2());
  }

  @Property
  void strategyIgnoresCaseAndSpacing(@ForAll("strategyVariants") Tuple2<String, String> v) {
    assertEquals(ScalingStrategy.parse(v.get1()), ScalingStrategy.parse(v.get2()), v.get2());
  }

  @Property
  void countryIgnoresCaseAndSpacing(@ForAll("countryVariants") Tuple2<String, String> v) {
    assertEquals(CountryCode.parse(v.get1()), CountryCode.parse(v.get2()), v.get2());
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(List.of(
        Arbitraries.strings().ofMaxLength(30),
        Arbitraries.strings().alpha().withChars(' ', '/', '-', '_').ofMaxLength(30),
        // Near misses: an accepted spelling with one character dropped or doubled.
        Arbitraries.of(Sector.acceptedSpellings()).flatMap(s -> Arbitraries.integers().between(0, s.length() - 1)
            .flatMap(i -> Arbitraries.of(
                s.substring(0, i) + s.substring(i + 1),
                s.substring(0, i + 1) + s.charAt(i) + s.substring(i + 1))))));
  }

  @Property
  void sectorRejectsEverythingElse(@ForAll("anyText") String text) {
    assertRejectsUnlessAccepted(text, Sector.acceptedSpellings(), Sector::parse, "sector");
  }

  @Property
  void legalStatusRejectsEverythingElse(@ForAll("anyText") String text) {
    assertRejectsUnlessAccepted(text, LegalStatus.acceptedSpellings(), LegalStatus::parse, "legalStatus");
  }

  @Property
  void capabilityRejectsEverythingElse(@ForAll("anyText") String text) {
    assertRejectsUnlessAccepted(text, ScalersCapability.acceptedSpellings(), ScalersCapability::parse, "capability");
  }

  private static void assertRejectsUnlessAccepted(
      String text, Set<String> accepted, Function<String, ?> parse, String field) {
    Set<String> keys = accepted.stream().map(ParserPropertiesTest::key).collect(Collectors.toSet());
    Assume.that(!keys.contains(key(text)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse.apply(text));
    String message = e.getMessage();
    assertTrue(message.startsWith(field + ": unknown value '" + text + "'"), message);
    for (String s : accepted) {
      assertTrue(message.contains(s), () -> "message does not list '" + s + "': " + message);
    }
  }
}
