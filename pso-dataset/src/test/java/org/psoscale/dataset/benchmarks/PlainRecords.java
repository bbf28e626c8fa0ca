package org.psoscale.dataset.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * The hand-written anchor of the load benchmarks: the data-set JSON mapped by a plain, once-built Jackson mapper
 * into plain Java records of the same shape (enums and sources as text, no validation, no immutable collections).
 */
public final class PlainRecords {
  /** The plain mapper: Jackson's defaults (unknown properties fail), built once. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private PlainRecords() {}

  /** The file. */
  public record Doc(int formatVersion, List<Case> cases) {}

  /** One case. */
  public record Case(String id, Appendix appendix, SectorTable sectorTable, StrategyTable strategyTable,
      String referenceStrategy, Pso pso, Provenance provenance, List<SectorAssignment> sectorAssignments,
      List<Coded> codedFeatures, List<Erratum> errata, List<String> notes, Boolean userSupplied) {}

  /** A row of the paper's appendix. */
  public record Appendix(int page, int row, String rawName, String rawYear, String rawStatus, String rawType,
      String rawCountry) {}

  /** A cell of the sector table. */
  public record SectorTable(int position, String rawName, String sector) {}

  /** A cell of the strategy table. */
  public record StrategyTable(int position, String rawName, String strategy) {}

  /** The organisation. */
  public record Pso(String name, List<String> aliases, Integer foundingYear, String legalStatus, String country,
      List<String> sectors, List<String> subcategories, String website, String description, Profile profile) {}

  /** Its profile. */
  public record Profile(List<String> indicators, List<String> traits, List<String> activities,
      List<String> absentFeatures, Map<String, Integer> scalers) {}

  /** Where a value comes from. */
  public record Source(String seedTable, String url, String note) {}

  /** The sources of the attributes. */
  public record Provenance(Source foundingYear, Source legalStatus, Source country) {}

  /** A sourced sector. */
  public record SectorAssignment(String sector, Source source) {}

  /** A coded feature. */
  public record Coded(String feature, String decision, String evidence, String justification, String source,
      List<Integer> lines) {}

  /** An erratum. */
  public record Erratum(String field, String paperValue, String otherValue, Source source, String note) {}
}
