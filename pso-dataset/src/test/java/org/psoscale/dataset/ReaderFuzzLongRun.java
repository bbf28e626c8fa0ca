package org.psoscale.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The long fuzz run, not part of the default build (the class name matches none of the build's test patterns):
 * {@code mvn -B -pl pso-dataset -am test -Dtest=ReaderFuzzLongRun -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfuzz.tries=100000} runs that many mutants per reader and prints, per reader, the tries, how many read, how many
 * threw the documented exception, and how many threw anything else (the findings, with their first seeds).
 */
class ReaderFuzzLongRun {
  @Test
  void longRun() {
    int tries = Integer.getInteger("fuzz.tries", 1000);
    Map<String, List<String>> findings = new LinkedHashMap<>();
    for (String reader : ReaderFuzz.readers()) {
      int read = 0;
      int documented = 0;
      List<String> found = new ArrayList<>();
      for (long seed = 0; seed < tries; seed++) {
        byte[] doc = ReaderFuzz.mutant(reader, seed);
        Throwable t = ReaderFuzz.undocumented(reader, doc);
        if (t != null) {
          if (found.size() < 5) {
            found.add("seed " + seed + ": " + t);
          } else {
            found.add("");
          }
        } else {
          try {
            ReaderFuzz.READERS.get(reader).read(new java.io.ByteArrayInputStream(doc));
            read++;
          } catch (Exception e) {
            documented++;
          }
        }
      }
      System.out.printf("fuzz %-18s tries %d, read %d, documented exception %d, undocumented %d%n", reader, tries,
          read, documented, found.size());
      findings.put(reader, found);
    }
    findings.values().removeIf(List::isEmpty);
    assertEquals(Map.of(), findings);
  }
}
