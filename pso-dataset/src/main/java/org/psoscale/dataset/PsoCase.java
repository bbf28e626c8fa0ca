package org.psoscale.dataset;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.psoscale.model.Activity;
import org.psoscale.model.CountryCode;
import org.psoscale.model.FeatureDecision;
import org.psoscale.model.Indicator;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.LegalStatus;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.Pso;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.PsoStyle;
import org.psoscale.model.ScalingStrategy;
import org.psoscale.model.Sector;

/**
 * One organisation of the data set: its normalised {@link Pso}, where the paper names it (each seed table's cells
 * as printed), where every value of the {@code Pso} came from, the paper's strategy coding if any, the errata
 * public sources raise, and the evidence behind each coded profile feature.
 *
 * <p>The case is checked at construction; a violation throws {@link IllegalArgumentException} whose message
 * starts with the field:
 * <ul>
 *   <li>{@code id} is a slug: lower-case ASCII letters and digits in groups joined by single hyphens, at most
 *       {@value org.psoscale.model.TextLimits#MAX_ID_LENGTH} characters, checked in linear time;</li>
 *   <li>{@code referenceStrategy} equals the column of {@code strategyTable} when the strategy table names the
 *       case (users' own data may set a reference strategy without a seed table);</li>
 *   <li>an {@code appendix} row agrees with the {@code Pso}: its year, status and country parse to
 *       {@code foundingYear}, {@code legalStatus} and {@code country} (the paper's {@code "UK"} reads as
 *       {@code GB}), its type is among the sectors, and all four have the appendix as source;</li>
 *   <li>a {@code sectorTable} entry's sector is assigned with the sector table as source;</li>
 *   <li>the sectors of {@code sectorAssignments} are exactly {@code pso().sectors()}, with no assignment
 *       repeated;</li>
 *   <li>{@code provenance} has a source exactly for each of founding year, legal status and country the
 *       {@code Pso} has;</li>
 *   <li>{@code codedFeatures} name each feature at most once, and {@code pso().profile()} holds exactly those
 *       decisions (SCALERS ratings aside);</li>
 *   <li>a {@link #userSupplied() user-supplied} case may leave provenance, sector assignments and coded features
 *       out, but what it gives must agree with the {@code Pso};</li>
 *   <li>notes are non-blank single lines of at most {@value org.psoscale.model.TextLimits#MAX_TEXT_LENGTH}
 *       characters (see {@link org.psoscale.model.TextLimits}).</li>
 * </ul>
 *
 * <p>JSON: {@code {"id": "olio", "pso": {…}, "appendix": {…}, "sectorTable": {…}, "strategyTable": {…},
 * "referenceStrategy": "DATA_BASED_GROWTH", "provenance": {…}, "sectorAssignments": […], "codedFeatures":
 * […], "errata": […], "notes": […]}}; absent optionals are omitted and missing arrays read as empty.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutablePsoCase.class)
@JsonDeserialize(as = ImmutablePsoCase.class)
public abstract class PsoCase implements Serializable {
  private static final long serialVersionUID = 1L;

  PsoCase() {}

  /** {@return a stable slug identifying the case, e.g. {@code "fragdenstaat"}} */
  public abstract String id();

  /** {@return the organisation, normalised: usual name, parsed values, coded profile} */
  public abstract Pso pso();

  /** {@return the paper's appendix row for the organisation, if the appendix lists it} */
  public abstract Optional<AppendixRow> appendix();

  /** {@return the paper's sector-table example naming the organisation, if any} */
  public abstract Optional<SectorTableEntry> sectorTable();

  /** {@return the paper's strategy-table example naming the organisation, if any} */
  public abstract Optional<StrategyTableEntry> strategyTable();

  /**
   * {@return the reference scaling strategy: for the bundled data, the paper's strategy-table column, present for
   * its 27 examples only. A classifier is evaluated against it; the profile is never coded from it}
   */
  public abstract Optional<ScalingStrategy> referenceStrategy();

  /** {@return where the founding year, legal status and country of {@link #pso()} came from} */
  @Value.Default
  public Provenance provenance() {
    return Provenance.none();
  }

  /** {@return the sectors of {@link #pso()}, each with its source; a sector may be assigned by two sources} */
  public abstract ImmutableList<SectorAssignment> sectorAssignments();

  /** {@return the features of {@code pso().profile()}, each with its evidence} */
  public abstract ImmutableList<CodedFeature> codedFeatures();

  /** {@return where public sources contradict the paper's values} */
  public abstract ImmutableList<Erratum> errata();

  /** {@return remarks in our words, e.g. why a profile is empty} */
  public abstract ImmutableList<String> notes();

  /**
   * Whether the case was supplied by a user with partial provenance: then a value, sector or profile decision
   * without a source or coded evidence was <em>supplied by the user</em>, not taken from a cited page. Such a case
   * may omit {@code provenance}, {@code sectorAssignments} and {@code codedFeatures} (what it gives is still
   * checked: a source only for a value that is present, an assignment only for one of the sectors, a coded
   * decision only as the profile has it). False for every bundled case, whose provenance is complete. Cases read
   * with {@link PsoDataset.Strictness#USER_SUPPLIED} are marked so unless the record says otherwise; nothing is
   * filled in on the user's behalf.
   *
   * @return whether the case was supplied by a user with partial provenance
   */
  @Value.Default
  public boolean userSupplied() {
    return false;
  }

  /**
   * A short, one-line summary for notebooks and logs: id, name, founding year, country, sectors, reference
   * strategy and the numbers of present and absent features, e.g.
   * {@code olio: OLIO (2015, GB; SHARING, FOOD_WASTE) reference DATA_BASED_GROWTH; 15 present, 2 absent}.
   *
   * @return the summary; not null
   */
  public String summary() {
    StringBuilder s = new StringBuilder(id()).append(": ").append(pso().name()).append(" (");
    s.append(pso().foundingYear().isPresent() ? Integer.toString(pso().foundingYear().getAsInt()) : "year ?");
    s.append(", ").append(pso().country().map(CountryCode::code).orElse("country ?")).append("; ");
    s.append(pso().sectors().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
    s.append(")");
    referenceStrategy().ifPresent(r -> s.append(" reference ").append(r.name()));
    s.append("; ").append(pso().profile().features().size()).append(" present, ")
        .append(pso().profile().absentFeatures().size()).append(" absent");
    if (userSupplied()) {
      s.append("; supplied by the user");
    }
    return s.toString();
  }

  /**
   * The {@link #summary()}, so that printing a case in JShell or a log gives one readable line; the JSON form
   * ({@link PsoDataset#write(java.io.OutputStream)}) has every attribute.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "PsoCase{" + summary() + "}";
  }

  /** {@return the seed tables that name this case, in table order} */
  @JsonIgnore
  public ImmutableSet<SeedTable> seedTables() {
    ImmutableSet.Builder<SeedTable> out = ImmutableSet.builder();
    appendix().ifPresent(a -> out.add(SeedTable.APPENDIX));
    sectorTable().ifPresent(a -> out.add(SeedTable.SECTOR_TABLE));
    strategyTable().ifPresent(a -> out.add(SeedTable.STRATEGY_TABLE));
    return out.build();
  }

  /** {@return every name the case is known by: the normalised name, the aliases and the raw spellings of the tables} */
  @JsonIgnore
  public ImmutableSet<String> allNames() {
    ImmutableSet.Builder<String> out = ImmutableSet.<String>builder().add(pso().name()).addAll(pso().aliases());
    appendix().ifPresent(a -> out.add(a.rawName()));
    sectorTable().ifPresent(a -> out.add(a.rawName()));
    strategyTable().ifPresent(a -> out.add(a.rawName()));
    return out.build();
  }

  /** {@return the case as a labelled example, if it has a reference strategy} */
  public Optional<LabelledProfile> labelled() {
    return referenceStrategy().map(s -> LabelledProfile.of(id(), pso().profile(), s));
  }

  @Value.Check
  void check() {
    Checks.slug("id", id());
    strategyTable().ifPresent(e -> {
      if (!referenceStrategy().equals(Optional.of(e.strategy()))) {
        throw new IllegalArgumentException("referenceStrategy: " + referenceStrategy().map(Enum::name).orElse("absent")
            + " differs from the strategy-table column " + e.strategy());
      }
    });
    appendix().ifPresent(this::checkAppendix);
    sectorTable().ifPresent(e -> requireAssignment(e.sector(), SeedTable.SECTOR_TABLE, "sectorTable"));
    checkSectors();
    checkProvenance();
    if (userSupplied()) {
      checkUserFeatures();
    } else {
      checkFeatures();
    }
    for (int i = 0; i < notes().size(); i++) {
      Checks.oneLine("notes[" + i + "]", notes().get(i));
    }
  }

  private void checkAppendix(AppendixRow row) {
    int year;
    try {
      year = Integer.parseInt(row.rawYear().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("appendix.rawYear: '" + row.rawYear() + "' is not a year", e);
    }
    if (pso().foundingYear().orElse(Integer.MIN_VALUE) != year) {
      throw new IllegalArgumentException("pso.foundingYear: " + pso().foundingYear() + " differs from the appendix's "
          + row.rawYear() + " (the case keeps the paper's value; record a different one as an erratum)");
    }
    LegalStatus status = LegalStatus.parse(row.rawStatus());
    if (!pso().legalStatus().equals(Optional.of(status))) {
      throw new IllegalArgumentException("pso.legalStatus: " + pso().legalStatus().map(Enum::name).orElse("absent")
          + " differs from the appendix's '" + row.rawStatus() + "'");
    }
    CountryCode country = CountryCode.parse(row.rawCountry());
    if (!pso().country().equals(Optional.of(country))) {
      throw new IllegalArgumentException("pso.country: " + pso().country().map(CountryCode::code).orElse("absent")
          + " differs from the appendix's '" + row.rawCountry() + "' (" + country + ")");
    }
    requireAssignment(Sector.parse(row.rawType()), SeedTable.APPENDIX, "appendix");
    Source paper = Source.paper(SeedTable.APPENDIX);
    if (!provenance().foundingYear().equals(Optional.of(paper))
        || !provenance().legalStatus().equals(Optional.of(paper))
        || !provenance().country().equals(Optional.of(paper))) {
      throw new IllegalArgumentException(
          "provenance: founding year, legal status and country of an appendix case come from the APPENDIX");
    }
  }

  private void requireAssignment(Sector sector, SeedTable table, String field) {
    Source paper = Source.paper(table);
    boolean found = false;
    for (SectorAssignment a : sectorAssignments()) {
      found |= a.sector() == sector && a.source().equals(paper);
    }
    if (!found) {
      throw new IllegalArgumentException(
          "sectorAssignments: the " + field + " gives sector " + sector + " but no assignment has source " + table);
    }
  }

  private void checkSectors() {
    Set<Sector> assigned = java.util.EnumSet.noneOf(Sector.class);
    // a case has a few assignments: comparing with the earlier ones beats hashing them; many are hashed
    Set<SectorAssignment> seen = sectorAssignments().size() > 16 ? new HashSet<>() : null;
    for (int i = 0; i < sectorAssignments().size(); i++) {
      SectorAssignment a = sectorAssignments().get(i);
      if (seen != null ? !seen.add(a) : sectorAssignments().subList(0, i).contains(a)) {
        throw new IllegalArgumentException("sectorAssignments[" + i + "]: repeats " + a.sector() + " from " + a.source());
      }
      assigned.add(a.sector());
    }
    if (userSupplied() && pso().sectors().containsAll(assigned)) {
      return;
    }
    if (!assigned.equals(pso().sectors())) {
      throw new IllegalArgumentException(
          "sectorAssignments: assign " + assigned + " but pso.sectors is " + pso().sectors()
              + "; every sector needs a source and every assignment must be among the sectors");
    }
  }

  private void checkProvenance() {
    requireSourceIff("foundingYear", pso().foundingYear().isPresent(), provenance().foundingYear());
    requireSourceIff("legalStatus", pso().legalStatus().isPresent(), provenance().legalStatus());
    requireSourceIff("country", pso().country().isPresent(), provenance().country());
  }

  private void requireSourceIff(String field, boolean valuePresent, Optional<Source> source) {
    if (userSupplied() && valuePresent) {
      return;
    }
    if (valuePresent != source.isPresent()) {
      throw new IllegalArgumentException("provenance." + field + ": " + (valuePresent
          ? "the value is present but has no source" : "has a source but pso." + field + " is absent"));
    }
  }

  private void checkUserFeatures() {
    Set<ProfileFeature> seen = new HashSet<>();
    PsoProfile profile = pso().profile();
    for (int i = 0; i < codedFeatures().size(); i++) {
      CodedFeature f = codedFeatures().get(i);
      if (!seen.add(f.feature())) {
        throw new IllegalArgumentException("codedFeatures[" + i + "]: " + f.feature() + " is coded twice");
      }
      if (profile.decision(f.feature()) != f.decision()) {
        throw new IllegalArgumentException("codedFeatures[" + i + "]: codes " + f.feature() + " " + f.decision()
            + " but the profile has it " + profile.decision(f.feature()));
      }
    }
  }

  private void checkFeatures() {
    // the features as bits of their dense index (32 of them): which are coded, which present, which absent
    long coded = 0;
    long present = 0;
    long absent = 0;
    for (int i = 0; i < codedFeatures().size(); i++) {
      CodedFeature f = codedFeatures().get(i);
      long bit = 1L << f.feature().index();
      if ((coded & bit) != 0) {
        throw new IllegalArgumentException("codedFeatures[" + i + "]: " + f.feature() + " is coded twice");
      }
      coded |= bit;
      if (f.decision() == FeatureDecision.PRESENT) {
        present |= bit;
      } else if (f.decision() == FeatureDecision.ABSENT) {
        absent |= bit;
      }
    }
    PsoProfile profile = pso().profile();
    if (present == presentBits(profile) && absent == bits(profile.absentFeatures())) {
      return;
    }
    // something differs: say what, from the profile the decisions make
    PsoProfile expected = profileOf(codedFeatures());
    if (!profile.indicators().equals(expected.indicators())
        || !profile.traits().equals(expected.traits())
        || !profile.activities().equals(expected.activities())) {
      throw new IllegalArgumentException("pso.profile: holds " + profile.indicators() + profile.traits()
          + profile.activities() + " but codedFeatures justify " + expected.indicators() + expected.traits()
          + expected.activities() + "; every feature of the profile needs a coded feature and vice versa");
    }
    if (!profile.absentFeatures().equals(expected.absentFeatures())) {
      throw new IllegalArgumentException("pso.profile.absentFeatures: holds " + profile.absentFeatures()
          + " but codedFeatures decide ABSENT " + expected.absentFeatures()
          + "; every absent feature needs a coded ABSENT decision and vice versa");
    }
  }

  private static long presentBits(PsoProfile profile) {
    long bits = 0;
    for (Indicator x : profile.indicators()) {
      bits |= 1L << ProfileFeature.of(x).index();
    }
    for (OrganisationTrait x : profile.traits()) {
      bits |= 1L << ProfileFeature.of(x).index();
    }
    for (Activity x : profile.activities()) {
      bits |= 1L << ProfileFeature.of(x).index();
    }
    return bits;
  }

  private static long bits(Iterable<ProfileFeature> features) {
    long bits = 0;
    for (ProfileFeature f : features) {
      bits |= 1L << f.index();
    }
    return bits;
  }

  /**
   * The profile these decisions make, with no SCALERS ratings: the features coded
   * {@link org.psoscale.model.FeatureDecision#PRESENT present} in its present sets, those coded
   * {@link org.psoscale.model.FeatureDecision#ABSENT absent} in {@link PsoProfile#absentFeatures()}.
   *
   * @param features the coded features; not null, no null elements
   * @return the profile
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if a feature is coded both present and absent
   */
  public static PsoProfile profileOf(Iterable<CodedFeature> features) {
    Objects.requireNonNull(features, "features");
    PsoProfile.Builder b = PsoProfile.builder();
    for (CodedFeature f : features) {
      b.decide(f.feature(), f.decision());
    }
    return b.build();
  }

  /** {@return a new, empty builder; {@code build()} checks the invariants listed on this class} */
  public static ImmutablePsoCase.Builder builder() {
    return ImmutablePsoCase.builder();
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(PsoCase.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(PsoCase.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(PsoCase v) {
      super(v.id(), v.pso(), opt(v.appendix()), opt(v.sectorTable()), opt(v.strategyTable()),
          opt(v.referenceStrategy()), v.provenance(), list(v.sectorAssignments()), list(v.codedFeatures()),
          list(v.errata()), list(v.notes()));
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return builder().id(f.string("id")).pso(f.get("pso", Pso.class))
          .appendix(f.optional("appendix", AppendixRow.class))
          .sectorTable(f.optional("sectorTable", SectorTableEntry.class))
          .strategyTable(f.optional("strategyTable", StrategyTableEntry.class))
          .referenceStrategy(f.optional("referenceStrategy", ScalingStrategy.class))
          .provenance(f.get("provenance", Provenance.class))
          .addAllSectorAssignments(f.list("sectorAssignments", SectorAssignment.class))
          .addAllCodedFeatures(f.list("codedFeatures", CodedFeature.class))
          .addAllErrata(f.list("errata", Erratum.class))
          .addAllNotes(f.list("notes", String.class)).build();
    }
  }
}
