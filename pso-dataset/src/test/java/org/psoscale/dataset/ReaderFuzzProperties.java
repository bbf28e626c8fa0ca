package org.psoscale.dataset;

import static org.junit.jupiter.api.Assertions.assertNull;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Every reader, fed mutated documents, reads them or throws only its documented {@link DatasetFormatException}
 * (hardening). A few thousand tries run in every build; {@code ReaderFuzzLongRun} runs 100,000+ on demand.
 */
class ReaderFuzzProperties {
  @Provide
  Arbitrary<String> readers() {
    return Arbitraries.of(ReaderFuzz.readers());
  }

  @Property(tries = 3000)
  void onlyTheDocumentedExceptionEscapes(@ForAll("readers") String reader, @ForAll long seed) {
    Throwable t = ReaderFuzz.undocumented(reader, ReaderFuzz.mutant(reader, seed));
    assertNull(t, () -> reader + " with mutant seed " + seed + " threw " + t);
  }

  @Test
  void everySeedIsValid() {
    for (String reader : ReaderFuzz.readers()) {
      assertNull(ReaderFuzz.undocumented(reader, ReaderFuzz.seed(reader)), reader);
    }
  }

  @Test
  void noReaderClosesTheCallersStream() {
    for (String reader : ReaderFuzz.readers()) {
      for (byte[] doc : java.util.List.of(ReaderFuzz.seed(reader), "{\"x\":".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
        boolean[] closed = {false};
        java.io.InputStream in = new java.io.ByteArrayInputStream(doc) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
        try {
          ReaderFuzz.READERS.get(reader).read(in);
        } catch (java.io.IOException expected) {
          // the broken document: rejected, and the stream must stay open all the same
        }
        org.junit.jupiter.api.Assertions.assertFalse(closed[0], reader + " closed the caller's stream");
      }
    }
  }
}
