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
import org.psoscale.classifier.evaluation.CasePrediction;
import org.psoscale.classifier.evaluation.Evaluation;
import org.psoscale.dataset.CodingReliability;
import org.psoscale.dataset.PsoCase;
import org.psoscale.dataset.PsoDataset;
import org.psoscale.model.ScalingStrategy;
import org.psoscale.model.Sector;

/**
 * Classifies every case of a data set with one classifier and reports it: one {@link Row} per case, the
 * evaluation against the cases' reference strategies, a console table, a CSV file, plots ({@link Figure}s drawn as
 * SVG) and one self-contained HTML page holding all of it.
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

    /**
     * The predicted strategy; empty when the profile has no evidence or the scores tie.
     *
     * @return the prediction, if any
     */
    public Optional<ScalingStrategy> predicted() {
      return classification.primary();
    }

    /**
     * Whether the case has a reference strategy and the prediction equals it.
     *
     * @return true if the prediction is the reference strategy
     */
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

  /**
   * The name of the classifier used.
   *
   * @return the name of the classifier used
   */
  public String classifierName() {
    return classifierName;
  }

  /**
   * One row per case, in the data set's order.
   *
   * @return one row per case, in the data set's order
   */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /**
   * The evaluation of the classifier against the labelled cases.
   *
   * @return the evaluation of the classifier against the labelled cases
   */
  public Evaluation evaluation() {
    return evaluation;
  }

  /**
   * The per-case table as fixed-width text, one line per case after a header and a rule, then a line explaining the
   * abbreviations. Names and sectors are never cut; strategies are abbreviated as in the confusion matrix of {@link
   * Evaluation#render()} ({@link #abbreviation(ScalingStrategy)}: GEOG, TECH, DATA).
   *
   * @return the text, lines ending in {@code \n}
   */
  public String table() {
    int nameWidth = Math.max(4, rows.stream().mapToInt(r -> r.name().length()).max().orElse(4));
    int sectorWidth = Math.max(6, rows.stream().mapToInt(r -> sectors(r).length()).max().orElse(6));
    String format = "%-" + nameWidth + "s  %-" + sectorWidth + "s  %-4s  %-4s  %5s %5s %5s  %s%n";
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, format, "case", "sector", "ref", "pred",
        abbreviation(ScalingStrategy.GEOGRAPHIC_IMPLANTATION), abbreviation(ScalingStrategy.TECHNOLOGICAL_REPLICATION),
        abbreviation(ScalingStrategy.DATA_BASED_GROWTH), "mixed"));
    out.append(Strings.repeat("-", nameWidth + sectorWidth + 45)).append('\n');
    for (Row r : rows) {
      Classification c = r.classification();
      out.append(String.format(Locale.ROOT, format,
          r.name(),
          sectors(r),
          r.reference().map(CaseReport::abbreviation).orElse("-"),
          r.predicted().map(CaseReport::abbreviation).orElse("-"),
          score(c, ScalingStrategy.GEOGRAPHIC_IMPLANTATION),
          score(c, ScalingStrategy.TECHNOLOGICAL_REPLICATION),
          score(c, ScalingStrategy.DATA_BASED_GROWTH),
          c.isMixed() ? "yes" : ""));
    }
    String sep = "";
    for (ScalingStrategy s : ScalingStrategy.values()) {
      out.append(sep).append(abbreviation(s)).append(" = ").append(s.label());
      sep = ", ";
    }
    out.append("; ref = the paper's strategy, pred = predicted; '-' = none (no reference coding, or no evidence /"
        + " a tie).\n");
    return out.toString();
  }

  /**
   * The report's one set of strategy abbreviations, the same as the confusion matrix's: the first four letters of
   * the constant's name ({@code GEOG}, {@code TECH}, {@code DATA}).
   *
   * @param strategy the strategy; not null
   * @return its abbreviation
   * @throws NullPointerException if {@code strategy} is null
   */
  public static String abbreviation(ScalingStrategy strategy) {
    String name = strategy.name();
    return name.substring(0, Math.min(4, name.length()));
  }

  private static String sectors(Row r) {
    return r.sectors().stream().map(Sector::name).collect(Collectors.joining("+"));
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

  /**
   * The ternary plot of every case's scores, laid out (see {@link TernaryPlot}): marks coloured by the paper's
   * strategy, ringed where the prediction misses it, diamonds for mixed cases.
   *
   * @return the figure
   */
  public Figure ternary() {
    List<TernaryPlot.Point> points = new ArrayList<>();
    for (Row r : rows) {
      points.add(new TernaryPlot.Point(r.name(), r.classification().scores(), r.reference(), r.predicted(),
          r.classification().isMixed()));
    }
    return TernaryPlot.layout(
        "Scaling strategy scores of " + rows.size() + " PSOs (" + classifierName + " classifier)", points);
  }

  /**
   * The ternary plot as a standalone SVG document: {@code ternary().svgDocument()}.
   *
   * @return the SVG document; not null
   */
  public String svg() {
    return ternary().svgDocument();
  }

  /**
   * The predicted strategy by sector as stacked bars ({@link ReportCharts#strategyBySector}).
   *
   * @return the figure
   */
  public Figure strategyBySector() {
    return ReportCharts.strategyBySector(
        "Predicted strategy by sector (" + classifierName + ", " + rows.size() + " cases)",
        ReportCharts.countBySector(rows, Row::predicted), "no prediction (no evidence or a tie)",
        "A case with two sectors counts in both. Grey: the classifier names no single strategy.");
  }

  /**
   * The evaluation's confusion matrix as a heat map ({@link ReportCharts#confusionHeatMap}).
   *
   * @return the figure
   */
  public Figure confusionHeatMap() {
    return ReportCharts.confusionHeatMap(
        "Confusion matrix: " + classifierName + " on the paper's " + evaluation.size() + " coded cases",
        evaluation.confusionMatrix(), "Paper's strategy", "Predicted by " + classifierName);
  }

  /**
   * The evaluation with each case named by its organisation's name instead of its id, for printing.
   *
   * @return the same predictions under the cases' names
   */
  public Evaluation namedEvaluation() {
    Map<String, String> names = new LinkedHashMap<>();
    rows.forEach(r -> names.put(r.id(), r.name()));
    List<CasePrediction> named = new ArrayList<>();
    for (CasePrediction p : evaluation.predictions()) {
      named.add(CasePrediction.of(names.getOrDefault(p.id(), p.id()), p.reference(), p.classification()));
    }
    return Evaluation.from(evaluation.classifier(), named);
  }

  /**
   * The whole report as one self-contained HTML page (no scripts, no external files; see {@link HtmlReport}).
   *
   * @param comparison the classifier comparison to show, if any; not null
   * @param reliability the coding reliability to show, if any; not null
   * @return the HTML5 document
   * @throws NullPointerException if an argument is null
   */
  public String html(Optional<ClassifierComparison> comparison, Optional<CodingReliability> reliability) {
    return HtmlReport.render(this, comparison, reliability);
  }

  /** The file names the main job writes, in the order it writes them. */
  public static final ImmutableList<String> FILES = ImmutableList.of(
      "pso-cases-classified.csv", "report.html", "pso-strategies-ternary.svg", "pso-strategy-by-sector.svg",
      "pso-confusion-matrix.svg", "pso-coding-reliability.svg");

  /**
   * The main job's command line (see {@link CaseReportCommand} for the options): by default, runs the report on the
   * bundled cases with the paper's rules, prints the table, the evaluation and the {@link ClassifierComparison} of
   * the built-in classifiers to standard output and writes into a folder the CSV, the self-contained
   * {@code report.html} (tables, evaluation, comparison, coding reliability and every plot inline) and each plot as
   * a standalone SVG ({@link #FILES}), then prints the folder's absolute path last. {@code --input} reads a user's
   * data set or coding sheet, {@code --classifier} picks another classifier, {@code --out} the folder,
   * {@code --help} prints the usage. The JVM exits with code 1 on bad input and 2 on a usage error, with a message
   * and no stack trace; it returns normally when the report was written.
   *
   * @param args the options; see {@link CaseReportCommand}
   */
  public static void main(String[] args) {
    int code = CaseReportCommand.run(args, System.out, System.err);
    if (code != CaseReportCommand.OK) {
      System.exit(code);
    }
  }

  /**
   * The main job on any data set and classifier, without a coding-reliability section: {@code run(dataset,
   * classifier, folder, console, Optional.empty())}.
   *
   * @param dataset the cases; not null
   * @param classifier the classifier; not null
   * @param folder the output folder, created if missing; not null
   * @param console where the table and evaluation are printed; not null
   * @return the report
   * @throws IOException if the files cannot be written
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the data set has no labelled case
   */
  public static CaseReport run(PsoDataset dataset, StrategyClassifier classifier, Path folder, PrintStream console)
      throws IOException {
    return run(dataset, classifier, folder, console, Optional.empty());
  }

  /**
   * The main job on any data set and classifier: prints the table, the evaluation (cases named) and (with at least
   * two labelled cases) the {@link ClassifierComparison} on the data set's labelled cases, then writes the CSV, the
   * HTML report and the SVG plots ({@link #FILES}; the reliability plot only when {@code reliability} is given) and
   * prints the folder last.
   *
   * @param dataset the cases; not null
   * @param classifier the classifier; not null
   * @param folder the output folder, created if missing; not null
   * @param console where the table and evaluation are printed; not null
   * @param reliability a comparison of two codings of the same cases to show, if any; not null
   * @return the report
   * @throws IOException if the files cannot be written
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the data set has no labelled case
   */
  public static CaseReport run(PsoDataset dataset, StrategyClassifier classifier, Path folder, PrintStream console,
      Optional<CodingReliability> reliability) throws IOException {
    requireNonNull(folder, "folder");
    requireNonNull(console, "console");
    requireNonNull(reliability, "reliability");
    CaseReport report = of(dataset, classifier);
    console.println("PSO Scale: " + report.rows().size() + " cases classified with '" + report.classifierName()
        + "'");
    console.println();
    console.print(report.table());
    console.println();
    console.println(report.namedEvaluation().render());
    Optional<ClassifierComparison> comparison = Optional.empty();
    if (dataset.labelled().size() >= 2) {
      comparison = Optional.of(ClassifierComparison.of(dataset.labelled()));
      console.println("Built-in classifiers compared on the labelled cases (Markdown; trainers by leave-one-out)");
      console.println();
      console.println(comparison.get().renderMarkdown());
    }
    TypologyCrosswalk.print(dataset, console);
    Files.createDirectories(folder);
    Path csv = folder.resolve(FILES.get(0));
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      report.writeCsv(w);
    }
    Files.writeString(folder.resolve(FILES.get(1)), report.html(comparison, reliability), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve(FILES.get(2)), report.svg(), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve(FILES.get(3)), report.strategyBySector().svgDocument(), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve(FILES.get(4)), report.confusionHeatMap().svgDocument(), StandardCharsets.UTF_8);
    List<String> written = new ArrayList<>(FILES.subList(0, 5));
    if (reliability.isPresent()) {
      Files.writeString(folder.resolve(FILES.get(5)), HtmlReport.reliabilityFigure(reliability.get()).svgDocument(),
          StandardCharsets.UTF_8);
      written.add(FILES.get(5));
    }
    console.println("Open " + FILES.get(1) + " in a browser. Wrote " + String.join(", ", written) + " to "
        + folder);
    return report;
  }

  private static String score(Classification c, ScalingStrategy s) {
    return String.format(Locale.ROOT, "%.2f", c.score(s));
  }
}
