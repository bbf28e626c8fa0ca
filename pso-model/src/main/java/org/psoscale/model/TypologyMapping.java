package org.psoscale.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which profile features count for which categories of a {@link Typology}, how much, and why: a list of {@link
 * MappingEntry} lines, each with a justification written from the category's definition.
 *
 * <p><b>A mapping is a reading, not a finding.</b> The typologies' authors did not write these mappings; the
 * bundled ones ({@link #bundled(String)}) are our reading of their definitions, made from the features' meaning
 * alone (never from the paper's strategy labels or from how the labelled cases come out), and are documented as
 * such in {@link #description()}. Supply your own as JSON ({@link #read(InputStream)}, {@link #parse(String)}) to
 * test another reading; pso-classifier's {@code TypologyClassifiers.fromMapping} classifies profiles with it.
 *
 * <p>JSON: {@code {"typology": "moore-2015", "description": "Our reading …", "entries": [{"feature":
 * "activity:LOCAL_PARTNERSHIPS_AND_LOBBYING", "category": "SCALING_UP", "weight": 1.0, "justification": "…"},
 * …]}}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableTypologyMapping.class)
@JsonDeserialize(as = ImmutableTypologyMapping.class)
public abstract class TypologyMapping implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final String RESOURCE = "typology-mappings/";

  TypologyMapping() {}

  /** {@return the {@link Typology#id()} of the typology mapped to; matches {@link Typology#ID}} */
  public abstract String typology();

  /** {@return who wrote the mapping, from what, and that it is a reading; not blank} */
  public abstract String description();

  /** {@return the lines; not empty, no two with the same feature, decision and category} */
  public abstract ImmutableList<MappingEntry> entries();

  @Value.Check
  void check() {
    if (!Typology.ID.matcher(typology()).matches()) {
      throw new IllegalArgumentException("typology: must match " + Typology.ID + ", was \"" + typology() + "\"");
    }
    TypologyCategory.notBlank("description", description());
    if (entries().isEmpty()) {
      throw new IllegalArgumentException("entries: a mapping needs at least one entry");
    }
    Set<String> seen = new HashSet<>();
    for (MappingEntry e : entries()) {
      if (!seen.add(e.feature() + "/" + e.when() + "/" + e.category())) {
        throw new IllegalArgumentException("entries: " + e.feature() + " (" + e.when() + ") is mapped to "
            + e.category() + " twice");
      }
    }
  }

  /**
   * A mapping.
   *
   * @param typology the typology's id
   * @param description who wrote it, from what; not blank
   * @param entries at least one line; not null
   * @return the mapping
   * @throws NullPointerException if an argument or entry is null
   * @throws IllegalArgumentException if the id is malformed, the description blank, the entries empty or repeated
   */
  public static TypologyMapping of(String typology, String description, List<MappingEntry> entries) {
    return ImmutableTypologyMapping.builder().typology(typology).description(description).addAllEntries(entries)
        .build();
  }

  /**
   * Checks that this mapping fits a typology: the ids are equal and every entry names one of its categories.
   *
   * @param typology the typology; not null
   * @return this mapping
   * @throws NullPointerException if {@code typology} is null
   * @throws IllegalArgumentException if the ids differ or an entry names an unknown category; the message names the
   *     entry and lists the allowed categories
   */
  public TypologyMapping checkAgainst(Typology typology) {
    requireNonNull(typology, "typology");
    if (!typology.id().equals(typology())) {
      throw new IllegalArgumentException(
          "typology: the mapping is for \"" + typology() + "\", not for \"" + typology.id() + "\"");
    }
    for (MappingEntry e : entries()) {
      if (typology.indexOf(e.category()) < 0) {
        throw new IllegalArgumentException("entries: " + e.feature() + " is mapped to unknown category \""
            + e.category() + "\"; allowed: " + String.join(", ", typology.categoryIds()));
      }
    }
    return this;
  }

  /**
   * The entries that count for one category.
   *
   * @param category the category's id; not null
   * @return its entries, in order; empty if none
   * @throws NullPointerException if {@code category} is null
   */
  public ImmutableList<MappingEntry> entriesFor(String category) {
    requireNonNull(category, "category");
    return entries().stream().filter(e -> e.category().equals(category)).collect(ImmutableList.toImmutableList());
  }

  /** {@return this mapping as JSON (the shape of the class documentation), indented} */
  public String toJson() {
    try {
      return PsoJson.writer().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write mapping as JSON", e);
    }
  }

  /**
   * Reads a mapping from JSON text.
   *
   * @param json the JSON; not null
   * @return the mapping
   * @throws NullPointerException if {@code json} is null
   * @throws IllegalArgumentException if the JSON is malformed or the mapping invalid; the message says where
   */
  public static TypologyMapping parse(String json) {
    requireNonNull(json, "json");
    try {
      return PsoJson.reader(TypologyMapping.class).readValue(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("mapping: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a mapping from a JSON stream (UTF-8, strict like every reader of {@link PsoJson}), which is not closed.
   *
   * @param in the stream; not null
   * @return the mapping
   * @throws NullPointerException if {@code in} is null
   * @throws IOException if reading fails, the JSON is malformed or the mapping invalid
   */
  public static TypologyMapping read(InputStream in) throws IOException {
    requireNonNull(in, "in");
    // the parser closes what it reads from when it is done: a shield keeps the caller's stream open, as documented
    InputStream shielded = new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // the caller's stream stays open
      }
    };
    return PsoJson.reader(TypologyMapping.class).readValue(PsoJson.utf8(shielded));
  }

  /**
   * The bundled mapping of a built-in typology: for {@link Typology#paper()} the strategy table itself ({@link
   * #paperTable()}); for the others our reading of their definitions, from
   * {@code org/psoscale/model/typology-mappings/ID.json}.
   *
   * @param typologyId a built-in typology's id; not null
   * @return the mapping, checked against the typology
   * @throws NullPointerException if {@code typologyId} is null
   * @throws IllegalArgumentException if there is no built-in typology with this id; the message lists them
   */
  public static TypologyMapping bundled(String typologyId) {
    Typology typology = Typology.builtIn(typologyId);
    if (typology.equals(Typology.paper())) {
      return paperTable();
    }
    try (InputStream in = TypologyMapping.class.getResourceAsStream(RESOURCE + typologyId + ".json")) {
      if (in == null) {
        throw new IllegalStateException("no bundled mapping for " + typologyId);
      }
      return read(in).checkAgainst(typology);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled mapping of " + typologyId, e);
    }
  }

  /**
   * The paper's strategy table as a mapping onto {@link Typology#paper()}, with the weights of the paper's rules:
   * an indicator gives 1.0 to the strategy it stands under; a trait gives 0.5, split evenly among the strategies
   * listing it; activities give nothing. Classifying with it gives the scores of pso-classifier's {@code
   * StrategyClassifiers.rules()}.
   *
   * @return the mapping; not null
   */
  public static TypologyMapping paperTable() {
    ImmutableList.Builder<MappingEntry> entries = ImmutableList.builder();
    for (Indicator i : Indicator.values()) {
      entries.add(MappingEntry.of(ProfileFeature.of(i), i.strategy().name(), 1.0,
          "The paper's strategy table lists it in the INDICATORS row under " + i.strategy().heading() + "."));
    }
    for (OrganisationTrait t : OrganisationTrait.values()) {
      for (ScalingStrategy s : t.strategies()) {
        entries.add(MappingEntry.of(ProfileFeature.of(t), s.name(), 0.5 / t.strategies().size(),
            "The paper's strategy table lists it in the \"FOR WHICH ORGANISATIONS?\" row under " + s.heading()
                + (t.strategies().size() > 1 ? " (and under " + (t.strategies().size() - 1) + " other column(s))" : "")
                + "."));
      }
    }
    return of(Typology.paper().id(),
        "The paper's strategy table (Gossart & Ozman 2020), read as the paper's rules read it: indicators 1.0,"
            + " traits 0.5 split among the columns listing them, activities nothing. Not a reading of ours.",
        entries.build());
  }
}
