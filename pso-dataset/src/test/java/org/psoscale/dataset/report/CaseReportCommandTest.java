package org.psoscale.dataset.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job's command line: options, messages and exit codes. */
class CaseReportCommandTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return CaseReportCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private void assertOneScreenWithoutStackTrace() {
    assertTrue(err().lines().count() <= 25, err());
    assertFalse(err().contains("\tat ") || err().contains("Exception"), err());
  }

  @Test
  void helpPrintsTheUsageAndExitsZero() {
    assertEquals(CaseReportCommand.OK, run("--help"));
    assertTrue(err().startsWith("usage: CaseReport"), err());
    assertFalse(Files.exists(Path.of("--help")), "no folder named --help");
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(CaseReportCommand.USAGE, run("--frobnicate"));
    assertTrue(err().contains("unknown option '--frobnicate'") && err().contains("usage:"), err());
    assertOneScreenWithoutStackTrace();
    err.reset();
    assertEquals(CaseReportCommand.USAGE, run("a", "b", "c"));
    assertTrue(err().contains("unexpected argument 'a'"), err());
    err.reset();
    assertEquals(CaseReportCommand.USAGE, run("--input"));
    assertTrue(err().contains("--input needs a value"), err());
  }

  @Test
  void anUnknownClassifierExitsTwoListingTheAvailableOnes() {
    assertEquals(CaseReportCommand.USAGE, run("--classifier", "magic", "--out", dir.toString()));
    assertTrue(err().contains("unknown classifier 'magic'; available: ") && err().contains("bayes"), err());
    assertOneScreenWithoutStackTrace();
  }

  @Test
  void aBadPathExitsOne() {
    assertEquals(CaseReportCommand.BAD_INPUT, run("--input", dir.resolve("nope.json").toString()));
    assertTrue(err().contains("no such file"), err());
    assertOneScreenWithoutStackTrace();
  }

  @Test
  void aBadFileExitsOneListingItsProblems() throws IOException {
    Path bad = dir.resolve("bad.csv");
    try (InputStream in = getClass().getResourceAsStream("/org/psoscale/dataset/sheets/with-problems.csv")) {
      Files.copy(in, bad);
    }
    assertEquals(CaseReportCommand.BAD_INPUT, run("--input", bad.toString(), "--out", dir.resolve("o").toString()));
    assertTrue(err().contains("did you mean NON_PROFIT?"), err());
    assertOneScreenWithoutStackTrace();
  }

  @Test
  void aUsersSheetWritesTheSameFiles() throws IOException {
    Path sheet = dir.resolve("mine.csv");
    try (InputStream in = getClass().getResourceAsStream("/org/psoscale/dataset/sheets/hand-filled.csv")) {
      Files.copy(in, sheet);
    }
    Path folder = dir.resolve("report");
    assertEquals(CaseReportCommand.OK, run("--input", sheet.toString(), "--classifier", "bayes", "--out",
        folder.toString()), err());
    for (String f : CaseReport.FILES.subList(0, 5)) {
      assertTrue(Files.size(folder.resolve(f)) > 0, f);
    }
    String table = out.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("with 'bayes'") && table.contains("Open Budget Lab"), table);
    assertTrue(err().contains("pso-scale: reading") && err().contains("pso-scale: done"), err());
  }
}
