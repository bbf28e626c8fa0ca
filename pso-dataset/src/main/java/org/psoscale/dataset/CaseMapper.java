package org.psoscale.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.psoscale.model.Activity;
import org.psoscale.model.CountryCode;
import org.psoscale.model.FeatureDecision;
import org.psoscale.model.ImmutablePso;
import org.psoscale.model.ImmutablePsoProfile;
import org.psoscale.model.Indicator;
import org.psoscale.model.LegalStatus;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.Pso;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalingStrategy;
import org.psoscale.model.Sector;
import org.psoscale.model.SectorSubcategory;

/**
 * Package-private: maps one case straight from the parser's tokens, without the data binder, rejecting a key that
 * an object repeats as the strict parser does. It exists for speed only; the data binder stays the definition of
 * what a record means and what is wrong with it.
 *
 * <p>The contract that keeps the two in step: this mapper either returns exactly the case that
 * {@code PsoJson.reader(PsoCase.class)} would return for the same tokens, built through the same builders (so every
 * invariant of the value types is checked the same way), or throws {@link Unusual}, and the caller maps the record
 * with the data binder, which then reports what is wrong. It accepts only the plain, canonical form of each value
 * (a JSON string for text, an exact enum constant, an {@code int} for whole numbers, no {@code null}); anything else
 * (an unknown or misspelt property, {@code null}, a coercible value, a repeated element of a set, a broken invariant)
 * is "unusual" and left to the data binder, which may accept it (as it accepts {@code null} for an optional field) or
 * report it. A property test checks the contract on generated and fuzzed records.
 *
 * <p>Not thread-safe (it caches the URLs of one read, many of which repeat); one instance per read.
 */
final class CaseMapper {
  /** The known keys of each object, in the order of the switch that reads them; a key's position is its bit. */
  private static final String[] CASE_KEYS = {"id", "pso", "appendix", "sectorTable", "strategyTable",
      "referenceStrategy", "provenance", "sectorAssignments", "codedFeatures", "errata", "notes", "userSupplied"};
  private static final int USER_SUPPLIED = CASE_KEYS.length - 1;
  private static final String[] PSO_KEYS = {"name", "aliases", "foundingYear", "legalStatus", "country", "sectors",
      "subcategories", "website", "description", "profile"};
  private static final String[] PROFILE_KEYS = {"indicators", "traits", "activities", "absentFeatures", "scalers"};
  private static final String[] APPENDIX_KEYS = {"page", "row", "rawName", "rawYear", "rawStatus", "rawType",
      "rawCountry"};
  private static final String[] SECTOR_TABLE_KEYS = {"rawName", "sector", "position"};
  private static final String[] STRATEGY_TABLE_KEYS = {"rawName", "strategy", "position"};
  private static final String[] PROVENANCE_KEYS = {"foundingYear", "legalStatus", "country"};
  private static final String[] SOURCE_KEYS = {"seedTable", "url", "note"};
  private static final String[] SECTOR_ASSIGNMENT_KEYS = {"sector", "source"};
  private static final String[] CODED_FEATURE_KEYS = {"feature", "decision", "evidence", "justification", "source",
      "lines"};
  private static final String[] ERRATUM_KEYS = {"field", "paperValue", "otherValue", "source", "note"};

  private static final ExactLookup<ScalingStrategy> SCALING_STRATEGY = ExactLookup.ofEnum(ScalingStrategy.class);
  private static final ExactLookup<LegalStatus> LEGAL_STATUS = ExactLookup.ofEnum(LegalStatus.class);
  private static final ExactLookup<Sector> SECTOR = ExactLookup.ofEnum(Sector.class);
  private static final ExactLookup<SectorSubcategory> SECTOR_SUBCATEGORY =
      ExactLookup.ofEnum(SectorSubcategory.class);
  private static final ExactLookup<Indicator> INDICATOR = ExactLookup.ofEnum(Indicator.class);
  private static final ExactLookup<OrganisationTrait> ORGANISATION_TRAIT =
      ExactLookup.ofEnum(OrganisationTrait.class);
  private static final ExactLookup<Activity> ACTIVITY = ExactLookup.ofEnum(Activity.class);
  private static final ExactLookup<SeedTable> SEED_TABLE = ExactLookup.ofEnum(SeedTable.class);
  private static final ExactLookup<FeatureDecision> FEATURE_DECISION = ExactLookup.ofEnum(FeatureDecision.class);
  private static final ExactLookup<ProfileFeature> FEATURES = ExactLookup.of(
      ProfileFeature.all().stream().collect(java.util.stream.Collectors.toMap(ProfileFeature::toString, f -> f)));

  /** Websites already parsed in this read. */
  private final Map<String, URI> urls = new HashMap<>();

  /**
   * The last eight distinct cited URLs of this read: a case's decisions often cite the same few pages, and a data set
   * then keeps one copy of each text (in the bundled file this finds 278 of the 295 repeats). A hash map of every URL
   * found a few more and cost 7 % of a read (hashing whole URLs); eight comparisons keep a read linear.
   */
  private final String[] recentUrls = new String[8];
  private int nextRecent;

  /**
   * Thrown when a record is not in the plain form this mapper handles; carries no stack trace (it is control flow,
   * and the data binder's own exception is what a user sees).
   */
  static final class Unusual extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Unusual INSTANCE = new Unusual();

    private Unusual() {
      super("not in the plain form; mapped by the data binder", null, false, false);
    }
  }

  /**
   * Maps the object at the parser's current token, leaving the parser on its closing brace.
   *
   * @param userSuppliedUnlessSaid whether a record without {@code userSupplied} is user-supplied (the reader's
   *     {@link PsoDataset.Strictness#USER_SUPPLIED})
   * @throws com.fasterxml.jackson.core.JsonParseException if an object repeats a key (where the strict parser
   *     reports it)
   * @throws Unusual if the record is not in the plain form (see the class comment)
   * @throws IOException if the tokens cannot be read
   */
  PsoCase read(JsonParser p, boolean userSuppliedUnlessSaid) throws IOException {
    try {
      return readCase(p, userSuppliedUnlessSaid);
    } catch (Unusual e) {
      throw e;
    } catch (RuntimeException e) {
      // a missing attribute or a broken invariant: the data binder reports it, with its path
      throw Unusual.INSTANCE;
    }
  }

  private PsoCase readCase(JsonParser p, boolean userSuppliedUnlessSaid) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    ImmutablePsoCase.Builder b = ImmutablePsoCase.builder();
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      seen = once(p, seen, key(CASE_KEYS, field));
      JsonToken t = p.nextToken();
      switch (field) {
        case "id" -> b.id(text(p, t));
        case "pso" -> b.pso(pso(p, t));
        case "appendix" -> b.appendix(appendix(p, t));
        case "sectorTable" -> b.sectorTable(sectorTable(p, t));
        case "strategyTable" -> b.strategyTable(strategyTable(p, t));
        case "referenceStrategy" -> b.referenceStrategy(constant(SCALING_STRATEGY, p, t));
        case "provenance" -> b.provenance(provenance(p, t));
        case "sectorAssignments" -> {
          expect(t, JsonToken.START_ARRAY);
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            b.addSectorAssignment(sectorAssignment(p, t));
          }
        }
        case "codedFeatures" -> {
          expect(t, JsonToken.START_ARRAY);
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            b.addCodedFeature(codedFeature(p, t));
          }
        }
        case "errata" -> {
          expect(t, JsonToken.START_ARRAY);
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            b.addErrata(erratum(p, t));
          }
        }
        case "notes" -> {
          expect(t, JsonToken.START_ARRAY);
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            b.addNote(text(p, t));
          }
        }
        case "userSupplied" -> {
          if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw Unusual.INSTANCE;
          }
          b.userSupplied(t == JsonToken.VALUE_TRUE);
        }
        default -> throw Unusual.INSTANCE;
      }
    }
    if (userSuppliedUnlessSaid && (seen & (1L << USER_SUPPLIED)) == 0) {
      b.userSupplied(true);
    }
    return b.build();
  }

  private Pso pso(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.START_OBJECT);
    ImmutablePso.Builder b = ImmutablePso.builder();
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      seen = once(p, seen, key(PSO_KEYS, field));
      t = p.nextToken();
      switch (field) {
        case "name" -> b.name(text(p, t));
        case "aliases" -> {
          expect(t, JsonToken.START_ARRAY);
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            b.addAlias(text(p, t));
          }
        }
        case "foundingYear" -> b.foundingYear(integer(p, t));
        case "legalStatus" -> b.legalStatus(constant(LEGAL_STATUS, p, t));
        case "country" -> b.country(country(p, t));
        case "sectors" -> set(p, t, SECTOR, Enum::ordinal, b::addSector);
        case "subcategories" -> set(p, t, SECTOR_SUBCATEGORY, Enum::ordinal, b::addSubcategory);
        case "website" -> b.website(url(p, t));
        case "description" -> b.description(text(p, t));
        case "profile" -> b.profile(profile(p, t));
        default -> throw Unusual.INSTANCE;
      }
    }
    return b.build();
  }

  private PsoProfile profile(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.START_OBJECT);
    ImmutablePsoProfile.Builder b = ImmutablePsoProfile.builder();
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      seen = once(p, seen, key(PROFILE_KEYS, field));
      t = p.nextToken();
      switch (field) {
        case "indicators" -> set(p, t, INDICATOR, Enum::ordinal, b::addIndicator);
        case "traits" -> set(p, t, ORGANISATION_TRAIT, Enum::ordinal, b::addTrait);
        case "activities" -> set(p, t, ACTIVITY, Enum::ordinal, b::addActivity);
        case "absentFeatures" -> set(p, t, FEATURES, ProfileFeature::index, b::addAbsentFeature);
        case "scalers" -> throw Unusual.INSTANCE; // rare: the data binder reads it
        default -> throw Unusual.INSTANCE;
      }
    }
    return b.build();
  }

  private AppendixRow appendix(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.START_OBJECT);
    ImmutableAppendixRow.Builder b = ImmutableAppendixRow.builder();
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      seen = once(p, seen, key(APPENDIX_KEYS, field));
      t = p.nextToken();
      switch (field) {
        case "page" -> b.page(integer(p, t));
        case "row" -> b.row(integer(p, t));
        case "rawName" -> b.rawName(text(p, t));
        case "rawYear" -> b.rawYear(text(p, t));
        case "rawStatus" -> b.rawStatus(text(p, t));
        case "rawType" -> b.rawType(text(p, t));
        case "rawCountry" -> b.rawCountry(text(p, t));
        default -> throw Unusual.INSTANCE;
      }
    }
    return b.build();
  }

  private SectorTableEntry sectorTable(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.START_OBJECT);
    ImmutableSectorTableEntry.Builder b = ImmutableSectorTableEntry.builder();
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      seen = once(p, seen, key(SECTOR_TABLE_KEYS, field));
      t = p.nextToken();
      switch (field) {
        case "rawName" -> b.rawName(text(p, t));
        case "sector" -> b.sector(constant(SECTOR, p, t));
        case "position" -> b.position(integer(p, t));
        default -> throw Unusual.INSTANCE;
      }
    }
    return b.build();
  }

  private StrategyTableEntry strategyTable(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.START_OBJECT);
    ImmutableStrategyTableEntry.Builder b = ImmutableStrategyTableEntry.builder();
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      seen = once(p, seen, key(STRATEGY_TABLE_KEYS, field));
      t = p.nextToken();
      switch (field) {
        case "rawName" -> b.rawName(text(p, t));
        case "strategy" -> b.strategy(constant(SCALING_STRATEGY, p, t));
        case "position" -> b.position(integer(p, t));
        default -> throw Unusual.INSTANCE;
      }
    }
    return b.build();
  }

  private Provenance provenance(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.START_OBJECT);
    ImmutableProvenance.Builder b = ImmutableProvenance.builder();
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      seen = once(p, seen, key(PROVENANCE_KEYS, field));
      t = p.nextToken();
      switch (field) {
        case "foundingYear" -> b.foundingYear(source(p, t));
        case "legalStatus" -> b.legalStatus(source(p, t));
        case "country" -> b.country(source(p, t));
        default -> throw Unusual.INSTANCE;
      }
    }
    return b.build();
  }

  private Source source(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.START_OBJECT);
    ImmutableSource.Builder b = ImmutableSource.builder();
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      seen = once(p, seen, key(SOURCE_KEYS, field));
      t = p.nextToken();
      switch (field) {
        case "seedTable" -> b.seedTable(constant(SEED_TABLE, p, t));
        case "url" -> b.urlText(urlText(p, t));
        case "note" -> b.note(text(p, t));
        default -> throw Unusual.INSTANCE;
      }
    }
    return b.build();
  }

  private SectorAssignment sectorAssignment(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.START_OBJECT);
    ImmutableSectorAssignment.Builder b = ImmutableSectorAssignment.builder();
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      seen = once(p, seen, key(SECTOR_ASSIGNMENT_KEYS, field));
      t = p.nextToken();
      switch (field) {
        case "sector" -> b.sector(constant(SECTOR, p, t));
        case "source" -> b.source(source(p, t));
        default -> throw Unusual.INSTANCE;
      }
    }
    return b.build();
  }

  private CodedFeature codedFeature(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.START_OBJECT);
    // through the generated constructor, not a builder: no builder or list builder per decision (a data set has
    // hundreds); it checks the same invariants, and a missing attribute (null here) fails it as the builder would
    ProfileFeature feature = null;
    FeatureDecision decision = FeatureDecision.PRESENT; // the attribute's default
    String evidence = null;
    String justification = null;
    String source = null;
    ImmutableList<Integer> lines = ImmutableList.of();
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      seen = once(p, seen, key(CODED_FEATURE_KEYS, field));
      t = p.nextToken();
      switch (field) {
        case "feature" -> feature = feature(p, t);
        case "decision" -> decision = constant(FEATURE_DECISION, p, t);
        case "evidence" -> evidence = text(p, t);
        case "justification" -> justification = text(p, t);
        case "source" -> source = urlText(p, t);
        case "lines" -> lines = integers(p, t);
        default -> throw Unusual.INSTANCE;
      }
    }
    return ImmutableCodedFeature.of(feature, decision, evidence, justification, source, lines);
  }

  /** An array of whole numbers; a decision cites a few lines, so a short one is read without a list builder. */
  private static ImmutableList<Integer> integers(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.START_ARRAY);
    if ((t = p.nextToken()) == JsonToken.END_ARRAY) {
      return ImmutableList.of();
    }
    int first = integer(p, t);
    if ((t = p.nextToken()) == JsonToken.END_ARRAY) {
      return ImmutableList.of(first);
    }
    int second = integer(p, t);
    if ((t = p.nextToken()) == JsonToken.END_ARRAY) {
      return ImmutableList.of(first, second);
    }
    ImmutableList.Builder<Integer> more = ImmutableList.builder();
    more.add(first).add(second);
    do {
      more.add(integer(p, t));
    } while ((t = p.nextToken()) != JsonToken.END_ARRAY);
    return more.build();
  }

  private Erratum erratum(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.START_OBJECT);
    ImmutableErratum.Builder b = ImmutableErratum.builder();
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      seen = once(p, seen, key(ERRATUM_KEYS, field));
      t = p.nextToken();
      switch (field) {
        case "field" -> b.field(text(p, t));
        case "paperValue" -> b.paperValue(text(p, t));
        case "otherValue" -> b.otherValue(text(p, t));
        case "source" -> b.source(source(p, t));
        case "note" -> b.note(text(p, t));
        default -> throw Unusual.INSTANCE;
      }
    }
    return b.build();
  }

  /**
   * The position of a property among an object's known ones; field names come from the parser's symbol table, so
   * they are compared by identity first. An unknown property is unusual.
   */
  private static int key(String[] keys, String field) {
    for (int k = 0; k < keys.length; k++) {
      if (keys[k] == field) {
        return k;
      }
    }
    for (int k = 0; k < keys.length; k++) {
      if (keys[k].equals(field)) {
        return k;
      }
    }
    throw Unusual.INSTANCE;
  }

  /** Marks the property as read, rejecting a key repeated within the object as the strict parser does. */
  private long once(JsonParser p, long seen, int key) throws IOException {
    long bit = 1L << key;
    if ((seen & bit) != 0) {
      throw DatasetJsonReader.duplicateKey(p, p.currentName());
    }
    return seen | bit;
  }

  /**
   * Reads an array into a set's builder: each element an exact constant, none repeated (a repeat is unusual: the
   * strict set deserializer reports it).
   */
  private static <E> void set(JsonParser p, JsonToken t, ExactLookup<E> constants,
      java.util.function.ToIntFunction<E> index, java.util.function.Consumer<E> add) throws IOException {
    expect(t, JsonToken.START_ARRAY);
    long elements = 0;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      E e = constant(constants, p, t);
      elements = element(elements, index.applyAsInt(e));
      add.accept(e);
    }
  }

  private static void expect(JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw Unusual.INSTANCE;
    }
  }

  private static String text(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.VALUE_STRING);
    return p.getText();
  }

  private static int integer(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      throw Unusual.INSTANCE;
    }
    return p.getIntValue();
  }

  /** An enum constant written exactly as its name (what the strict enum deserializer accepts, and no more). */
  private static <E> E constant(ExactLookup<E> constants, JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.VALUE_STRING);
    // looked up in the parser's buffer: no string is made for a constant
    E e = constants.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (e == null) {
      throw Unusual.INSTANCE;
    }
    return e;
  }

  /** A feature in its exact text form ({@code kind:CONSTANT}), as {@link ProfileFeature}'s JSON creator takes it. */
  private static ProfileFeature feature(JsonParser p, JsonToken t) throws IOException {
    return constant(FEATURES, p, t);
  }

  /** A country as {@link CountryCode}'s JSON creator takes it: the upper-case code, nothing to trim or fold. */
  private static CountryCode country(JsonParser p, JsonToken t) throws IOException {
    String code = text(p, t);
    if (!code.equals(code.strip().toUpperCase(Locale.ROOT))) {
      throw Unusual.INSTANCE;
    }
    return CountryCode.of(code);
  }

  /** A URL as the data binder reads a {@link URI} (text, not empty), parsed once per distinct text in a read. */
  private URI url(JsonParser p, JsonToken t) throws IOException {
    String text = text(p, t);
    if (text.isEmpty() || !text.equals(text.strip())) {
      throw Unusual.INSTANCE;
    }
    URI known = urls.get(text);
    if (known == null) {
      known = URI.create(text);
      urls.put(text, known);
    }
    return known;
  }

  /**
   * A cited URL as {@link Source} and {@link CodedFeature} keep it (text, checked by their builders), shared with an
   * equal one among the {@link #recentUrls}.
   */
  private String urlText(JsonParser p, JsonToken t) throws IOException {
    String text = text(p, t);
    for (String known : recentUrls) {
      if (text.equals(known)) {
        return known;
      }
    }
    recentUrls[nextRecent] = text;
    nextRecent = (nextRecent + 1) & (recentUrls.length - 1);
    return text;
  }

  private static long element(long seen, int ordinal) {
    if (ordinal >= Long.SIZE) {
      throw Unusual.INSTANCE;
    }
    long bit = 1L << ordinal;
    if ((seen & bit) != 0) {
      throw Unusual.INSTANCE;
    }
    return seen | bit;
  }
}
