package org.psoscale.dataset;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.psoscale.model.PsoStyle;

/**
 * One run of a {@link QueryTemplate} for one case: the query sent, the day, every result URL in rank order, the
 * ones about the case's own organisation, and a failure note if the search service did not answer.
 *
 * <p>The template id and query are non-blank single lines; every URL is absolute http or https; the results about
 * the case are among the results; the failure, if any, is a non-blank single line. Violations throw
 * {@link IllegalArgumentException} naming the field.
 *
 * <p>JSON: {@code {"template": "founders", "query": "Olio founders founded history", "date": "2026-11-28",
 * "results": ["https://…"], "aboutCase": ["https://…"]}}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableTemplateSearch.class)
@JsonDeserialize(as = ImmutableTemplateSearch.class)
public abstract class TemplateSearch implements Serializable {
  private static final long serialVersionUID = 1L;

  TemplateSearch() {}

  /** {@return the {@link QueryTemplate#id()} run} */
  public abstract String template();

  /** {@return the query sent} */
  public abstract String query();

  /**
   * {@return the day the query was run, as an ISO-8601 date ({@code 2026-11-28}); see {@link #day()}. Kept as text
   * so that reading the record needs no java.time module in the JSON mapper}
   */
  public abstract String date();

  /** {@return the day the query was run} */
  public LocalDate day() {
    return LocalDate.parse(date());
  }

  /** {@return every result's URL, in rank order (a result without a URL is left out)} */
  public abstract ImmutableList<URI> results();

  /** {@return the results about the case's own organisation} */
  public abstract ImmutableList<URI> aboutCase();

  /** {@return why the search gave no results, if it failed} */
  public abstract Optional<String> failure();

  @Value.Check
  void check() {
    Checks.oneLine("search.template", template());
    Checks.oneLine("search.query", query());
    try {
      LocalDate.parse(date());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("search.date: '" + date() + "' is not an ISO-8601 date (yyyy-mm-dd)", e);
    }
    for (int i = 0; i < results().size(); i++) {
      Checks.httpUri("search.results[" + i + "]", results().get(i));
    }
    for (int i = 0; i < aboutCase().size(); i++) {
      if (!results().contains(aboutCase().get(i))) {
        throw new IllegalArgumentException("search.aboutCase[" + i + "]: " + aboutCase().get(i)
            + " is not among the results");
      }
    }
    failure().ifPresent(f -> Checks.oneLine("search.failure", f));
  }

  /** {@return a new, empty builder; {@code build()} checks the invariants listed on this class} */
  public static ImmutableTemplateSearch.Builder builder() {
    return ImmutableTemplateSearch.builder();
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(TemplateSearch.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(TemplateSearch.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(TemplateSearch v) {
      super(v.template(), v.query(), v.date(), list(v.results()), list(v.aboutCase()), opt(v.failure()));
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return builder().template(f.string("template")).query(f.string("query")).date(f.string("date"))
          .addAllResults(f.list("results", java.net.URI.class)).addAllAboutCase(f.list("aboutCase", java.net.URI.class))
          .failure(f.optional("failure", String.class)).build();
    }
  }
}
