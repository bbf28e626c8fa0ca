package org.psoscale.dataset.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.psoscale.classifier.Classification;
import org.psoscale.classifier.StrategyClassifier;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.classifier.evaluation.Evaluation;
import org.psoscale.dataset.PsoCase;
import org.psoscale.dataset.PsoDataset;
import org.psoscale.model.ScalingStrategy;
import org.psoscale.model.Sector;

/**
 * Classifies every case of a data set with one classifier and reports it: one {@link Row} per case, the
 * evaluation against the cases' reference strategies, a console table, a CSV file and an SVG ternary plot.
 *
 * <p>The report is computed once at construction and is immutable; rendering methods are pure. {@link
 * #main(String[])} runs it on {@link PsoDataset#bundled()} with {@link StrategyClassifiers#rules()}.
 */
public final class CaseReport {
  /** The CSV columns, in order. */
  public static final ImmutableList<String> CSV_COLUMNS =
      ImmutableList.of(
          "id", "name", "sectors", "reference_strategy", "predicted_strategy",
          "score_geographic_implantation", "score_technological_replication", "score_data_based_growth",
          "mixed", "correct");

  private final String classifierName;
  private final ImmutableList<Row> rows;
  private final Evaluation evaluation;

  /**
   * One case of the report.
   *
   * @param id the case's id; not null
   * @param name the organisation's normalised name; not null
   * @param sectors the organisation's sectors; not null
   * @param reference the paper's strategy coding, if the paper codes the case
   * @param classification the classifier's result for the case's profile; not null
   */
  public record Row(
      String id, String name, List<Sector> sectors, Optional<ScalingStrategy> reference,
      Classification classification) {
    /**
     * Checks and copies the row.
     *
     * @param id the case's id; not null
     * @param name the organisation's normalised name; not null
     * @param sectors the organisation's sectors; not null
     * @param reference the paper's strategy coding, if any; not null
     * @param classification the classifier's result; not null
     * @throws NullPointerException if an argument is null
     */
    public Row {
      requireNonNull(id, "id");
      requireNonNull(name, "name");
      sectors = ImmutableList.copyOf(sectors);
      requireNonNull(reference, "reference");
      requireNonNull(classification, "classification");
    }

    /** The predicted strategy; empty when the profile has no evidence or the scores tie. */
    public Optional<ScalingStrategy> predicted() {
      return classification.primary();
    }

    /** Whether the case has a reference strategy and the prediction equals it. */
    public boolean correct() {
      return reference.isPresent() && reference.equals(predicted());
    }
  }

  private CaseReport(String classifierName, ImmutableList<Row> rows, Evaluation evaluation) {
    this.classifierName = classifierName;
    this.rows = rows;
    this.evaluation = evaluation;
  }

  /**
   * Classifies every case of {@code dataset} with {@code classifier} and evaluates the labelled ones.
   *
   * @param dataset the cases; not null
   * @param classifier the classifier; not null
   * @return the report
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the data set has no labelled case to evaluate against
   */
  public static CaseReport of(PsoDataset dataset, StrategyClassifier classifier) {
    requireNonNull(dataset, "dataset");
    requireNonNull(classifier, "classifier");
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (PsoCase c : dataset.cases()) {
      rows.add(new Row(
          c.id(), c.pso().name(), ImmutableList.copyOf(c.pso().sectors()), c.referenceStrategy(),
          classifier.classify(c.pso().profile())));
    }
    if (dataset.labelled().isEmpty()) {
      throw new IllegalArgumentException("dataset: has no case with a reference strategy to evaluate against");
    }
    return new CaseReport(classifier.name(), rows.build(), Evaluation.of(classifier, dataset.labelled()));
  }

  /** The name of the classifier used. */
  public String classifierName() {
    return classifierName;
  }

  /** One row per case, in the data set's order. */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /** The evaluation of the classifier against the labelled cases. */
  public Evaluation evaluation() {
    return evaluation;
  }

  /** The per-case table as fixed-width text, one line per case after a header. */
  public String table() {
    int nameWidth = Math.max(4, rows.stream().mapToInt(r -> r.name().length()).max().orElse(4));
    nameWidth = Math.min(nameWidth, 32);
    String format = "%-" + nameWidth + "s  %-18s  %-4s  %-4s  %5s %5s %5s  %s%n";
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, format, "case", "sector", "ref", "pred", "GI", "TR", "DBG", "mixed"));
    out.append(Strings.repeat("-", nameWidth + 62)).append('\n');
    for (Row r : rows) {
      Classification c = r.classification();
      out.append(String.format(Locale.ROOT, format,
          abbreviate(r.name(), nameWidth),
          abbreviate(r.sectors().stream().map(Sector::name).collect(Collectors.joining("+")), 18),
          r.reference().map(CaseReport::code).orElse("-"),
          r.predicted().map(CaseReport::code).orElse("-"),
          score(c, ScalingStrategy.GEOGRAPHIC_IMPLANTATION),
          score(c, ScalingStrategy.TECHNOLOGICAL_REPLICATION),
          score(c, ScalingStrategy.DATA_BASED_GROWTH),
          c.isMixed() ? "yes" : ""));
    }
    out.append("GI = geographic implantation, TR = technological replication, DBG = data-based growth;")
        .append(" '-' = none (no reference coding, or no evidence / a tie).\n");
    return out.toString();
  }

  /**
   * Writes the rows as CSV (RFC 4180, header row, columns {@link #CSV_COLUMNS}; sectors joined with
   * {@code ;}; empty cells for absent values; scores with six decimals).
   *
   * @param out where to write; not null, not closed by this method
   * @throws IOException if writing fails
   */
  public void writeCsv(Writer out) throws IOException {
    requireNonNull(out, "out");
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    CSV_COLUMNS.forEach(schema::addColumn);
    CsvMapper mapper = new CsvMapper();
    mapper.configure(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    try (SequenceWriter writer = mapper.writerFor(Map.class).with(schema.build()).writeValues(out)) {
      for (Row r : rows) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("id", r.id());
        cells.put("name", r.name());
        cells.put("sectors", r.sectors().stream().map(Sector::name).collect(Collectors.joining(";")));
        cells.put("reference_strategy", r.reference().map(Enum::name).orElse(""));
        cells.put("predicted_strategy", r.predicted().map(Enum::name).orElse(""));
        for (ScalingStrategy s : ScalingStrategy.values()) {
          cells.put("score_" + s.name().toLowerCase(Locale.ROOT),
              String.format(Locale.ROOT, "%.6f", r.classification().score(s)));
        }
        cells.put("mixed", Boolean.toString(r.classification().isMixed()));
        cells.put("correct", r.reference().isPresent() ? Boolean.toString(r.correct()) : "");
        writer.write(cells);
      }
    }
  }

  /** The ternary plot of every case's scores as an SVG document (see {@link TernaryPlot}). */
  public String svg() {
    List<TernaryPlot.Point> points = new ArrayList<>();
    for (Row r : rows) {
      points.add(new TernaryPlot.Point(r.name(), r.classification().scores(), r.reference()));
    }
    return TernaryPlot.render(
        "Scaling strategy scores of " + rows.size() + " PSOs (" + classifierName + " classifier)", points);
  }

  /**
   * Runs the report on the bundled cases with the paper's rules: prints the table, the evaluation and the {@link
   * ClassifierComparison} of the built-in classifiers to standard output and writes {@code pso-cases-classified.csv} and {@code pso-strategies-ternary.svg} into a
   * folder, whose absolute path it prints last.
   *
   * @param args optionally one argument: the output folder (default {@code pso-report}); created if missing
   * @throws IOException if the files cannot be written
   * @throws IllegalArgumentException if more than one argument is given
   */
  public static void main(String[] args) throws IOException {
    if (args.length > 1) {
      throw new IllegalArgumentException("usage: CaseReport [output-folder]; got " + args.length + " arguments");
    }
    Path folder = Path.of(args.length == 1 ? args[0] : "pso-report").toAbsolutePath().normalize();
    run(PsoDataset.bundled(), StrategyClassifiers.rules(), folder, System.out);
  }

  /**
   * The main job on any data set and classifier: prints the table, the evaluation and (with at least two labelled
   * cases) the {@link ClassifierComparison} on the data set's labelled cases, then writes the CSV and SVG files.
   *
   * @param dataset the cases; not null
   * @param classifier the classifier; not null
   * @param folder the output folder, created if missing; not null
   * @param console where the table and evaluation are printed; not null
   * @return the report
   * @throws IOException if the files cannot be written
   */
  public static CaseReport run(PsoDataset dataset, StrategyClassifier classifier, Path folder, PrintStream console)
      throws IOException {
    requireNonNull(folder, "folder");
    requireNonNull(console, "console");
    CaseReport report = of(dataset, classifier);
    console.println("PSO Scale: " + report.rows().size() + " cases classified with '" + report.classifierName()
        + "'");
    console.println();
    console.print(report.table());
    console.println();
    console.println(report.evaluation().render());
    if (dataset.labelled().size() >= 2) {
      console.println("Built-in classifiers compared on the labelled cases (Markdown; trainers by leave-one-out)");
      console.println();
      console.println(ClassifierComparison.of(dataset.labelled()).renderMarkdown());
    }
    TypologyCrosswalk.print(dataset, console);
    Files.createDirectories(folder);
    Path csv = folder.resolve("pso-cases-classified.csv");
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      report.writeCsv(w);
    }
    Path svg = folder.resolve("pso-strategies-ternary.svg");
    Files.writeString(svg, report.svg(), StandardCharsets.UTF_8);
    console.println("Wrote " + csv.getFileName() + " and " + svg.getFileName() + " to " + folder);
    return report;
  }

  private static String code(ScalingStrategy s) {
    switch (s) {
      case GEOGRAPHIC_IMPLANTATION:
        return "GI";
      case TECHNOLOGICAL_REPLICATION:
        return "TR";
      default:
        return "DBG";
    }
  }

  private static String score(Classification c, ScalingStrategy s) {
    return String.format(Locale.ROOT, "%.2f", c.score(s));
  }

  private static String abbreviate(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
