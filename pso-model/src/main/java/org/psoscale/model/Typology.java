package org.psoscale.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A typology of scaling: a named, ordered set of {@link TypologyCategory categories}, each with a definition and
 * its source. The paper's three strategies are one typology ({@link #paper()}, one category per {@link
 * ScalingStrategy}); the scaling literature the paper cites offers others, two of which are built in:
 *
 * <ul>
 *   <li>{@link #deesAndersonWeiSkillern2004()}: dissemination, affiliation and branching, the mechanisms for
 *       spreading a social innovation of Dees, Anderson &amp; Wei-Skillern (2004);
 *   <li>{@link #mooreRiddellVocisano2015()}: scaling out, up and deep (Moore, Riddell &amp; Vocisano 2015).
 * </ul>
 *
 * <p>Every category says where its definition comes from and whether it was checked there ({@link
 * TypologyCategory#definitionVerified()}). Build your own with {@link #of}; read one from JSON with {@link
 * PsoJson#mapper()}. A {@link TypologyMapping} ties profile features to a typology's categories.
 *
 * <p>JSON: {@code {"id": "moore-2015", "name": "…", "citation": "…", "note": "…", "categories": [{…}, …]}}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableTypology.class)
@JsonDeserialize(as = ImmutableTypology.class)
public abstract class Typology implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The form of {@link #id()}: lower-case letters and digits in groups joined by hyphens. */
  public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  Typology() {}

  /** {@return A short identifier, e.g. {@code "dees-2004"}; matches {@link #ID}. Mappings name their typology by it} */
  public abstract String id();

  /** {@return A readable name, e.g. {@code "Scaling out, up and deep"}; not blank} */
  public abstract String name();

  /** {@return the full reference of the publication that defines the typology; not blank} */
  public abstract String citation();

  /** {@return how the categories relate (a spectrum, or not exclusive, …); may be empty} */
  @Value.Default
  public String note() {
    return "";
  }

  /** {@return the categories, in the source's order; at least two, with distinct ids} */
  public abstract ImmutableList<TypologyCategory> categories();

  @Value.Check
  void check() {
    if (!ID.matcher(id()).matches()) {
      throw new IllegalArgumentException(
          "id: must be lower-case letters and digits joined by hyphens (" + ID + "), was \"" + id() + "\"");
    }
    TypologyCategory.notBlank("name", name());
    TypologyCategory.notBlank("citation", citation());
    if (categories().size() < 2) {
      throw new IllegalArgumentException("categories: a typology needs at least two, has " + categories().size());
    }
    Set<String> seen = new HashSet<>();
    for (TypologyCategory c : categories()) {
      if (!seen.add(c.id())) {
        throw new IllegalArgumentException("categories: id " + c.id() + " appears twice in typology " + id());
      }
    }
  }

  /**
   * A typology.
   *
   * @param id the identifier (lower-case, hyphenated)
   * @param name the readable name; not blank
   * @param citation the reference of the defining publication; not blank
   * @param note how the categories relate; not null, may be empty
   * @param categories at least two categories with distinct ids; not null
   * @return the typology
   * @throws NullPointerException if an argument or category is null
   * @throws IllegalArgumentException if the id is malformed, a text blank, or the categories too few or repeated
   */
  public static Typology of(
      String id, String name, String citation, String note, List<TypologyCategory> categories) {
    return ImmutableTypology.builder().id(id).name(name).citation(citation).note(note)
        .addAllCategories(categories).build();
  }

  /** {@return the categories' ids, in order} */
  public ImmutableList<String> categoryIds() {
    return categories().stream().map(TypologyCategory::id).collect(ImmutableList.toImmutableList());
  }

  /**
   * The category with this id.
   *
   * @param id the category id, e.g. {@code "BRANCHING"}; not null
   * @return the category
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if this typology has no such category; the message lists the allowed ids
   */
  public TypologyCategory category(String id) {
    java.util.Objects.requireNonNull(id, "category");
    for (TypologyCategory c : categories()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "category: typology " + id() + " has no category \"" + id + "\"; allowed: " + String.join(", ", categoryIds()));
  }

  /**
   * The index of a category in {@link #categories()}.
   *
   * @param categoryId the category's id; may be any text
   * @return its index, or -1 if there is no category with this id
   */
  public int indexOf(String categoryId) {
    return categoryIds().indexOf(categoryId);
  }

  /** {@return the paper's three strategies as a typology (id {@code "gossart-ozman-2020"}); see {@link ScalingStrategy#category()}} */
  public static Typology paper() {
    return BuiltInTypologies.PAPER;
  }

  /** {@return dees, Anderson &amp; Wei-Skillern (2004): dissemination, affiliation, branching (id {@code "dees-2004"})} */
  public static Typology deesAndersonWeiSkillern2004() {
    return BuiltInTypologies.DEES;
  }

  /** {@return moore, Riddell &amp; Vocisano (2015): scaling out, up and deep (id {@code "moore-2015"})} */
  public static Typology mooreRiddellVocisano2015() {
    return BuiltInTypologies.MOORE;
  }

  /** {@return every built-in typology: the paper's first, then the others in order of publication} */
  public static ImmutableList<Typology> builtIns() {
    return BuiltInTypologies.ALL;
  }

  /**
   * The built-in typology with this id.
   *
   * @param id e.g. {@code "moore-2015"}; not null
   * @return the typology
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if no built-in typology has this id; the message lists the ids
   */
  public static Typology builtIn(String id) {
    java.util.Objects.requireNonNull(id, "typology");
    for (Typology t : builtIns()) {
      if (t.id().equals(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException("typology: no built-in typology \"" + id + "\"; allowed: "
        + builtIns().stream().map(Typology::id).collect(Collectors.joining(", ")));
  }
}
