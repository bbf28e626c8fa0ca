package org.example.consumer;

import org.psoscale.classifier.Classification;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.model.Indicator;
import org.psoscale.model.PsoProfile;

/** What a user writes: classify a profile they coded themselves. */
public final class StrategyCheck {
  private StrategyCheck() {}

  /** Classifies a profile with one indicator of technological replication. */
  public static Classification classifyOwnProfile() {
    PsoProfile profile = PsoProfile.builder()
        .addIndicators(Indicator.TECHNICAL_SERVICES_TO_OTHER_PLATFORMS, Indicator.IN_HOUSE_CORE_TECHNOLOGY)
        .build();
    return StrategyClassifiers.byName("rules").classify(profile);
  }
}
