package org.psoscale.model;

/** The two columns of the paper's activities table: where an activity is carried out. */
public enum Space {
  /** With the technology (digital). */
  DIGITAL("With the technology (digital)"),
  /** In real space. */
  REAL_SPACE("Real space");

  private final String label;

  Space(String label) {
    this.label = label;
  }

  /** {@return the paper's column heading, verbatim; not null} */
  public String label() {
    return label;
  }
}
