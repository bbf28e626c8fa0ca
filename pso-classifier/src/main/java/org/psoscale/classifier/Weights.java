package org.psoscale.classifier;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.immutables.value.Value;
import org.psoscale.model.Activity;
import org.psoscale.model.Indicator;
import org.psoscale.model.OrganisationTrait;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoJson;
import org.psoscale.model.PsoStyle;
import org.psoscale.model.ScalingStrategy;

/**
 * The weight each feature gives each strategy, for {@link StrategyClassifiers#weighted(Weights)}: a profile's raw
 * score for a strategy is the sum of the weights its features give that strategy, and the classification's scores
 * are the raw scores divided by their total. A feature or strategy that is not listed weighs 0.
 *
 * <p>{@link #paper()} gives the weights of the paper's rules ({@link StrategyClassifiers#rules()}); start from its
 * JSON to write your own.
 *
 * <p>JSON, read with {@link #parse(String)} or {@link #read(InputStream)}:
 *
 * <pre>{@code
 * {
 *   "indicators": {"REAL_WORLD_FOCI": {"GEOGRAPHIC_IMPLANTATION": 1.0}},
 *   "traits": {"STRONG_FOUNDER_OR_BACKING_ORGANISATION":
 *                {"GEOGRAPHIC_IMPLANTATION": 0.25, "TECHNOLOGICAL_REPLICATION": 0.25}},
 *   "activities": {"ORGANISING_EVENTS": {"GEOGRAPHIC_IMPLANTATION": 0.2}}
 * }
 * }</pre>
 *
 * Keys are the model's constant names; a missing section is empty; a key repeated within one object and a
 * {@code null} anywhere are rejected. Every weight must be finite and non-negative.
 * Unknown sections, features and strategies are rejected with a message listing the accepted names.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableWeights.class)
@JsonDeserialize(as = ImmutableWeights.class)
public abstract class Weights implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The weight of an indicator for the strategy the paper lists it under, in {@link #paper()}: 1.0. */
  public static final double PAPER_INDICATOR_WEIGHT = 1.0;

  /**
   * The total weight of a trait in {@link #paper()}: 0.5, split equally among the strategies the paper lists it
   * under (so {@link OrganisationTrait#STRONG_FOUNDER_OR_BACKING_ORGANISATION} gives 0.25 to each of its two).
   */
  public static final double PAPER_TRAIT_WEIGHT = 0.5;

  private static final ObjectMapper MAPPER = PsoJson.mapper();

  Weights() {}

  /** {@return the weights of each indicator, per strategy; never null} */
  public abstract ImmutableMap<Indicator, ImmutableMap<ScalingStrategy, Double>> indicators();

  /** {@return the weights of each organisation trait, per strategy; never null} */
  public abstract ImmutableMap<OrganisationTrait, ImmutableMap<ScalingStrategy, Double>> traits();

  /** {@return the weights of each activity, per strategy; never null} */
  public abstract ImmutableMap<Activity, ImmutableMap<ScalingStrategy, Double>> activities();

  @Value.Check
  void check() {
    checkSection("indicators", indicators());
    checkSection("traits", traits());
    checkSection("activities", activities());
  }

  private static void checkSection(String section, Map<? extends Enum<?>, ImmutableMap<ScalingStrategy, Double>> m) {
    m.forEach((feature, perStrategy) -> perStrategy.forEach((strategy, w) -> {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException(
            section + "[" + feature + "][" + strategy + "]: weight must be finite and non-negative, was " + w);
      }
    }));
  }

  /**
   * The weight a feature gives a strategy.
   *
   * @param feature the feature; not null
   * @param strategy the strategy; not null
   * @return the weight; 0 if not listed
   * @throws NullPointerException if an argument is null
   */
  public double weight(ProfileFeature feature, ScalingStrategy strategy) {
    requireNonNull(feature, "feature");
    requireNonNull(strategy, "strategy");
    Map<ScalingStrategy, Double> row;
    switch (feature.kind()) {
      case INDICATOR:
        row = indicators().get((Indicator) feature.constant());
        break;
      case TRAIT:
        row = traits().get((OrganisationTrait) feature.constant());
        break;
      default:
        row = activities().get((Activity) feature.constant());
        break;
    }
    Double w = row == null ? null : row.get(strategy);
    return w == null ? 0 : w;
  }

  /** {@return whether every weight is 0, so that a classifier using these weights never finds evidence} */
  @JsonIgnore
  public boolean isZero() {
    for (ProfileFeature f : ProfileFeature.all()) {
      for (ScalingStrategy s : ScalingStrategy.values()) {
        if (weight(f, s) > 0) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The weights of the paper's rules: each indicator gives {@value #PAPER_INDICATOR_WEIGHT} to the strategy whose
   * INDICATORS cell lists it; each trait gives {@value #PAPER_TRAIT_WEIGHT}, split equally, to the strategies
   * whose "FOR WHICH ORGANISATIONS?" cell lists it; activities give nothing, because the paper's activities
   * table does not assign activities to strategies. See {@link StrategyClassifiers#rules()} for why.
   *
   * @return the weights; not null
   */
  public static Weights paper() {
    return paper(PAPER_INDICATOR_WEIGHT, PAPER_TRAIT_WEIGHT);
  }

  /**
   * The paper's table with other weights: each indicator gives {@code indicatorWeight} to its strategy, each trait
   * gives {@code traitWeight} split equally among its strategies. A weight of 0 drops that row of the table.
   *
   * @param indicatorWeight finite, non-negative
   * @param traitWeight finite, non-negative
   * @return the weights
   * @throws IllegalArgumentException if a weight is negative, NaN or infinite
   */
  public static Weights paper(double indicatorWeight, double traitWeight) {
    if (!(indicatorWeight >= 0) || Double.isInfinite(indicatorWeight)) {
      throw new IllegalArgumentException("indicatorWeight: must be finite and non-negative, was " + indicatorWeight);
    }
    if (!(traitWeight >= 0) || Double.isInfinite(traitWeight)) {
      throw new IllegalArgumentException("traitWeight: must be finite and non-negative, was " + traitWeight);
    }
    ImmutableWeights.Builder b = ImmutableWeights.builder();
    if (indicatorWeight != 0) {
      for (Indicator i : Indicator.values()) {
        b.putIndicator(i, ImmutableMap.of(i.strategy(), indicatorWeight));
      }
    }
    if (traitWeight != 0) {
      for (OrganisationTrait t : OrganisationTrait.values()) {
        ImmutableMap.Builder<ScalingStrategy, Double> row = ImmutableMap.builder();
        for (ScalingStrategy s : t.strategies()) {
          row.put(s, traitWeight / t.strategies().size());
        }
        b.putTrait(t, row.build());
      }
    }
    return b.build();
  }

  /** {@return a new, empty builder; {@code build()} throws {@link IllegalArgumentException} for invalid weights} */
  public static ImmutableWeights.Builder builder() {
    return ImmutableWeights.builder();
  }

  /**
   * Reads weights from JSON (see the class documentation). Reading is strict: a key repeated within one object
   * and a {@code null} anywhere (a section, a feature's row or a weight) are rejected, naming where.
   *
   * @param json the JSON text; not null
   * @return the weights
   * @throws NullPointerException if {@code json} is null
   * @throws IllegalArgumentException if the text is not valid weights JSON; the message says what is wrong and,
   *     for an unknown name, lists the accepted ones
   */
  public static Weights parse(String json) {
    requireNonNull(json, "json");
    try {
      return fromReader(new StringReader(json));
    } catch (IOException e) {
      throw new UncheckedIOException("weights: reading failed: " + e.getMessage(), e); // a StringReader does not fail
    }
  }

  /**
   * Reads weights from a JSON stream (see the class documentation), decoded explicitly as UTF-8: bytes that are
   * not UTF-8 are rejected rather than guessed at (no UTF-16 or UTF-32 detection), so that input starting with NUL
   * bytes gets a message about the JSON, not an encoding failure. Strict like {@link #parse(String)}. The stream
   * is not closed.
   *
   * @param in the stream; not null
   * @return the weights
   * @throws NullPointerException if {@code in} is null
   * @throws IllegalArgumentException if the content is not UTF-8 text, or not valid weights JSON; the message
   *     says which
   * @throws UncheckedIOException if reading the stream itself fails
   */
  public static Weights read(InputStream in) {
    requireNonNull(in, "in");
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      // the parser closes its source when done: a view that ignores close() keeps the caller's stream open
      InputStream kept = new java.io.FilterInputStream(in) {
        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }

        @Override
        public void close() {
          // the caller's stream stays open
        }
      };
      return fromReader(new InputStreamReader(kept, utf8));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("weights: the input is not UTF-8 text (" + e + ")", e);
    } catch (IOException e) {
      throw new UncheckedIOException("weights: reading failed: " + e.getMessage(), e);
    }
  }

  private static Weights fromReader(Reader reader) throws IOException {
    JsonNode tree;
    try {
      tree = MAPPER.reader()
          .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .without(JsonParser.Feature.AUTO_CLOSE_SOURCE)
          .readTree(reader);
    } catch (JsonProcessingException e) {
      throw invalid(e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new IllegalArgumentException("weights: no JSON value; expected an object such as {\"indicators\": {}}");
    }
    rejectNulls(tree, "");
    try {
      return MAPPER.treeToValue(tree, Weights.class);
    } catch (JsonProcessingException e) {
      throw invalid(e);
    }
  }

  private static void rejectNulls(JsonNode node, String path) {
    if (node.isNull()) {
      throw new IllegalArgumentException("weights: " + (path.isEmpty() ? "the document" : path)
          + ": null is not allowed; give a number for a weight, an object for a section or a row, or leave it out");
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        rejectNulls(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        rejectNulls(node.get(i), path + "[" + i + "]");
      }
    }
  }

  private static IllegalArgumentException invalid(JsonProcessingException e) {
    Throwable cause = e.getCause();
    String message =
        cause instanceof IllegalArgumentException ? cause.getMessage() : e.getMessage();
    return new IllegalArgumentException("weights: " + message, e);
  }

  /** {@return these weights as JSON, in the form {@link #parse(String)} reads} */
  public String toJson() {
    try {
      return MAPPER.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("weights: cannot be written as JSON", e);
    }
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(Weights.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(Weights.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(Weights v) {
      super(v.toJson());
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return parse(f.string("json"));
    }
  }
}
