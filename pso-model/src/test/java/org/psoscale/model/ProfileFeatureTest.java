package org.psoscale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.SerializableTester;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** {@link ProfileFeature}: canonical instances, dense indices, text and JSON form, serialization. */
class ProfileFeatureTest {
  private static final ObjectMapper JSON = PsoJson.mapper();

  @Test
  void countIsTheNumberOfModelConstants() {
    int total = Indicator.values().length + OrganisationTrait.values().length + Activity.values().length;
    assertEquals(total, ProfileFeature.COUNT);
    assertEquals(ProfileFeature.COUNT, ProfileFeature.all().size());
  }

  @Test
  void indicesAreDenseAndInKindThenDeclarationOrder() {
    List<Enum<?>> expected = new ArrayList<>();
    expected.addAll(List.of(Indicator.values()));
    expected.addAll(List.of(OrganisationTrait.values()));
    expected.addAll(List.of(Activity.values()));
    for (int i = 0; i < ProfileFeature.COUNT; i++) {
      ProfileFeature f = ProfileFeature.all().get(i);
      assertEquals(i, f.index());
      assertSame(f, ProfileFeature.ofIndex(i));
      assertSame(expected.get(i), f.constant());
      assertEquals(f.kind().firstIndex() + f.constant().ordinal(), f.index(), f::toString);
    }
    assertThrows(IndexOutOfBoundsException.class, () -> ProfileFeature.ofIndex(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> ProfileFeature.ofIndex(ProfileFeature.COUNT));
    assertEquals(0, ProfileFeature.Kind.INDICATOR.firstIndex());
    assertEquals(Indicator.values().length, ProfileFeature.Kind.TRAIT.firstIndex());
    assertEquals(Indicator.values().length + OrganisationTrait.values().length,
        ProfileFeature.Kind.ACTIVITY.firstIndex());
  }

  @Test
  void instancesAreCanonical() {
    for (Indicator i : Indicator.values()) {
      assertSame(ProfileFeature.of(i), ProfileFeature.of(i));
      assertEquals(ProfileFeature.Kind.INDICATOR, ProfileFeature.of(i).kind());
      assertEquals(i.label(), ProfileFeature.of(i).label());
    }
    for (OrganisationTrait t : OrganisationTrait.values()) {
      assertSame(ProfileFeature.of(t), ProfileFeature.of(t));
      assertEquals(ProfileFeature.Kind.TRAIT, ProfileFeature.of(t).kind());
      assertEquals(t.label(), ProfileFeature.of(t).label());
    }
    for (Activity a : Activity.values()) {
      assertSame(ProfileFeature.of(a), ProfileFeature.of(a));
      assertEquals(ProfileFeature.Kind.ACTIVITY, ProfileFeature.of(a).kind());
      assertEquals(a.label(), ProfileFeature.of(a).label());
    }
    assertEquals(ImmutableSet.copyOf(ProfileFeature.all()).size(), ProfileFeature.COUNT);
    assertThrows(NullPointerException.class, () -> ProfileFeature.of((Indicator) null));
    assertThrows(NullPointerException.class, () -> ProfileFeature.of((OrganisationTrait) null));
    assertThrows(NullPointerException.class, () -> ProfileFeature.of((Activity) null));
    assertTrue(ProfileFeature.of(Indicator.REAL_WORLD_FOCI).compareTo(ProfileFeature.of(Activity.values()[0])) < 0);
  }

  @Test
  void featuresParseTheirTextForm() {
    for (ProfileFeature f : ProfileFeature.all()) {
      assertEquals(f, ProfileFeature.parse(f.toString()));
      assertEquals(f.kind().prefix() + ":" + f.constant().name(), f.toString());
    }
    assertEquals("indicator:REAL_WORLD_FOCI", ProfileFeature.of(Indicator.REAL_WORLD_FOCI).toString());
    assertEquals(ProfileFeature.of(Indicator.REAL_WORLD_FOCI), ProfileFeature.parse(" Indicator:REAL_WORLD_FOCI "));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ProfileFeature.parse("indicator:nope"));
    assertTrue(e.getMessage().startsWith("feature:"), e.getMessage());
    assertTrue(e.getMessage().contains("trait:RESOURCE_CONSTRAINTS"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ProfileFeature.parse("indicator:real_world_foci"));
    assertThrows(IllegalArgumentException.class, () -> ProfileFeature.parse("REAL_WORLD_FOCI"));
    assertThrows(IllegalArgumentException.class, () -> ProfileFeature.parse("trait:REAL_WORLD_FOCI"));
    assertThrows(NullPointerException.class, () -> ProfileFeature.parse(null));
  }

  @Test
  void jsonIsTheTextForm() throws Exception {
    for (ProfileFeature f : ProfileFeature.all()) {
      String json = JSON.writeValueAsString(f);
      assertEquals("\"" + f + "\"", json);
      assertSame(f, JSON.readValue(json, ProfileFeature.class));
    }
    Exception e = assertThrows(Exception.class, () -> JSON.readValue("\"activity:NOPE\"", ProfileFeature.class));
    assertTrue(e.getMessage().contains("activity:NOPE"), e.getMessage());
    assertThrows(Exception.class, () -> JSON.readValue("{\"indicator\": \"REAL_WORLD_FOCI\"}", ProfileFeature.class));
  }

  @Test
  void serializationKeepsInstancesCanonical() {
    for (ProfileFeature f : ProfileFeature.all()) {
      assertSame(f, SerializableTester.reserialize(f));
    }
  }

  @Property
  void aProfilesFeaturesAreItsConstantsInIndexOrder(@ForAll PsoProfile profile) throws Exception {
    ImmutableSet<ProfileFeature> features = profile.features();
    assertEquals(profile.indicators().size() + profile.traits().size() + profile.activities().size(),
        features.size());
    profile.indicators().forEach(i -> assertTrue(features.contains(ProfileFeature.of(i))));
    profile.traits().forEach(t -> assertTrue(features.contains(ProfileFeature.of(t))));
    profile.activities().forEach(a -> assertTrue(features.contains(ProfileFeature.of(a))));
    assertEquals(features.stream().sorted().collect(ImmutableSet.toImmutableSet()).asList(), features.asList());
    assertEquals(profile.hasNoEvidence(), features.isEmpty());
    String json = JSON.writeValueAsString(profile);
    assertFalse(JSON.readTree(json).has("features"), json);
    assertEquals(profile, JSON.readValue(json, PsoProfile.class));
  }

  @Test
  void featuresIsNotAnAttribute() {
    PsoProfile p = PsoProfile.of(List.of(Indicator.REAL_WORLD_FOCI), List.of(), List.of(Activity.values()[0]));
    assertEquals(List.of(ProfileFeature.of(Indicator.REAL_WORLD_FOCI), ProfileFeature.of(Activity.values()[0])),
        p.features().asList());
    assertEquals(p, PsoProfile.of(List.of(Indicator.REAL_WORLD_FOCI), List.of(), List.of(Activity.values()[0])));
    assertNotEquals(p, PsoProfile.empty());
    assertTrue(PsoProfile.empty().features().isEmpty());
  }
}
