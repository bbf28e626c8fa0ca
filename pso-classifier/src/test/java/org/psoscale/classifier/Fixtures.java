package org.psoscale.classifier;

import static org.psoscale.model.Indicator.CLOSE_REAL_SPACE_MONITORING;
import static org.psoscale.model.Indicator.FOCUS_ON_DIFFUSION_AMONG_FINAL_USERS;
import static org.psoscale.model.Indicator.IN_HOUSE_CORE_TECHNOLOGY;
import static org.psoscale.model.Indicator.REAL_WORLD_FOCI;
import static org.psoscale.model.Indicator.STRONG_LOCAL_NETWORKS;
import static org.psoscale.model.Indicator.TECHNICAL_SERVICES_TO_OTHER_PLATFORMS;
import static org.psoscale.model.OrganisationTrait.FOUNDERS_FROM_DIGITAL_SECTOR;
import static org.psoscale.model.OrganisationTrait.RESOURCE_CONSTRAINTS;
import static org.psoscale.model.OrganisationTrait.START_UP_OR_NEW_ENTRANT;

import java.util.List;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalingStrategy;

/** Small hand-made labelled profiles (invented, not the paper's cases). */
public final class Fixtures {
  private Fixtures() {}

  /** Six invented cases, two per strategy, each showing its strategy's indicators. */
  public static List<LabelledProfile> tinyLabelledSet() {
    return List.of(
        LabelledProfile.of("g1", PsoProfile.of(List.of(REAL_WORLD_FOCI, STRONG_LOCAL_NETWORKS), List.of(), List.of()),
            ScalingStrategy.GEOGRAPHIC_IMPLANTATION),
        LabelledProfile.of("g2",
            PsoProfile.of(List.of(REAL_WORLD_FOCI, CLOSE_REAL_SPACE_MONITORING), List.of(), List.of()),
            ScalingStrategy.GEOGRAPHIC_IMPLANTATION),
        LabelledProfile.of("t1",
            PsoProfile.of(List.of(IN_HOUSE_CORE_TECHNOLOGY, TECHNICAL_SERVICES_TO_OTHER_PLATFORMS), List.of(),
                List.of()),
            ScalingStrategy.TECHNOLOGICAL_REPLICATION),
        LabelledProfile.of("t2",
            PsoProfile.of(List.of(IN_HOUSE_CORE_TECHNOLOGY), List.of(FOUNDERS_FROM_DIGITAL_SECTOR), List.of()),
            ScalingStrategy.TECHNOLOGICAL_REPLICATION),
        LabelledProfile.of("d1",
            PsoProfile.of(List.of(FOCUS_ON_DIFFUSION_AMONG_FINAL_USERS), List.of(RESOURCE_CONSTRAINTS), List.of()),
            ScalingStrategy.DATA_BASED_GROWTH),
        LabelledProfile.of("d2",
            PsoProfile.of(List.of(FOCUS_ON_DIFFUSION_AMONG_FINAL_USERS), List.of(START_UP_OR_NEW_ENTRANT), List.of()),
            ScalingStrategy.DATA_BASED_GROWTH));
  }
}
