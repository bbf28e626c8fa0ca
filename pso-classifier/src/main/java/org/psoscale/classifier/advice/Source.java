package org.psoscale.classifier.advice;

/** Where a piece of {@link Advice} comes from: the paper, or our own reading of it. */
public enum Source {
  /** The paper's strategy table (Gossart &amp; Ozman 2020), cell by cell. */
  PAPER("paper"),
  /** The paper's general list "Challenges faced by PSO in scaling", not tied to a strategy. */
  PAPER_GENERAL("paper (general)"),
  /** Ours: a mapping the paper does not make, argued from the table cell named in its rationale. */
  OURS("ours");

  private final String label;

  Source(String label) {
    this.label = label;
  }

  /** {@return the tag used in {@link Advice#render()}, e.g. {@code "ours"}} */
  public String label() {
    return label;
  }
}
