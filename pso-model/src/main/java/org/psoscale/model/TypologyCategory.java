package org.psoscale.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.CharMatcher;
import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One category of a {@link Typology}: an identifier, a label, a definition in our words, where the definition comes
 * from, and whether it was checked against that source.
 *
 * <p>{@link #definitionVerified()} is {@code true} only when the definition was checked against the page named in
 * {@link #source()} (the source says which page, and whether it is the original publication or a summary of it);
 * otherwise the definition is a paraphrase to be read as unverified, as for {@link ScalersCapability}. {@link
 * #quotation()}, where present, is a short phrase copied verbatim from that page; the definition repeats it, so
 * that the category can be checked against its source's wording.
 *
 * <p>JSON: {@code {"id": "BRANCHING", "label": "Branching", "definition": "…", "source": "…",
 * "definitionVerified": true, "quotation": "…"}}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableTypologyCategory.class)
@JsonDeserialize(as = ImmutableTypologyCategory.class)
public abstract class TypologyCategory implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The form of {@link #id()}: an upper-case letter, then upper-case letters, digits or underscores. */
  public static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");

  TypologyCategory() {}

  /** {@return the category's identifier, unique within its typology, e.g. {@code "SCALING_OUT"}; matches {@link #ID}} */
  public abstract String id();

  /** {@return A readable name, e.g. {@code "Scaling out"}; not blank} */
  public abstract String label();

  /** {@return what the category means, in our words (see the class documentation); not blank} */
  public abstract String definition();

  /** {@return where the definition comes from: the publication and the page it was checked on, with a URL; not blank} */
  public abstract String source();

  /** {@return whether {@link #definition()} was checked against the page named in {@link #source()}} */
  public abstract boolean definitionVerified();

  /** {@return A short phrase copied verbatim from the source page, which the definition repeats; may be empty} */
  public abstract Optional<String> quotation();

  @Value.Check
  void check() {
    if (!ID.matcher(id()).matches()) {
      throw new IllegalArgumentException(
          "id: must be upper-case letters, digits and underscores, starting with a letter (" + ID + "), was \""
              + id() + "\"");
    }
    notBlank("label", label());
    notBlank("definition", definition());
    notBlank("source", source());
    if (quotation().isPresent()) {
      notBlank("quotation", quotation().get());
      if (!definitionVerified()) {
        throw new IllegalArgumentException(
            "quotation: category " + id() + " quotes its source but is not marked definitionVerified");
      }
      if (!definition().contains(quotation().get())) {
        throw new IllegalArgumentException(
            "quotation: the definition of " + id() + " must contain the quoted phrase \"" + quotation().get() + "\"");
      }
    }
  }

  static void notBlank(String field, String value) {
    if (CharMatcher.whitespace().matchesAllOf(value)) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
  }

  /**
   * A category whose definition was checked against its source.
   *
   * @param id the identifier; upper-case letters, digits and underscores
   * @param label the readable name; not blank
   * @param definition the definition in our words, containing {@code quotation}; not blank
   * @param source the publication and the page the definition was checked on; not blank
   * @param quotation a short verbatim phrase of the source page; not blank
   * @return the category
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a field is blank, the id malformed, or the definition lacks the quotation
   */
  public static TypologyCategory verified(
      String id, String label, String definition, String source, String quotation) {
    return ImmutableTypologyCategory.builder().id(id).label(label).definition(definition).source(source)
        .definitionVerified(true).quotation(quotation).build();
  }

  /**
   * A category whose definition was checked against its source, without a quotation.
   *
   * @param id the identifier; upper-case letters, digits and underscores
   * @param label the readable name; not blank
   * @param definition the definition in our words; not blank
   * @param source the publication and the page the definition was checked on; not blank
   * @return the category
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a field is blank or the id malformed
   */
  public static TypologyCategory verified(String id, String label, String definition, String source) {
    return ImmutableTypologyCategory.builder().id(id).label(label).definition(definition).source(source)
        .definitionVerified(true).build();
  }

  /**
   * A category whose definition is a paraphrase not checked against its source.
   *
   * @param id the identifier; upper-case letters, digits and underscores
   * @param label the readable name; not blank
   * @param definition the paraphrase; not blank
   * @param source the publication it paraphrases, and why it is unverified; not blank
   * @return the category
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a field is blank or the id malformed
   */
  public static TypologyCategory unverified(String id, String label, String definition, String source) {
    return ImmutableTypologyCategory.builder().id(id).label(label).definition(definition).source(source)
        .definitionVerified(false).build();
  }
}
