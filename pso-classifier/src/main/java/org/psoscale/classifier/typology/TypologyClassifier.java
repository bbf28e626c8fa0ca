package org.psoscale.classifier.typology;

import java.io.Serializable;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.Typology;

/**
 * Classifies a profile into the categories of one {@link Typology}: the generalisation of {@code
 * StrategyClassifier} to any typology. Implementations must be immutable, thread-safe, {@link Serializable} and
 * deterministic. Get them from {@link TypologyClassifiers}.
 */
public interface TypologyClassifier extends Serializable {

  /** {@return the typology classified into; not null} */
  Typology typology();

  /** {@return A short name for reports, e.g. {@code "mapping:moore-2015"}; not blank} */
  String name();

  /**
   * Classifies one profile.
   *
   * @param profile what was observed; not null
   * @return the classification, with a score for every category of {@link #typology()}; not null
   * @throws NullPointerException if {@code profile} is null
   */
  TypologyClassification classify(PsoProfile profile);
}
