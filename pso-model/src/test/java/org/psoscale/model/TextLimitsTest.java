package org.psoscale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 11, finding 2: length limits on names and free text, with messages naming field, limit and length. */
class TextLimitsTest {
  private static void assertMessage(IllegalArgumentException e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), () -> "expected '" + part + "' in: " + e.getMessage());
    }
  }

  @Test
  void nameAtTheLimitIsAcceptedAndOneMoreIsRejected() {
    String max = "n".repeat(TextLimits.MAX_NAME_LENGTH);
    assertEquals(max, Pso.of(max, Sector.SHARING).name());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Pso.of(max + "n", Sector.SHARING));
    assertMessage(e, "name: 201 characters", "limit of 200", "MAX_NAME_LENGTH");
  }

  @Test
  void aliasesDescriptionsAndLabelledIdsAreLimited() {
    IllegalArgumentException alias = assertThrows(IllegalArgumentException.class, () -> Pso.builder()
        .name("Olio").addSector(Sector.SHARING).addAlias("a".repeat(10_000)).build());
    assertMessage(alias, "aliases[0]: 10000 characters", "200");
    IllegalArgumentException description = assertThrows(IllegalArgumentException.class, () -> Pso.builder()
        .name("Olio").addSector(Sector.SHARING).description("d".repeat(TextLimits.MAX_TEXT_LENGTH + 5)).build());
    assertMessage(description, "description: 2005 characters", "limit of 2000");
    IllegalArgumentException id = assertThrows(IllegalArgumentException.class,
        () -> LabelledProfile.of("i".repeat(300), PsoProfile.empty(), ScalingStrategy.DATA_BASED_GROWTH));
    assertMessage(id, "id: 300 characters", "200");
  }
}
