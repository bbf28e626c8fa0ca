package org.psoscale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.psoscale.model.ValidationTest.assertRejects;

import java.net.URI;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invalid fields are rejected whatever the rest of the value; valid ones are kept. Uses the test kit. */
class ValidationPropertiesTest {

  @Provide
  Arbitrary<String> blanks() {
    return Arbitraries.strings().withChars(" \t\n\r\u000B\f\u00A0\u2003\u3000\u2028").ofMaxLength(6);
  }

  @Provide
  Arbitrary<String> nonHttpSchemes() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
        .filter(s -> !s.equals("http") && !s.equals("https"));
  }

  @Property
  void blankNameIsRejected(@ForAll Pso pso, @ForAll("blanks") String blank) {
    assertRejects("name", () -> ImmutablePso.copyOf(pso).withName(blank));
  }

  @Property
  void blankAliasIsRejected(@ForAll Pso pso, @ForAll("blanks") String blank) {
    int index = pso.aliases().size();
    assertRejects("aliases[" + index + "]", () -> Pso.builder().from(pso).addAlias(blank).build());
  }

  @Property
  void aliasRepeatingTheNameIsRejected(@ForAll Pso pso) {
    int index = pso.aliases().size();
    assertRejects("aliases[" + index + "]", () -> Pso.builder().from(pso).addAlias(pso.name()).build());
  }

  @Property
  void foundingYearIsAcceptedExactlyInRange(@ForAll Pso pso, @ForAll int year) {
    int now = Year.now(ZoneOffset.UTC).getValue();
    if (year >= Pso.MIN_FOUNDING_YEAR && year <= now) {
      assertEquals(OptionalInt.of(year), ImmutablePso.copyOf(pso).withFoundingYear(year).foundingYear());
    } else {
      assertRejects("foundingYear", () -> ImmutablePso.copyOf(pso).withFoundingYear(year));
    }
  }

  @Property
  void foundingYearNearTheBoundsIsAcceptedExactlyInRange(@ForAll Pso pso, @ForAll @IntRange(min = -3, max = 3) int d) {
    int now = Year.now(ZoneOffset.UTC).getValue();
    for (int year : new int[] {Pso.MIN_FOUNDING_YEAR + d, now + d}) {
      boolean valid = year >= Pso.MIN_FOUNDING_YEAR && year <= now;
      if (valid) {
        assertEquals(year, ImmutablePso.copyOf(pso).withFoundingYear(year).foundingYear().getAsInt());
      } else {
        assertRejects("foundingYear", () -> ImmutablePso.copyOf(pso).withFoundingYear(year));
      }
    }
  }

  @Property
  void subcategoryOfAnAbsentSectorIsRejected(@ForAll Pso pso, @ForAll SectorSubcategory extra) {
    if (pso.sectors().contains(extra.sector())) {
      assertTrue(Pso.builder().from(pso).addSubcategory(extra).build().subcategories().contains(extra));
    } else {
      assertRejects("subcategories", () -> Pso.builder().from(pso).addSubcategory(extra).build());
    }
  }

  @Property
  void removingTheSectorOfASubcategoryIsRejected(@ForAll Pso pso) {
    Assume.that(!pso.subcategories().isEmpty());
    Sector needed = pso.subcategories().iterator().next().sector();
    Set<Sector> others = EnumSet.allOf(Sector.class);
    others.remove(needed);
    Set<Sector> kept = EnumSet.copyOf(others);
    kept.retainAll(pso.sectors());
    kept.add(others.iterator().next());
    assertRejects("subcategories", () -> ImmutablePso.copyOf(pso).withSectors(kept));
  }

  @Property
  void emptySectorsAreRejected(@ForAll Pso pso) {
    assertRejects("sectors", () -> ImmutablePso.copyOf(pso).withSubcategories().withSectors());
  }

  @Property
  void nonHttpWebsiteIsRejected(@ForAll Pso pso, @ForAll("nonHttpSchemes") String scheme) {
    URI uri = URI.create(scheme + "://example.org/x");
    assertRejects("website", () -> ImmutablePso.copyOf(pso).withWebsite(uri));
  }

  @Property
  void relativeWebsiteIsRejected(@ForAll Pso pso, @ForAll("relativePaths") String path) {
    URI uri = URI.create(path);
    assertRejects("website", () -> ImmutablePso.copyOf(pso).withWebsite(uri));
  }

  @Provide
  Arbitrary<String> relativePaths() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('/', '.', '-').ofMaxLength(20)
        .filter(s -> !s.startsWith("//"));
  }

  @Property
  void scoreOutOfRangeIsRejected(
      @ForAll ScalersAssessment scalers, @ForAll ScalersCapability capability, @ForAll int score) {
    Assume.that(score < ScalersAssessment.MIN_SCORE || score > ScalersAssessment.MAX_SCORE);
    ImmutableScalersAssessment.Builder b = ScalersAssessment.builder();
    scalers.scores().forEach((c, s) -> {
      if (c != capability) {
        b.putScore(c, s);
      }
    });
    b.putScore(capability, score);
    assertRejects("scores[" + capability + "]", b::build);
  }

  @Property
  void scoreInRangeIsKept(
      @ForAll ScalersCapability capability, @ForAll @IntRange(min = 1, max = 5) int score) {
    assertEquals(OptionalInt.of(score), ScalersAssessment.builder().putScore(capability, score).build()
        .score(capability));
  }

  @Property
  void blankLabelledProfileIdIsRejected(@ForAll LabelledProfile example, @ForAll("blanks") String blank) {
    assertRejects("id", () -> ImmutableLabelledProfile.copyOf(example).withId(blank));
  }
}
