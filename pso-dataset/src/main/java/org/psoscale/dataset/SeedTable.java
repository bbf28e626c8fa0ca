package org.psoscale.dataset;

/**
 * The three tables of the seed paper (Gossart &amp; Ozman, 2020) that name organisations. A value that comes from
 * the paper says which table it was read from; see {@link Source#paper(SeedTable)}.
 */
public enum SeedTable {
  /** "Appendix: Initial cases analysed": 39 rows (NAME, FOUNDATION YEAR, STATUS, TYPE, COUNTRY) on two pages. */
  APPENDIX("Appendix: Initial cases analysed"),
  /** "Types of PSO with respect to sector of activity": the Examples column, 21 names in six sector rows. */
  SECTOR_TABLE("Types of PSO with respect to sector of activity"),
  /** "How do PSO scale up?": the EXAMPLES row of the strategy table, 27 names in three strategy columns. */
  STRATEGY_TABLE("How do PSO scale up? (strategy table, EXAMPLES row)");

  private final String title;

  SeedTable(String title) {
    this.title = title;
  }

  /** {@return a readable title of the table, as the paper heads it; not null} */
  public String title() {
    return title;
  }
}
