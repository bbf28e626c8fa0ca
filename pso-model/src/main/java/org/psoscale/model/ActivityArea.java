package org.psoscale.model;

import com.google.common.collect.ImmutableSet;
import java.util.Set;

/** The three rows ("activity") of the paper's activities table. */
public enum ActivityArea {
  /** Working with volunteers. */
  WORKING_WITH_VOLUNTEERS("Working with volunteers"),
  /** Managing partnerships. */
  MANAGING_PARTNERSHIPS("Managing partnerships"),
  /** Organising relations between users, beneficiaries and volunteers. */
  ORGANISING_RELATIONS("Organising relations between users, beneficiaries, volunteers");

  private final String label;

  ActivityArea(String label) {
    this.label = label;
  }

  /** {@return the paper's wording, verbatim; not null} */
  public String label() {
    return label;
  }

  /** {@return the activities of this area, in the paper's order (digital first, then real space); not empty} */
  public Set<Activity> activities() {
    ImmutableSet.Builder<Activity> out = ImmutableSet.builder();
    for (Activity a : Activity.values()) {
      if (a.area() == this) {
        out.add(a);
      }
    }
    return out.build();
  }
}
