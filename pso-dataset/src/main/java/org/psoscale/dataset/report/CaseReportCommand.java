package org.psoscale.dataset.report;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.psoscale.classifier.StrategyClassifier;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.dataset.CodingReliability;
import org.psoscale.dataset.CodingSheet;
import org.psoscale.dataset.DatasetFormatException;
import org.psoscale.dataset.PsoDataset;

/**
 * The main job's command line ({@code CaseReport.main}): parses the options, reads the input, runs
 * {@link CaseReport#run} and returns the exit code. Kept apart from {@link CaseReport} so that tests can run it and
 * read the exit code without the JVM exiting.
 *
 * <pre>
 * usage: CaseReport [--input FILE] [--classifier NAME] [--out DIR]
 *   --input FILE       a data set (JSON, as PsoDataset writes it; provenance optional) or a coding sheet
 *                      (.csv, or a JSON array of rows); default: the bundled cases of the paper
 *   --classifier NAME  any name StrategyClassifiers.byName finds (rules, rules-indicators, bayes, ...);
 *                      default: rules
 *   --out DIR          the folder for the CSV, report.html and SVGs; created if missing; default: pso-report
 *   --help             this text
 * exit codes: 0 done; 1 bad input (a file that cannot be read, or a data set without a reference strategy);
 *             2 usage (unknown option, missing value, unknown classifier)
 * </pre>
 * A single argument without an option is taken as {@code --out} (the form the build's {@code -Preport} used).
 */
public final class CaseReportCommand {
  /** Exit code: the report was written. */
  public static final int OK = 0;
  /** Exit code: the input could not be read or used. */
  public static final int BAD_INPUT = 1;
  /** Exit code: the command line was wrong. */
  public static final int USAGE = 2;

  /** The usage text printed by {@code --help} and after a usage error. */
  public static final String USAGE_TEXT = String.join("\n",
      "usage: CaseReport [--input FILE] [--classifier NAME] [--out DIR]",
      "  --input FILE       a data set (JSON, as PsoDataset writes it; provenance optional) or a coding sheet",
      "                     (.csv, or a JSON array of rows); default: the bundled cases of the paper",
      "  --classifier NAME  a classifier StrategyClassifiers.byName finds: " + String.join(", ",
          StrategyClassifiers.available()) + "; default: rules",
      "  --out DIR          the folder for the CSV, report.html and SVGs; created if missing; default: pso-report",
      "  --help             this text",
      "exit codes: 0 done; 1 bad input; 2 usage",
      "");

  private static final int MAX_PROBLEM_LINES = 15;

  private CaseReportCommand() {}

  /**
   * Runs the command line.
   *
   * @param args the arguments; not null
   * @param out where the report's table and evaluation go; not null
   * @param err where progress, usage and errors go; not null
   * @return the exit code: {@link #OK}, {@link #BAD_INPUT} or {@link #USAGE}
   * @throws NullPointerException if an argument is null
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    requireNonNull(args, "args");
    requireNonNull(out, "out");
    requireNonNull(err, "err");
    String input = null;
    String classifierName = StrategyClassifiers.RULES;
    String folder = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--help":
        case "-h":
          err.print(USAGE_TEXT);
          return OK;
        case "--input":
        case "--classifier":
        case "--out":
          if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            return usage(err, a + " needs a value");
          }
          String v = args[++i];
          if (a.equals("--input")) {
            input = v;
          } else if (a.equals("--classifier")) {
            classifierName = v;
          } else {
            folder = v;
          }
          break;
        default:
          if (a.startsWith("-")) {
            return usage(err, "unknown option '" + a + "'");
          }
          if (folder != null || i != args.length - 1) {
            return usage(err, "unexpected argument '" + a + "'");
          }
          folder = a;
      }
    }
    StrategyClassifier classifier;
    try {
      classifier = StrategyClassifiers.byName(classifierName);
    } catch (IllegalArgumentException e) {
      return usage(err, "unknown classifier '" + classifierName + "'; available: "
          + String.join(", ", StrategyClassifiers.available()));
    }
    Path out1 = Path.of(folder == null ? "pso-report" : folder).toAbsolutePath().normalize();
    PsoDataset dataset;
    try {
      err.println("pso-scale: reading " + (input == null ? "the bundled cases" : input));
      dataset = input == null ? PsoDataset.bundled() : read(Path.of(input));
    } catch (NoSuchFileException e) {
      return bad(err, "no such file: " + input);
    } catch (DatasetFormatException e) {
      List<String> lines = e.getMessage().lines().toList();
      err.println("pso-scale: cannot read " + input + ":");
      lines.stream().limit(MAX_PROBLEM_LINES).forEach(l -> err.println("  " + l.strip()));
      if (lines.size() > MAX_PROBLEM_LINES) {
        err.println("  … " + (lines.size() - MAX_PROBLEM_LINES) + " more lines (read the file with the API to see"
            + " DatasetFormatException.problems())");
      }
      return BAD_INPUT;
    } catch (IOException e) {
      return bad(err, "cannot read " + input + ": " + e.getMessage());
    }
    if (dataset.labelled().isEmpty()) {
      return bad(err, "the data set has no case with a reference strategy, so nothing can be evaluated;"
          + " give reference_strategy for the cases you have coded");
    }
    err.println("pso-scale: classifying " + dataset.size() + " cases with '" + classifier.name() + "'");
    try {
      Optional<CodingReliability> reliability = input == null ? Optional.of(CodingReliability.bundled())
          : Optional.empty();
      CaseReport.run(dataset, classifier, out1, out, reliability);
    } catch (IOException e) {
      return bad(err, "cannot write to " + out1 + ": " + e.getMessage());
    }
    err.println("pso-scale: done");
    return OK;
  }

  /**
   * Reads a data set or a coding sheet: a {@code .csv} file as a coding sheet, a JSON file starting with {@code [}
   * as a coding sheet in JSON, any other JSON as a data set read at {@link PsoDataset.Strictness#USER_SUPPLIED}.
   *
   * @param file the file; not null
   * @return the data set
   * @throws IOException if the file cannot be read ({@link DatasetFormatException} for its content)
   */
  static PsoDataset read(Path file) throws IOException {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      try (InputStream in = Files.newInputStream(file)) {
        return CodingSheet.readCsv(in);
      }
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      in.mark(64);
      int c;
      do {
        c = in.read();
      } while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
      in.reset();
      return c == '[' ? CodingSheet.readJson(in) : PsoDataset.read(in, PsoDataset.Strictness.USER_SUPPLIED);
    }
  }

  private static int usage(PrintStream err, String message) {
    err.println("pso-scale: " + message);
    err.print(USAGE_TEXT);
    return USAGE;
  }

  private static int bad(PrintStream err, String message) {
    err.println("pso-scale: " + message);
    return BAD_INPUT;
  }
}
