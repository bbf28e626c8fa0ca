package org.psoscale.dataset;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.psoscale.model.CountryCode;
import org.psoscale.model.FeatureDecision;
import org.psoscale.model.ImmutablePso;
import org.psoscale.model.LegalStatus;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.Pso;
import org.psoscale.model.PsoJson;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalingStrategy;
import org.psoscale.model.Sector;

/**
 * The coding sheet: a wide, tidy table with one row per organisation, for researchers who code their own cases in
 * a spreadsheet. Columns, in order ({@link #COLUMNS}): {@code id} (a slug such as {@code my-platform}),
 * {@code name}, {@code aliases}, {@code founding_year}, {@code legal_status}, {@code country}, {@code sectors},
 * {@code reference_strategy} (optional), then one column per profile feature named by its text form
 * ({@code indicator:REAL_WORLD_FOCI}, {@code trait:…}, {@code activity:…}; see CODEBOOK.md) holding {@code yes}
 * (present), {@code no} (observed absent) or nothing (not observed), and {@code notes}. Several values in one cell
 * ({@code aliases}, {@code sectors}, {@code notes}) are joined by {@code ;} (a {@code ;} or {@code \} inside a value
 * is escaped with {@code \}). Enum cells hold the constant names ({@code NON_PROFIT}, {@code SHARING},
 * {@code DATA_BASED_GROWTH}), the country its ISO 3166-1 alpha-2 code ({@code FR}).
 *
 * <p>Optional evidence columns may follow, in any order, for any features: {@code source <feature>} (the URL of a
 * public page) and {@code why <feature>} (a one-line justification); a decided feature with both becomes a
 * {@link CodedFeature} with evidence kind {@code evidenceText}. Cases read from a sheet are
 * {@link PsoCase#userSupplied() user-supplied}: what the sheet does not give (sources, sector assignments) is left
 * absent, never invented.
 *
 * <p>CSV: RFC 4180 quoting, a header row, UTF-8 (an initial byte-order mark is accepted), one row per case.
 * JSON: an array of objects with the same keys and text values, e.g.
 * {@code [{"id": "my-platform", "name": "My platform", "sectors": "SHARING", "indicator:REAL_WORLD_FOCI": "yes"}]}
 * (keys with empty cells may be left out). Readers report every problem of the file at once in a
 * {@link DatasetFormatException}: the row (as a spreadsheet numbers it, the header being row 1; or the JSON
 * position) and id, the column, the value and
 * the allowed values or the nearest match. Cells are read exactly: nothing is trimmed or case-folded except that
 * {@code yes} and {@code no} ignore case.
 *
 * <p>Thread-safe: the class holds no state.
 */
public final class CodingSheet {
  /** The columns before the features. */
  public static final ImmutableList<String> LEADING = ImmutableList.of("id", "name", "aliases", "founding_year",
      "legal_status", "country", "sectors", "reference_strategy");

  /** Every column a sheet must have, in order: {@link #LEADING}, the 32 features, {@code notes}. */
  public static final ImmutableList<String> COLUMNS = ImmutableList.<String>builder().addAll(LEADING)
      .addAll(ProfileFeature.all().stream().map(ProfileFeature::toString).collect(Collectors.toList()))
      .add("notes").build();

  /** The prefix of an optional evidence column holding a URL, e.g. {@code source trait:RESOURCE_CONSTRAINTS}. */
  public static final String SOURCE_PREFIX = "source ";

  /** The prefix of an optional evidence column holding a justification, e.g. {@code why trait:…}. */
  public static final String WHY_PREFIX = "why ";

  private static final String YES = "yes";
  private static final String NO = "no";
  private static final CsvMapper CSV = csvMapper();
  /** Built once and shared: the sheet's CSV writer and reader, and the JSON row writer and reader. */
  private static final ObjectWriter CSV_WRITER = CSV.writer(csvSchema());
  private static final ObjectReader CSV_READER =
      CSV.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader());
  private static final ObjectWriter JSON_WRITER = PsoJson.writer()
      .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .without(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  /** The text form of every profile feature, for the evidence columns' names. */
  private static final Set<String> FEATURE_FORMS =
      ProfileFeature.all().stream().map(ProfileFeature::toString).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private CodingSheet() {}

  private static CsvSchema csvSchema() {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
    COLUMNS.forEach(schema::addColumn);
    return schema.build();
  }

  private static CsvMapper csvMapper() {
    CsvMapper m = new CsvMapper();
    m.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    m.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    m.enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);
    m.enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS);
    m.enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
    return m;
  }

  /**
   * The row of one case: every column of {@link #COLUMNS}.
   *
   * @param c the case; not null
   * @return the row, in column order
   * @throws NullPointerException if {@code c} is null
   */
  public static ImmutableMap<String, String> row(PsoCase c) {
    Objects.requireNonNull(c, "c");
    Pso p = c.pso();
    Map<String, String> r = new LinkedHashMap<>();
    r.put("id", c.id());
    r.put("name", p.name());
    r.put("aliases", CsvExport.join(p.aliases(), Function.identity()));
    r.put("founding_year", p.foundingYear().isPresent() ? Integer.toString(p.foundingYear().getAsInt()) : "");
    r.put("legal_status", p.legalStatus().map(Enum::name).orElse(""));
    r.put("country", p.country().map(CountryCode::code).orElse(""));
    r.put("sectors", CsvExport.join(p.sectors(), Enum::name));
    r.put("reference_strategy", c.referenceStrategy().map(Enum::name).orElse(""));
    PsoProfile profile = p.profile();
    for (ProfileFeature f : ProfileFeature.all()) {
      FeatureDecision d = profile.decision(f);
      r.put(f.toString(), d == FeatureDecision.PRESENT ? YES : d == FeatureDecision.ABSENT ? NO : "");
    }
    r.put("notes", CsvExport.join(c.notes(), Function.identity()));
    return ImmutableMap.copyOf(r);
  }

  /**
   * Writes a data set as a coding-sheet CSV: the header row and one row per case. What the sheet has no column for
   * (provenance, the paper's table cells, errata, coded evidence) is not written. The stream is flushed, not closed.
   *
   * @param dataset the data set; not null
   * @param out where to write, UTF-8; not null
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public static void writeCsv(PsoDataset dataset, OutputStream out) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    // streamed: one row is made and written at a time
    writeCsvRows(() -> dataset.cases().stream().<Map<String, String>>map(CodingSheet::row).iterator(),
        Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes an empty coding sheet to fill in: the header row with every column and one example row (a fictional
   * organisation, id {@code example-platform}, to overwrite or delete). The stream is flushed, not closed.
   *
   * @param out where to write, UTF-8; not null
   * @throws NullPointerException if {@code out} is null
   * @throws IOException if writing fails
   */
  public static void template(OutputStream out) throws IOException {
    Map<String, String> r = new LinkedHashMap<>();
    COLUMNS.forEach(col -> r.put(col, ""));
    r.put("id", "example-platform");
    r.put("name", "Example platform (fictional; replace or delete this row)");
    r.put("aliases", "Example;EP");
    r.put("founding_year", "2015");
    r.put("legal_status", "NON_PROFIT");
    r.put("country", "FR");
    r.put("sectors", "SHARING;FOOD_WASTE");
    r.put("indicator:STRONG_LOCAL_NETWORKS", YES);
    r.put("trait:START_UP_OR_NEW_ENTRANT", NO);
    r.put("activity:ORGANISING_EVENTS", YES);
    r.put("notes", "yes = present, no = observed absent, empty = not observed");
    writeCsvRows(List.of(r), Objects.requireNonNull(out, "out"));
  }

  private static void writeCsvRows(Iterable<? extends Map<String, String>> rows, OutputStream out)
      throws IOException {
    try (SequenceWriter w = CSV_WRITER.writeValues(out)) {
      for (Map<String, String> row : rows) {
        w.write(row);
      }
    }
    out.flush();
  }

  /**
   * Writes a data set as a coding sheet in JSON: an array of row objects with the keys of {@link #COLUMNS}. The
   * stream is flushed, not closed.
   *
   * @param dataset the data set; not null
   * @param out where to write, UTF-8; not null
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public static void writeJson(PsoDataset dataset, OutputStream out) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(out, "out");
    // streamed: the array of rows is written one row at a time
    try (JsonGenerator g = JSON_WRITER.createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
      g.writeStartArray();
      for (PsoCase c : dataset.cases()) {
        JSON_WRITER.writeValue(g, row(c));
      }
      g.writeEndArray();
    }
    out.flush();
  }

  /**
   * Reads a coding-sheet CSV into a data set of {@link PsoCase#userSupplied() user-supplied} cases.
   *
   * @param in the CSV, UTF-8; not null; not closed
   * @return the data set
   * @throws NullPointerException if {@code in} is null
   * @throws DatasetFormatException if the file is not a valid coding sheet; it lists every problem (row, id,
   *     column, value, allowed values or nearest match)
   * @throws IOException if reading fails
   */
  public static PsoDataset readCsv(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    JsonProblems problems = new JsonProblems("coding sheet");
    List<Map<String, String>> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    try (Reader reader = withoutBom(PsoJson.utf8(KeptOpen.of(in)));
        MappingIterator<Map<String, String>> it = CSV_READER.readValues(reader)) {
      CsvSchema header = (CsvSchema) it.getParser().getSchema();
      List<String> columns = new ArrayList<>();
      header.forEach(c -> columns.add(c.getName()));
      if (!checkHeader(columns, problems)) {
        throw problems.exception();
      }
      while (it.hasNextValue()) {
        rows.add(it.nextValue());
        lines.add(rows.size() + 1);
      }
    } catch (JacksonException | CharacterCodingException e) {
      problems.addMalformed(e, "CSV");
      throw problems.exception();
    }
    return toDataset(rows, lines, problems, "row ");
  }

  /**
   * Reads a coding sheet in JSON (an array of row objects) into a data set of
   * {@link PsoCase#userSupplied() user-supplied} cases. Keys are the column names; a missing key is an empty cell.
   *
   * @param in the JSON, UTF-8; not null; not closed
   * @return the data set
   * @throws NullPointerException if {@code in} is null
   * @throws DatasetFormatException if the file is not a valid coding sheet; it lists every problem
   * @throws IOException if reading fails
   */
  public static PsoDataset readJson(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    JsonProblems problems = new JsonProblems("coding sheet");
    List<Map<String, String>> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    try (Reader reader = PsoJson.utf8(KeptOpen.of(in)); JsonParser p = DatasetJsonReader.READER.createParser(reader)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        problems.add(-1, null, "file", null, "expected a JSON array of rows", p.currentTokenLocation());
        throw problems.exception();
      }
      while (p.nextToken() != JsonToken.END_ARRAY) {
        JsonLocation at = p.currentTokenLocation();
        JsonNode node = DatasetJsonReader.TREE.readTree(p);
        int index = rows.size();
        Map<String, String> row = new LinkedHashMap<>();
        if (!node.isObject()) {
          problems.add(index, null, "[" + index + "]", null, "expected an object (a row), found "
              + JsonProblems.kind(node), at);
        } else {
          for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!e.getValue().isTextual()) {
              problems.add(index, null, "[" + index + "]." + e.getKey(), e.getValue().toString(),
                  "expected text (every cell is text, e.g. \"2015\"), found " + JsonProblems.kind(e.getValue()), at);
            } else {
              row.put(e.getKey(), e.getValue().asText());
            }
          }
        }
        rows.add(row);
        lines.add(JsonProblems.line(at));
      }
      if (p.nextToken() != null) {
        problems.add(-1, null, "file", null, "content after the closing bracket", p.currentTokenLocation());
      }
    } catch (JacksonException | CharacterCodingException e) {
      problems.addMalformed(e);
      throw problems.exception();
    }
    Set<String> keys = new HashSet<>();
    rows.forEach(r -> keys.addAll(r.keySet()));
    List<String> unknown = keys.stream().filter(k -> !COLUMNS.contains(k) && !isEvidenceColumn(k)).sorted()
        .collect(Collectors.toList());
    for (String k : unknown) {
      problems.add(-1, null, "columns", k, unknownColumn(k), null);
    }
    List<Map<String, String>> full = new ArrayList<>();
    for (Map<String, String> r : rows) {
      Map<String, String> f = new LinkedHashMap<>();
      COLUMNS.forEach(c -> f.put(c, r.getOrDefault(c, "")));
      r.forEach((k, v) -> {
        if (isEvidenceColumn(k)) {
          f.put(k, v);
        }
      });
      full.add(f);
    }
    return toDataset(full, lines, problems, "[");
  }

  private static Reader withoutBom(Reader r) throws IOException {
    PushbackReader p = new PushbackReader(r, 1);
    int first = p.read();
    if (first != -1 && first != '\uFEFF') {
      p.unread(first);
    }
    return p;
  }

  private static boolean isEvidenceColumn(String column) {
    for (String prefix : new String[] {SOURCE_PREFIX, WHY_PREFIX}) {
      if (column.startsWith(prefix)) {
        return FEATURE_FORMS.contains(column.substring(prefix.length()));
      }
    }
    return false;
  }

  private static String unknownColumn(String k) {
    List<String> known = new ArrayList<>(COLUMNS);
    return "unknown column '" + k + "'" + Suggestions.nearest(k, known).map(s -> "; did you mean '" + s + "'?")
        .orElse("") + "; a sheet has the columns of CodingSheet.COLUMNS (write one with CodingSheet.template)"
        + " and optional evidence columns 'source <feature>' and 'why <feature>'";
  }

  private static boolean checkHeader(List<String> columns, JsonProblems problems) {
    Set<String> seen = new HashSet<>();
    for (String c : columns) {
      if (!seen.add(c)) {
        problems.add(-1, null, "header", c, "column '" + c + "' appears twice", null);
      } else if (!COLUMNS.contains(c) && !isEvidenceColumn(c)) {
        problems.add(-1, null, "header", c, unknownColumn(c), null);
      }
    }
    for (String c : COLUMNS) {
      if (!seen.contains(c)) {
        problems.add(-1, null, "header", null, "missing column '" + c + "'", null);
      }
    }
    return problems.isEmpty();
  }

  private static PsoDataset toDataset(List<Map<String, String>> rows, List<Integer> lines, JsonProblems problems,
      String style) throws DatasetFormatException {
    List<PsoCase> cases = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      PsoCase c = new RowReader(i, rows.get(i), lines.get(i), style, problems).read();
      if (c != null) {
        cases.add(c);
      }
    }
    problems.throwIfAny();
    PsoDataset d = PsoDataset.build(cases, problems);
    problems.throwIfAny();
    return d;
  }

  /** Reads one row into a case, adding a problem for each cell that cannot be read. */
  private static final class RowReader {
    private final int index;
    private final Map<String, String> row;
    private final int line;
    private final String where;
    private final JsonProblems problems;
    private final String id;
    private final int before;

    RowReader(int index, Map<String, String> row, int line, String style, JsonProblems problems) {
      this.index = index;
      this.row = row;
      this.line = line;
      this.where = style.equals("row ") ? "row " + line : "[" + index + "]";
      this.problems = problems;
      String raw = row.getOrDefault("id", "");
      this.id = raw.isEmpty() ? null : raw;
      this.before = problems.size();
    }

    private String path(String column) {
      return where.startsWith("row ") ? where + ", column " + column : where + "." + column;
    }

    private void problem(String column, String value, String message) {
      problems.add(DatasetProblem.of(index, id, path(column), JsonProblems.clip(value), message,
          where.startsWith("row ") ? -1 : line, -1));
    }

    private String cell(String column) {
      String v = row.getOrDefault(column, "");
      return v == null ? "" : v;
    }

    private boolean exact(String column, String v) {
      if (!v.equals(v.strip())) {
        problem(column, v, "'" + v + "' has white space around it; write '" + v.strip() + "'");
        return false;
      }
      return true;
    }

    private <E extends Enum<E>> E constant(String column, String v, Class<E> type, Function<String, E> lenient) {
      if (!exact(column, v)) {
        return null;
      }
      try {
        return Enum.valueOf(type, v);
      } catch (IllegalArgumentException e) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
        String hint = Suggestions.nearest(v, names).orElse(null);
        if (hint == null && lenient != null) {
          try {
            hint = lenient.apply(v).name();
          } catch (IllegalArgumentException notLenientEither) {
            hint = null;
          }
        }
        problem(column, v, "'" + v + "' is not allowed" + (hint == null ? "" : "; did you mean " + hint + "?")
            + "; allowed: " + String.join(", ", names));
        return null;
      }
    }

    PsoCase read() {
      ImmutablePso.Builder pso = Pso.builder();
      if (id == null) {
        problem("id", null, "missing; give a slug such as 'my-platform' (lower-case letters and digits joined by"
            + " hyphens)");
      }
      String name = cell("name");
      if (name.isBlank()) {
        problem("name", name, "missing; every organisation needs a name");
      } else {
        pso.name(name);
      }
      for (String alias : CsvExport.split(cell("aliases"))) {
        if (exact("aliases", alias)) {
          pso.addAlias(alias);
        }
      }
      String year = cell("founding_year");
      if (!year.isEmpty()) {
        if (year.matches("[0-9]{4}")) {
          pso.foundingYear(Integer.parseInt(year));
        } else {
          problem("founding_year", year, "'" + year + "' is not a year; write four digits such as 2015, or leave"
              + " the cell empty");
        }
      }
      String status = cell("legal_status");
      if (!status.isEmpty()) {
        LegalStatus s = constant("legal_status", status, LegalStatus.class, LegalStatus::parse);
        if (s != null) {
          pso.legalStatus(s);
        }
      }
      String country = cell("country");
      if (!country.isEmpty() && exact("country", country)) {
        try {
          pso.country(country.equals(country.toUpperCase(java.util.Locale.ROOT)) ? CountryCode.of(country)
              : CountryCode.of("??"));
        } catch (IllegalArgumentException e) {
          String hint;
          try {
            hint = "; did you mean " + CountryCode.parse(country).code() + "?";
          } catch (IllegalArgumentException none) {
            hint = "; use the two-letter code, e.g. FR, GB, DE";
          }
          problem("country", country, "'" + country + "' is not an upper-case ISO 3166-1 alpha-2 code (or EU)"
              + hint);
        }
      }
      Set<Sector> sectors = new HashSet<>();
      List<String> sectorCells = CsvExport.split(cell("sectors"));
      if (sectorCells.isEmpty()) {
        problem("sectors", "", "missing; give at least one sector, e.g. SHARING (several joined by ';')");
      }
      for (String s : sectorCells) {
        Sector sector = constant("sectors", s, Sector.class, Sector::parse);
        if (sector != null && !sectors.add(sector)) {
          problem("sectors", s, "repeats " + s + "; give each sector once");
        } else if (sector != null) {
          pso.addSector(sector);
        }
      }
      ScalingStrategy reference = null;
      String strategy = cell("reference_strategy");
      if (!strategy.isEmpty()) {
        reference = constant("reference_strategy", strategy, ScalingStrategy.class, ScalingStrategy::parse);
      }
      PsoProfile.Builder profile = PsoProfile.builder();
      List<CodedFeature> coded = new ArrayList<>();
      for (ProfileFeature f : ProfileFeature.all()) {
        String v = cell(f.toString());
        FeatureDecision d;
        if (v.isEmpty()) {
          d = FeatureDecision.NOT_OBSERVED;
        } else if (v.equalsIgnoreCase(YES)) {
          d = FeatureDecision.PRESENT;
        } else if (v.equalsIgnoreCase(NO)) {
          d = FeatureDecision.ABSENT;
        } else if (!exact(f.toString(), v)) {
          continue;
        } else {
          problem(f.toString(), v, "'" + v + "' is not a decision; write yes (present), no (observed absent) or"
              + " leave the cell empty (not observed)");
          continue;
        }
        profile.decide(f, d);
        String source = row.getOrDefault(SOURCE_PREFIX + f, "");
        String why = row.getOrDefault(WHY_PREFIX + f, "");
        if (!source.isEmpty() || !why.isEmpty()) {
          if (d == FeatureDecision.NOT_OBSERVED) {
            problem(SOURCE_PREFIX + f, source, "evidence for a feature that is not decided; write yes or no in "
                + f + ", or remove the evidence");
          } else if (source.isEmpty() || why.isBlank()) {
            problem(source.isEmpty() ? SOURCE_PREFIX + f : WHY_PREFIX + f, source.isEmpty() ? why : source,
                "evidence needs both a source URL and a one-line justification");
          } else {
            try {
              coded.add(CodedFeature.of(f, d, "evidenceText", why, source));
            } catch (IllegalArgumentException e) {
              problem(SOURCE_PREFIX + f, source, JsonProblems.clean(e.getMessage()));
            }
          }
        }
      }
      List<String> notes = CsvExport.split(cell("notes"));
      if (problems.size() > before) {
        return null;
      }
      try {
        pso.profile(profile.build());
        org.psoscale.dataset.ImmutablePsoCase.Builder b = PsoCase.builder().id(id).pso(pso.build())
            .userSupplied(true).addAllCodedFeatures(coded).addAllNotes(notes);
        if (reference != null) {
          b.referenceStrategy(reference);
        }
        return b.build();
      } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
        String m = JsonProblems.clean(e.getMessage());
        int colon = m.indexOf(':');
        String field = colon > 0 && m.substring(0, colon).matches("[\\w.\\[\\]]+") ? m.substring(0, colon) : "row";
        problem(field, null, m);
        return null;
      }
    }
  }
}
