package org.psoscale.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The per-character lookup key of Latin names is the key by definition (decompose, keep letters, lower-case). */
class NamesProperties {

  @Test
  void everyLatinCharacterAloneAndInPairs() {
    for (char c = 0; c < 0x250; c++) {
      String one = String.valueOf(c);
      assertEquals(Names.decomposedKey(one), Names.key(one), Integer.toHexString(c));
      for (char d = 0x300; d < 0x370; d += 7) { // followed by a combining mark
        assertEquals(Names.decomposedKey(one + d), Names.key(one + d), Integer.toHexString(c));
      }
    }
  }

  @Property(tries = 3000)
  void anyNameHasTheKeyByDefinition(@ForAll("names") String name) {
    assertEquals(Names.decomposedKey(name), Names.key(name), name);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('\u0000', '\u024f').ofMaxLength(20),
        Arbitraries.strings().withCharRange('\u0000', '\u036f').ofMaxLength(20),
        Arbitraries.strings().withChars("aÉéßÆæİıĳǄǅǆ½²ΣσςﬁＡ\u0301\u0327 -.'").ofMaxLength(20),
        Arbitraries.strings().all().ofMaxLength(12));
  }
}
