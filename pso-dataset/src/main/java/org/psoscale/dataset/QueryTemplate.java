package org.psoscale.dataset;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.Objects;
import org.immutables.value.Value;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.TextLimits;
import org.psoscale.model.PsoStyle;

/**
 * One of the codebook's fixed search queries, run once for every case so that every case gets the same search
 * effort (the evidence-depth protocol): an identifier, the query text with the placeholder {@value #NAME} for the
 * case's name, and the features it aims at. The bundled {@link SearchRecord} says, per case, which templates were
 * run, what they returned and which evidence lines they gave.
 *
 * <p>The identifier is lower-case letters; the query contains {@value #NAME} exactly once and is one line; at
 * least one feature is aimed at, none twice. Violations throw {@link IllegalArgumentException} naming the field.
 *
 * <p>JSON: {@code {"id": "founders", "query": "{name} founders founded history", "aims":
 * ["trait:FOUNDERS_FROM_SECTOR"]}}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableQueryTemplate.class)
@JsonDeserialize(as = ImmutableQueryTemplate.class)
public abstract class QueryTemplate implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The placeholder replaced by a case's name. */
  public static final String NAME = "{name}";

  QueryTemplate() {}

  /** {@return the template's identifier, e.g. {@code "founders"}} */
  public abstract String id();

  /** {@return the query, with {@value #NAME} where the case's name goes} */
  public abstract String query();

  /** {@return the features whose evidence the query looks for} */
  public abstract ImmutableList<ProfileFeature> aims();

  /**
   * The query for one case.
   *
   * @param name the case's name; not null or blank
   * @return the query with {@value #NAME} replaced by {@code name}
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public String queryFor(String name) {
    Objects.requireNonNull(name, "name");
    Checks.notBlank("name", name);
    return query().replace(NAME, name);
  }

  @Value.Check
  void check() {
    TextLimits.id("queryTemplate.id", id());
    if (id().isEmpty() || !CharMatcher.inRange('a', 'z').matchesAllOf(id())) {
      throw new IllegalArgumentException("queryTemplate.id: '" + id() + "' must be lower-case letters");
    }
    Checks.oneLine("queryTemplate.query", query());
    int at = query().indexOf(NAME);
    if (at < 0 || query().indexOf(NAME, at + 1) >= 0) {
      throw new IllegalArgumentException("queryTemplate.query: '" + query() + "' must contain " + NAME
          + " exactly once");
    }
    if (aims().isEmpty()) {
      throw new IllegalArgumentException("queryTemplate.aims: template '" + id() + "' aims at no feature");
    }
    if (aims().stream().distinct().count() != aims().size()) {
      throw new IllegalArgumentException("queryTemplate.aims: template '" + id() + "' names a feature twice");
    }
  }

  /** {@return a new, empty builder; {@code build()} checks the invariants listed on this class} */
  public static ImmutableQueryTemplate.Builder builder() {
    return ImmutableQueryTemplate.builder();
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(QueryTemplate.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(QueryTemplate.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(QueryTemplate v) {
      super(v.id(), v.query(), list(v.aims()));
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return builder().id(f.string("id")).query(f.string("query"))
          .addAllAims(f.list("aims", org.psoscale.model.ProfileFeature.class)).build();
    }
  }
}
