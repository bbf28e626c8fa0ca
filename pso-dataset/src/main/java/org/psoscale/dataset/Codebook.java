package org.psoscale.dataset;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;
import org.psoscale.model.Activity;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoStyle;

/**
 * The rules by which the bundled profiles were coded: for every indicator, trait and activity of the paper, what
 * evidence makes it present and what makes it observed absent, and the fixed query templates searched for every
 * case. Coding applies these rules to each case's evidence alone, uniformly, and never to
 * the paper's strategy column (the label a classifier is evaluated against).
 *
 * <p>The codebook ships as the resource {@code org/psoscale/dataset/codebook.json}; {@link #toMarkdown()} renders
 * it, and the module's {@code CODEBOOK.md} is that rendering (a test keeps them equal). A codebook has one entry
 * per feature of {@link ProfileFeature#all()}, in that order, and each entry's evidence kinds are keys of
 * {@link #evidenceKinds()}; otherwise construction throws {@link IllegalArgumentException}.
 *
 * <p>JSON: {@code {"title": "…", "introduction": "…", "evidenceKinds": {"offlineEvents": "…"}, "entries":
 * [{"feature": "activity:ORGANISING_EVENTS", "presentWhen": "…", "absentWhen": "…", "evidence":
 * ["offlineEvents"]}], "queryTemplates": [{"id": "founders", "query": "{name} founders", "aims": […]}]}} (each
 * entry a {@link CodebookEntry}, each template a {@link QueryTemplate}, in their documented shapes).
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableCodebook.class)
@JsonDeserialize(as = ImmutableCodebook.class)
public abstract class Codebook implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The class-path resource holding the bundled codebook. */
  public static final String RESOURCE = "/org/psoscale/dataset/codebook.json";

  Codebook() {}

  /** {@return the codebook's title} */
  public abstract String title();

  /** {@return how the codebook is applied, in prose (Markdown allowed)} */
  public abstract String introduction();

  /** {@return the kinds of evidence coding may rest on, each with what counts as that evidence} */
  public abstract ImmutableMap<String, String> evidenceKinds();

  /** {@return one rule per feature, indicators first, then traits, then activities} */
  public abstract ImmutableList<CodebookEntry> entries();

  /**
   * {@return the fixed search queries run once for every case, each aiming at some features; together they aim at
   * every feature. Empty only in a codebook that prescribes no search}
   */
  public abstract ImmutableList<QueryTemplate> queryTemplates();

  /**
   * The rule for a feature.
   *
   * @param feature the feature; not null
   * @return its entry
   * @throws NullPointerException if {@code feature} is null
   */
  public CodebookEntry entry(ProfileFeature feature) {
    Objects.requireNonNull(feature, "feature");
    return entries().stream().filter(e -> e.feature().equals(feature)).findFirst().orElseThrow();
  }

  @Value.Check
  void check() {
    Checks.notBlank("codebook.title", org.psoscale.model.TextLimits.text("codebook.title", title()));
    Checks.notBlank("codebook.introduction",
        org.psoscale.model.TextLimits.prose("codebook.introduction", introduction()));
    evidenceKinds().forEach((k, v) -> {
      Checks.oneLine("codebook.evidenceKinds key", k);
      Checks.notBlank("codebook.evidenceKinds[" + k + "]",
          org.psoscale.model.TextLimits.text("codebook.evidenceKinds[" + k + "]", v));
    });
    ImmutableList<ProfileFeature> all = ProfileFeature.all();
    Map<ProfileFeature, Integer> seen = new HashMap<>();
    for (int i = 0; i < entries().size(); i++) {
      CodebookEntry e = entries().get(i);
      if (seen.put(e.feature(), i) != null) {
        throw new IllegalArgumentException("codebook.entries[" + i + "]: " + e.feature() + " has two entries");
      }
      for (String k : e.evidence()) {
        if (!evidenceKinds().containsKey(k)) {
          throw new IllegalArgumentException("codebook.entries[" + i + "]: unknown evidence kind '" + k
              + "'; known: " + evidenceKinds().keySet());
        }
      }
    }
    if (!entries().stream().map(CodebookEntry::feature).collect(ImmutableList.toImmutableList()).equals(all)) {
      throw new IllegalArgumentException(
          "codebook.entries: need exactly one entry per feature, in the order " + all);
    }
    if (!queryTemplates().isEmpty()) {
      java.util.Set<String> ids = new java.util.HashSet<>();
      java.util.Set<ProfileFeature> aimed = new java.util.HashSet<>();
      for (int i = 0; i < queryTemplates().size(); i++) {
        if (!ids.add(queryTemplates().get(i).id())) {
          throw new IllegalArgumentException("codebook.queryTemplates[" + i + "]: id '"
              + queryTemplates().get(i).id() + "' is used twice");
        }
        aimed.addAll(queryTemplates().get(i).aims());
      }
      if (aimed.size() != all.size()) {
        throw new IllegalArgumentException("codebook.queryTemplates: no template aims at "
            + all.stream().filter(f -> !aimed.contains(f)).collect(ImmutableList.toImmutableList()));
      }
    }
  }

  /**
   * The query template with this identifier.
   *
   * @param id the identifier, e.g. {@code "founders"}; not null
   * @return the template
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if no template has this identifier; the message lists the known ones
   */
  public QueryTemplate queryTemplate(String id) {
    Objects.requireNonNull(id, "id");
    return queryTemplates().stream().filter(t -> t.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("queryTemplate: unknown id '" + id + "'; known: "
            + queryTemplates().stream().map(QueryTemplate::id).collect(ImmutableList.toImmutableList())));
  }

  /**
   * Renders the codebook as Markdown: title, introduction, the evidence kinds, one table per feature kind with
   * the paper's wording, what makes the feature present, what makes it absent, and the evidence kinds it may rest
   * on, then the query templates.
   *
   * @return the Markdown text, ending in a newline
   */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(title()).append("\n\n");
    md.append("<!-- Generated from src/main/resources/org/psoscale/dataset/codebook.json by Codebook.toMarkdown();"
        + " CodebookTest fails if this file drifts. -->\n\n");
    md.append(introduction().strip()).append("\n\n");
    md.append("## Evidence kinds\n\n| Kind | What counts |\n|---|---|\n");
    evidenceKinds().forEach((k, v) -> md.append("| `").append(k).append("` | ").append(cell(v)).append(" |\n"));
    section(md, "Indicators", ProfileFeature.Kind.INDICATOR);
    section(md, "Organisation traits", ProfileFeature.Kind.TRAIT);
    section(md, "Activities", ProfileFeature.Kind.ACTIVITY);
    if (!queryTemplates().isEmpty()) {
      md.append("\n## Query templates\n\nRun once each for every case, with `").append(QueryTemplate.NAME)
          .append("` replaced by the case's name.\n\n| Template | Query | Aims at |\n|---|---|---|\n");
      for (QueryTemplate t : queryTemplates()) {
        md.append("| `").append(t.id()).append("` | ").append(cell(t.query())).append(" | ")
            .append(t.aims().stream().map(f -> "`" + f.constant().name() + "`")
                .collect(java.util.stream.Collectors.joining(", ")))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  private void section(StringBuilder md, String heading, ProfileFeature.Kind kind) {
    md.append("\n## ").append(heading).append("\n\n")
        .append("| Feature | Paper's wording | Present when | Absent when | Evidence kinds |\n|---|---|---|---|---|\n");
    for (CodebookEntry e : entries()) {
      if (e.feature().kind() != kind) {
        continue;
      }
      md.append("| `").append(e.feature().constant().name()).append("` | ").append(cell(paperText(e.feature())))
          .append(" | ").append(cell(e.presentWhen())).append(" | ").append(cell(e.absentWhen())).append(" | ")
          .append("`" + String.join("`, `", e.evidence()) + "`")
          .append(" |\n");
    }
  }

  private static String paperText(ProfileFeature f) {
    switch (f.kind()) {
      case INDICATOR:
        return f.label();
      case ACTIVITY:
        return ((Activity) f.constant()).paperText();
      default:
        OrganisationTrait t = (OrganisationTrait) f.constant();
        return t.strategies().stream().map(t::paperText).distinct().reduce((a, b) -> a + " / " + b).orElseThrow();
    }
  }

  private static String cell(String text) {
    return text.strip().replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ');
  }

  /**
   * Reads a codebook in the JSON shape above.
   *
   * @param in the JSON; not null; not closed
   * @return the codebook
   * @throws NullPointerException if {@code in} is null
   * @throws IOException if reading fails, or (then a {@link DatasetFormatException} naming the field path, value,
   *     line and column) the input is not UTF-8, the JSON is malformed or breaks an invariant
   */
  public static Codebook read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return JsonProblems.readWhole(in, Codebook.class, "codebook");
  }

  /**
   * The bundled codebook, loaded once.
   *
   * @return the codebook; not null
   * @throws IllegalStateException if the bundled resource is missing or invalid (a packaging bug)
   */
  public static Codebook bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final Codebook BUNDLED = load();

    private static Codebook load() {
      try (InputStream in = Codebook.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return read(in);
      } catch (IOException e) {
        throw new IllegalStateException("bundled codebook " + RESOURCE + " is invalid: " + e.getMessage(),
            new UncheckedIOException(e));
      }
    }
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(Codebook.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(Codebook.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(Codebook v) {
      super(v.title(), v.introduction(), map(v.evidenceKinds()), list(v.entries()), list(v.queryTemplates()));
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return ImmutableCodebook.builder().title(f.string("title")).introduction(f.string("introduction"))
          .putAllEvidenceKinds(f.map("evidenceKinds", String.class, String.class))
          .addAllEntries(f.list("entries", CodebookEntry.class))
          .addAllQueryTemplates(f.list("queryTemplates", QueryTemplate.class)).build();
    }
  }
}
