package org.psoscale.dataset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.psoscale.model.Activity;
import org.psoscale.model.CountryCode;
import org.psoscale.model.ImmutablePso;
import org.psoscale.model.ImmutableScalersAssessment;
import org.psoscale.model.Indicator;
import org.psoscale.model.LegalStatus;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.Pso;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalersCapability;
import org.psoscale.model.Sector;
import org.psoscale.model.SectorSubcategory;

/**
 * The tidy CSV view of a data set: one row per case, a header row, RFC 4180 quoting and CRLF line ends, all cells
 * text, so that {@code pandas.read_csv} and R's {@code read.csv} read it directly. An absent value is an empty
 * cell. A cell holding several values joins them with {@code ;} (a {@code ;} or {@code \} inside a value is
 * escaped with {@code \}). Enum values are constant names; a source is a seed table's constant name or a URL.
 *
 * <p>Columns, in order: {@link #COLUMNS}. {@code sector_sources} pairs each assignment as
 * {@code SECTOR=source}; {@code scalers} pairs {@code CAPABILITY=score}, is empty when the profile has no SCALERS
 * assessment and reads {@value #NO_SCORES} for an assessment that rates no capability; {@code absent_features}
 * lists the features observed absent in their text form ({@code trait:START_UP_OR_NEW_ENTRANT}); {@code coded_features},
 * {@code errata}
 * and {@code notes} are counts (the JSON keeps their text). The row keeps every attribute of the {@code Pso}, so
 * {@link #pso(Map)} rebuilds it equal.
 */
public final class CsvExport {
  /** The {@code scalers} cell of a profile whose SCALERS assessment rates no capability (not the same as none). */
  public static final String NO_SCORES = "NONE";

  /** The column names, in order. */
  public static final ImmutableList<String> COLUMNS = ImmutableList.of(
      "id", "name", "aliases", "appendix_name", "sector_table_name", "strategy_table_name",
      "founding_year", "founding_year_source", "legal_status", "legal_status_source", "country", "country_source",
      "sectors", "sector_sources", "subcategories", "website", "description", "reference_strategy",
      "indicators", "traits", "activities", "absent_features", "scalers", "coded_features", "errata", "notes");

  private static final CsvSchema SCHEMA = schema();
  /** Built once: the CSV mapper's writer and reader are immutable and shared, never configured per call. */
  private static final CsvMapper CSV = new CsvMapper();
  private static final ObjectWriter WRITER = CSV.writer(SCHEMA).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private static final ObjectReader READER = CSV.readerForMapOf(String.class)
      .with(CsvSchema.emptySchema().withHeader())
      .without(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE)
      .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);

  private CsvExport() {}

  private static CsvSchema schema() {
    CsvSchema.Builder b = CsvSchema.builder();
    COLUMNS.forEach(b::addColumn);
    return b.build().withHeader().withLineSeparator("\r\n");
  }

  /**
   * The rows of a data set, one per case in data-set order, each mapping every column of {@link #COLUMNS} to its
   * cell text.
   *
   * @param dataset the data set; not null
   * @return the rows
   * @throws NullPointerException if {@code dataset} is null
   */
  public static ImmutableList<ImmutableMap<String, String>> rows(PsoDataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    return dataset.cases().stream().map(CsvExport::row).collect(ImmutableList.toImmutableList());
  }

  /**
   * The row of one case.
   *
   * @param c the case; not null
   * @return the row, mapping every column of {@link #COLUMNS} to its cell text
   * @throws NullPointerException if {@code c} is null
   */
  public static ImmutableMap<String, String> row(PsoCase c) {
    Pso p = c.pso();
    Map<String, String> r = new LinkedHashMap<>();
    r.put("id", c.id());
    r.put("name", p.name());
    r.put("aliases", join(p.aliases(), Function.identity()));
    r.put("appendix_name", c.appendix().map(AppendixRow::rawName).orElse(""));
    r.put("sector_table_name", c.sectorTable().map(SectorTableEntry::rawName).orElse(""));
    r.put("strategy_table_name", c.strategyTable().map(StrategyTableEntry::rawName).orElse(""));
    r.put("founding_year", p.foundingYear().isPresent() ? Integer.toString(p.foundingYear().getAsInt()) : "");
    r.put("founding_year_source", c.provenance().foundingYear().map(Source::toString).orElse(""));
    r.put("legal_status", p.legalStatus().map(Enum::name).orElse(""));
    r.put("legal_status_source", c.provenance().legalStatus().map(Source::toString).orElse(""));
    r.put("country", p.country().map(CountryCode::code).orElse(""));
    r.put("country_source", c.provenance().country().map(Source::toString).orElse(""));
    r.put("sectors", join(p.sectors(), Enum::name));
    r.put("sector_sources", join(c.sectorAssignments(), a -> a.sector().name() + "=" + a.source()));
    r.put("subcategories", join(p.subcategories(), Enum::name));
    r.put("website", p.website().map(URI::toString).orElse(""));
    r.put("description", p.description().orElse(""));
    r.put("reference_strategy", c.referenceStrategy().map(Enum::name).orElse(""));
    PsoProfile profile = p.profile();
    r.put("indicators", join(profile.indicators(), Enum::name));
    r.put("traits", join(profile.traits(), Enum::name));
    r.put("activities", join(profile.activities(), Enum::name));
    r.put("absent_features", join(profile.absentFeatures(), ProfileFeature::toString));
    r.put("scalers", profile.scalers()
        .map(s -> s.scores().isEmpty()
            ? NO_SCORES
            : join(s.scores().entrySet(), e -> e.getKey().name() + "=" + e.getValue()))
        .orElse(""));
    r.put("coded_features", Integer.toString(c.codedFeatures().size()));
    r.put("errata", Integer.toString(c.errata().size()));
    r.put("notes", Integer.toString(c.notes().size()));
    return ImmutableMap.copyOf(r);
  }

  /**
   * Writes the rows of a data set as CSV with a header row. The stream is flushed, not closed.
   *
   * @param dataset the data set; not null
   * @param out where to write; not null
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public static void write(PsoDataset dataset, OutputStream out) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(out, "out");
    // streamed: one row is made and written at a time
    try (SequenceWriter w = WRITER.writeValues(out)) {
      for (PsoCase c : dataset.cases()) {
        w.write(row(c));
      }
    }
    out.flush();
  }

  /**
   * Reads rows written by {@link #write(PsoDataset, OutputStream)}.
   *
   * @param in the CSV; not null; not closed
   * @return the rows, each mapping every column to its cell text
   * @throws NullPointerException if {@code in} is null
   * @throws IOException if reading fails, or (then a {@link DatasetFormatException} with the line and column)
   *     the input is not UTF-8, the CSV is malformed, a row has too few or too many cells, or the header differs
   *     from {@link #COLUMNS} (also for a file with a header and no rows)
   */
  public static ImmutableList<ImmutableMap<String, String>> read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    List<ImmutableMap<String, String>> out = new ArrayList<>();
    JsonProblems problems = new JsonProblems("csv");
    try (java.io.Reader reader = org.psoscale.model.PsoJson.utf8(KeptOpen.of(in));
        MappingIterator<Map<String, String>> it = READER.readValues(reader)) {
      List<String> header = new ArrayList<>();
      ((CsvSchema) it.getParser().getSchema()).forEach(c -> header.add(c.getName()));
      if (!header.equals(COLUMNS)) {
        problems.add(-1, null, "header", String.join(",", header), "the columns differ from " + COLUMNS, null);
        throw problems.exception();
      }
      while (it.hasNextValue()) {
        out.add(ImmutableMap.copyOf(it.nextValue()));
      }
    } catch (com.fasterxml.jackson.core.JacksonException | java.nio.charset.CharacterCodingException e) {
      problems.addMalformed(e, "CSV");
      throw problems.exception();
    }
    return ImmutableList.copyOf(out);
  }


  /**
   * Rebuilds the {@code Pso} of a row; equal to the case's {@code pso()} for rows from {@link #row(PsoCase)}.
   *
   * @param row a row with every column of {@link #COLUMNS}; not null
   * @return the organisation
   * @throws NullPointerException if {@code row} is null or lacks a column
   * @throws IllegalArgumentException if a cell holds an unknown constant, a malformed number or URL, a
   *     {@code scalers} pair without {@code =} or score, or the values break an invariant of {@link Pso}
   */
  public static Pso pso(Map<String, String> row) {
    Objects.requireNonNull(row, "row");
    ImmutablePso.Builder b = Pso.builder().name(cell(row, "name")).addAllAliases(split(cell(row, "aliases")));
    if (!cell(row, "founding_year").isEmpty()) {
      b.foundingYear(Integer.parseInt(cell(row, "founding_year")));
    }
    if (!cell(row, "legal_status").isEmpty()) {
      b.legalStatus(LegalStatus.valueOf(cell(row, "legal_status")));
    }
    if (!cell(row, "country").isEmpty()) {
      b.country(CountryCode.of(cell(row, "country")));
    }
    split(cell(row, "sectors")).forEach(s -> b.addSector(Sector.valueOf(s)));
    split(cell(row, "subcategories")).forEach(s -> b.addSubcategory(SectorSubcategory.valueOf(s)));
    if (!cell(row, "website").isEmpty()) {
      b.website(Checks.uri("website", cell(row, "website")));
    }
    if (!cell(row, "description").isEmpty()) {
      b.description(cell(row, "description"));
    }
    PsoProfile.Builder profile = PsoProfile.builder();
    split(cell(row, "indicators")).forEach(s -> profile.addIndicator(Indicator.valueOf(s)));
    split(cell(row, "traits")).forEach(s -> profile.addTrait(OrganisationTrait.valueOf(s)));
    split(cell(row, "activities")).forEach(s -> profile.addActivity(Activity.valueOf(s)));
    split(cell(row, "absent_features")).forEach(s -> profile.addAbsentFeature(ProfileFeature.parse(s)));
    if (!cell(row, "scalers").isEmpty()) {
      ImmutableScalersAssessment.Builder scalers = ImmutableScalersAssessment.builder();
      List<String> pairs = NO_SCORES.equals(cell(row, "scalers")) ? List.of() : split(cell(row, "scalers"));
      for (String pair : pairs) {
        int eq = pair.indexOf('=');
        if (eq < 0 || !pair.substring(eq + 1).matches("[0-9]{1,2}")) {
          throw new IllegalArgumentException("scalers: '" + pair + "' is not CAPABILITY=score (a score from 1 to 5),"
              + " e.g. STAFFING=3");
        }
        scalers.putScore(ScalersCapability.valueOf(pair.substring(0, eq)), Integer.parseInt(pair.substring(eq + 1)));
      }
      profile.scalers(scalers.build());
    }
    return b.profile(profile.build()).build();
  }

  private static String cell(Map<String, String> row, String column) {
    return Objects.requireNonNull(row.get(column), column);
  }

  static <T> String join(Iterable<T> values, Function<T, String> text) {
    StringBuilder s = new StringBuilder();
    boolean first = true;
    for (T v : values) {
      if (!first) {
        s.append(';');
      }
      first = false;
      s.append(text.apply(v).replace("\\", "\\\\").replace(";", "\\;"));
    }
    return s.toString();
  }

  /**
   * Splits a multi-valued cell written by this class back into its values.
   *
   * @param cell the cell text; not null
   * @return the values; empty for an empty cell
   * @throws NullPointerException if {@code cell} is null
   */
  public static ImmutableList<String> split(String cell) {
    Objects.requireNonNull(cell, "cell");
    ImmutableList.Builder<String> out = ImmutableList.builder();
    if (cell.isEmpty()) {
      return out.build();
    }
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char ch = cell.charAt(i);
      if (ch == '\\' && i + 1 < cell.length()) {
        cur.append(cell.charAt(++i));
      } else if (ch == ';') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    return out.add(cur.toString()).build();
  }
}
