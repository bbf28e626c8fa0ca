package org.psoscale.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.io.InvalidObjectException;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psoscale.model.Pso;
import org.psoscale.model.PsoSerialization;
import org.psoscale.model.Sector;
import org.psoscale.model.TextLimits;
import org.psoscale.model.Crafted;

/** Issue 11, findings 2, 8 and 9 for the data set: ids, limits, Java serialization and bounded {@code find}. */
class HardeningTest {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private static PsoCase caseWithId(String id) {
    return PsoCase.builder()
        .id(id)
        .pso(Pso.of("Olio", Sector.SHARING))
        .addSectorAssignment(SectorAssignment.of(Sector.SHARING, Source.web("https://olioapp.com")))
        .build();
  }

  private static void assertMessage(Exception e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), () -> "expected '" + part + "' in: " + e.getMessage());
    }
  }

  // Finding 2: linear-time id validation and length limits.

  /** What building a case with this id throws on a thread with a 512 KiB stack (null if nothing). */
  private static Throwable buildOnSmallStack(String id) throws InterruptedException {
    Throwable[] thrown = new Throwable[1];
    Thread t = new Thread(null, () -> {
      try {
        caseWithId(id);
      } catch (Throwable e) {
        thrown[0] = e;
      }
    }, "small-stack", 512 * 1024);
    t.start();
    t.join();
    return thrown[0];
  }

  @Test
  void anIdOfManyHyphenGroupsIsRejectedByLengthNotByStackOverflow() throws InterruptedException {
    // On a 512 KiB stack the old pattern [a-z0-9]+(-[a-z0-9]+)* overflowed at about 1,300 groups.
    for (int groups : new int[] {1_300, 100_000}) {
      Throwable e = buildOnSmallStack("a" + "-a".repeat(groups));
      assertTrue(e instanceof IllegalArgumentException, "groups " + groups + ": " + e);
      assertMessage((Exception) e, "id: " + (2 * groups + 1) + " characters", "limit of 100");
    }
    assertEquals(null, buildOnSmallStack("a" + "-a".repeat(49) + "b"));
  }

  @Test
  void theSlugCheckIsLinearAndNeedsNoStack() {
    // 50,000 groups would overflow the stack of the old regex many times over; the check is one loop.
    String many = "a" + "-a".repeat(50_000);
    assertTrue(Checks.isSlug(many));
    assertFalse(Checks.isSlug(many + "-"));
    assertFalse(Checks.isSlug(many.replace("a-a-a", "a--a")));
  }

  @Test
  void idsAtTheLimitAreAccepted() {
    String id = "a" + "-a".repeat(49) + "b";
    assertEquals(TextLimits.MAX_ID_LENGTH, id.length());
    assertEquals(id, caseWithId(id).id());
    assertThrows(IllegalArgumentException.class, () -> caseWithId(id + "c"));
  }

  @Provide
  Arbitrary<String> slugLike() {
    return Arbitraries.strings().withChars('a', 'z', '0', '9', '-', 'A', '_', ' ', 'é').ofMaxLength(12);
  }

  @Property(tries = 2_000)
  void theSlugCheckAgreesWithThePattern(@ForAll("slugLike") String s) {
    assertEquals(SLUG.matcher(s).matches(), Checks.isSlug(s), s);
  }

  @Test
  void namesAndFreeTextAreLimitedNamingTheField() {
    IllegalArgumentException raw = assertThrows(IllegalArgumentException.class,
        () -> StrategyTableEntry.of("r".repeat(300), org.psoscale.model.ScalingStrategy.DATA_BASED_GROWTH, 1));
    assertMessage(raw, "strategyTable.rawName: 300 characters", "limit of 200");
    IllegalArgumentException note = assertThrows(IllegalArgumentException.class,
        () -> ImmutablePsoCase.copyOf(caseWithId("olio"))
            .withNotes(ImmutableList.of("n".repeat(TextLimits.MAX_TEXT_LENGTH + 1))));
    assertMessage(note, "notes[0]: 2001 characters", "limit of 2000");
    IllegalArgumentException justification = assertThrows(IllegalArgumentException.class,
        () -> CodedFeature.of(org.psoscale.model.ProfileFeature.of(org.psoscale.model.Indicator.REAL_WORLD_FOCI),
            "offlineEvents", "j".repeat(5_000), "https://example.org"));
    assertMessage(justification, "codedFeature.justification: 5000 characters");
  }

  // Finding 8: Java serialization.

  @Test
  void aDataSetWithDuplicateIdsCannotBeDeserialized() {
    PsoCase olio = caseWithId("olio");
    PsoDataset crafted = Crafted.withField(PsoDataset.of(ImmutableList.of(olio)), "cases",
        ImmutableList.of(olio, olio));
    InvalidObjectException e = assertThrows(InvalidObjectException.class,
        () -> Crafted.deserialize(Crafted.serialize(crafted)));
    assertMessage(e, "PsoDataset", "duplicate");
  }

  @Test
  void aDataSetIndexThatDisagreesWithItsCasesIsRebuilt() throws Exception {
    PsoDataset crafted = Crafted.withField(Crafted.withField(
        PsoDataset.of(ImmutableList.of(caseWithId("olio"))), "byId", ImmutableMap.of()), "byKey", ImmutableMap.of());
    PsoDataset back = (PsoDataset) Crafted.deserialize(Crafted.serialize(crafted));
    assertEquals("olio", back.byId("olio").orElseThrow().id());
    assertEquals("olio", back.find("OLIO").orElseThrow().id());
  }

  @Test
  void aCaseWithAnInvalidIdCannotBeDeserialized() {
    PsoCase crafted = Crafted.withField(caseWithId("olio"), "id", "Not A Slug");
    InvalidObjectException e = assertThrows(InvalidObjectException.class,
        () -> Crafted.deserialize(Crafted.serialize(crafted)));
    assertMessage(e, "PsoCase", "id", "Not A Slug");
  }

  @Test
  void theBundledDataSetRoundTripsThroughTheFilter() throws Exception {
    PsoDataset bundled = PsoDataset.bundled();
    PsoDataset back = PsoSerialization.deserialize(
        new ByteArrayInputStream(Crafted.serialize(bundled)), PsoDataset.class);
    assertEquals(bundled, back);
    Codebook codebook = Codebook.bundled();
    assertEquals(codebook, PsoSerialization.deserialize(
        new ByteArrayInputStream(Crafted.serialize(codebook)), Codebook.class));
    SearchRecord record = SearchRecord.bundled();
    assertEquals(record, PsoSerialization.deserialize(
        new ByteArrayInputStream(Crafted.serialize(record)), SearchRecord.class));
  }

  @Test
  void reportsRoundTripThroughTheFilterAndAreRecomputed() throws Exception {
    CodingDepth depth = CodingDepth.of(PsoDataset.bundled());
    assertEquals(depth.render(), PsoSerialization.deserialize(
        new ByteArrayInputStream(Crafted.serialize(depth)), CodingDepth.class).render());
    CodingReliability reliability = CodingReliability.bundled();
    assertEquals(reliability.render(), PsoSerialization.deserialize(
        new ByteArrayInputStream(Crafted.serialize(reliability)), CodingReliability.class).render());
  }

  @Test
  void aReliabilityWhoseCodingsDisagreeOnTheCasesCannotBeDeserialized() {
    // A fresh comparison: never mutate the shared bundled() instance.
    PsoCase labelled = ImmutablePsoCase.copyOf(caseWithId("olio"))
        .withReferenceStrategy(org.psoscale.model.ScalingStrategy.DATA_BASED_GROWTH);
    CodingReliability fresh = CodingReliability.of(PsoDataset.of(ImmutableList.of(labelled)),
        ImmutableMap.of("olio", org.psoscale.model.PsoProfile.empty()));
    CodingReliability crafted = Crafted.withField(fresh, "second", ImmutableMap.of());
    InvalidObjectException e = assertThrows(InvalidObjectException.class,
        () -> Crafted.deserialize(Crafted.serialize(crafted)));
    assertMessage(e, "CodingReliability.second");
  }

  static Stream<Class<?>> valueClasses() {
    return Stream.of(PsoDataset.class, ImmutablePsoCase.class, ImmutableAppendixRow.class,
        ImmutableSectorTableEntry.class, ImmutableStrategyTableEntry.class, ImmutableProvenance.class,
        ImmutableSource.class, ImmutableErratum.class, ImmutableSectorAssignment.class, ImmutableCodedFeature.class,
        ImmutableEvidenceLine.class, ImmutableTemplateSearch.class, ImmutableCaseSearchRecord.class,
        ImmutableSearchRecord.class, ImmutableCodebook.class, ImmutableCodebookEntry.class,
        ImmutableQueryTemplate.class, CodingDepth.class, CodingReliability.class);
  }

  @ParameterizedTest
  @MethodSource("valueClasses")
  void rawStreamsOfValueClassesAreRejected(Class<?> type) {
    byte[] raw = Crafted.rawObject(type);
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> Crafted.deserialize(raw));
    assertMessage(e, "serialized form");
    // Through the filter too: the class is ours, so the filter admits it, and the class itself refuses.
    assertMessage(assertThrows(InvalidObjectException.class,
        () -> PsoSerialization.deserialize(new ByteArrayInputStream(raw), Object.class)), "serialized form");
  }

  // Finding 9: bounded normalisation in find.

  @Test
  void findAnswersAHugeQueryWithoutNormalisingIt() {
    PsoDataset data = PsoDataset.bundled();
    // U+FDFA expands eighteen-fold under NFKD; ten million of them took seconds to normalise.
    assertEquals(Optional.empty(), data.find("\uFDFA".repeat(10_000_000)));
    assertEquals(Optional.empty(), data.find("FixMyStreet" + " ".repeat(10_000_000)));
  }

  @Test
  void findNormalisesUpToTheBoundAndNotBeyond() {
    PsoDataset data = PsoDataset.bundled();
    String name = "FRAGDENSTAA T";
    String atBound = name + " ".repeat(PsoDataset.MAX_QUERY_LENGTH - name.length());
    assertEquals("fragdenstaat", data.find(atBound).orElseThrow().id());
    // One character more and the query is not normalised at all: the work is bounded by MAX_QUERY_LENGTH.
    assertEquals(Optional.empty(), data.find(atBound + " "));
    int key = Names.key("\uFDFA".repeat(PsoDataset.MAX_QUERY_LENGTH)).length();
    assertTrue(key > PsoDataset.MAX_QUERY_LENGTH && key <= 18 * PsoDataset.MAX_QUERY_LENGTH, "key length " + key);
  }
}
