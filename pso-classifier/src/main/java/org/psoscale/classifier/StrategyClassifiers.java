package org.psoscale.classifier;

import static java.util.Objects.requireNonNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The built-in classifiers and trainers, and discovery by name.
 *
 * <h2>The paper's rules</h2>
 *
 * {@link #rules()}, the default, reads the paper's strategy table (Gossart &amp; Ozman 2020) as evidence:
 *
 * <ul>
 *   <li>each {@linkplain org.psoscale.model.Indicator indicator} gives {@value Weights#PAPER_INDICATOR_WEIGHT} to the
 *       strategy whose INDICATORS cell lists it. The table presents indicators as the observable signs of a
 *       strategy, so they carry the full unit;
 *   <li>each {@linkplain org.psoscale.model.OrganisationTrait trait} gives {@value Weights#PAPER_TRAIT_WEIGHT},
 *       split equally among the strategies whose "FOR WHICH ORGANISATIONS?" cell lists it. That row says which
 *       organisations a strategy suits, not what they do, so a trait is weaker evidence than an indicator; half is
 *       our choice (the paper gives no weights). The split keeps every trait's total at 0.5, so {@code
 *       STRONG_FOUNDER_OR_BACKING_ORGANISATION}, listed under geographic implantation and technological
 *       replication, gives 0.25 to each;
 *   <li>activities give nothing: the paper's activities table sorts activities by area and by space (digital or
 *       real), not by strategy, so the paper supports no mapping;
 *   <li>the scores are the raw sums divided by their total. A profile with no indicator or trait (the empty
 *       profile, or activities only) gets all-zero scores and no primary.
 * </ul>
 *
 * The weights were set from the table alone and are not tuned to any case. {@link Weights#paper()} exposes them;
 * {@link #rulesIndicatorsOnly()} is the same table without the traits row.
 *
 * <h2>Other built-ins</h2>
 *
 * {@link #weighted(Weights)} uses weights you supply (e.g. from JSON); {@link #centroid()} trains weights from
 * labelled profiles; {@link #ensemble(StrategyClassifier...)} averages classifiers' scores.
 *
 * <h2>By name</h2>
 *
 * {@link #byName(String)} finds the built-in classifiers {@value #RULES} and {@value #RULES_INDICATORS_ONLY} and
 * those of every {@link StrategyClassifierProvider} registered with {@link ServiceLoader}.
 */
public final class StrategyClassifiers {
  /** The name of {@link #rules()}. */
  public static final String RULES = "rules";

  /** The name of {@link #rulesIndicatorsOnly()}. */
  public static final String RULES_INDICATORS_ONLY = "rules-indicators";

  /** The name of classifiers made by {@link #weighted(Weights)}. */
  public static final String WEIGHTED = "weighted";

  private static final StrategyClassifier RULES_CLASSIFIER =
      new WeightedClassifier(RULES, Weights.paper(), ClassifierOptions.defaults());

  private static final ImmutableMap<String, Supplier<StrategyClassifier>> BUILT_INS =
      ImmutableMap.of(RULES, StrategyClassifiers::rules, RULES_INDICATORS_ONLY, StrategyClassifiers::rulesIndicatorsOnly);

  private StrategyClassifiers() {}

  /** The paper's rules with the default options; see the class documentation. Named {@value #RULES}. */
  public static StrategyClassifier rules() {
    return RULES_CLASSIFIER;
  }

  /**
   * The paper's rules with other options, e.g. another mixed margin.
   *
   * @param options the options; not null
   * @return the classifier, named {@value #RULES}
   * @throws NullPointerException if {@code options} is null
   */
  public static StrategyClassifier rules(ClassifierOptions options) {
    return new WeightedClassifier(RULES, Weights.paper(), options);
  }

  /**
   * The paper's INDICATORS row alone: each indicator gives 1 to its strategy; traits and activities are ignored.
   * Named {@value #RULES_INDICATORS_ONLY}.
   *
   * @return the classifier
   */
  public static StrategyClassifier rulesIndicatorsOnly() {
    return new WeightedClassifier(RULES_INDICATORS_ONLY, Weights.paper(1.0, 0.0), ClassifierOptions.defaults());
  }

  /**
   * A classifier with your weights per indicator, trait and activity (see {@link Weights}), named {@value
   * #WEIGHTED}.
   *
   * @param weights the weights; not null
   * @return the classifier
   * @throws NullPointerException if {@code weights} is null
   */
  public static StrategyClassifier weighted(Weights weights) {
    return weighted(WEIGHTED, weights, ClassifierOptions.defaults());
  }

  /**
   * A classifier with your weights, name and options.
   *
   * @param name the name for reports; not blank
   * @param weights the weights; not null
   * @param options the options; not null
   * @return the classifier
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static StrategyClassifier weighted(String name, Weights weights, ClassifierOptions options) {
    return new WeightedClassifier(name, weights, options);
  }

  /**
   * A trainer of centroid classifiers, named {@code "centroid"}, with the default options.
   *
   * <p>For each strategy S seen in training, it learns the Laplace-smoothed share of S's examples that show each
   * feature f: {@code w(f, S) = (count(f, S) + 1) / (n(S) + 2)} — S's centroid in feature space. A profile's raw
   * score for S is the sum of {@code w(f, S)} over its features (its dot product with the centroid), normalised
   * to sum 1. Strategies absent from training get weight 0 and are never predicted. The result is a {@link
   * #weighted(Weights)} classifier, so its weights and evidence read like the rules'. Every feature counts,
   * activities included, and any feature gives evidence, so only the empty profile is unclassified.
   *
   * @return the trainer
   */
  public static Trainer centroid() {
    return new CentroidTrainer(ClassifierOptions.defaults());
  }

  /**
   * A trainer of centroid classifiers with these options; see {@link #centroid()}.
   *
   * @param options the options of the trained classifiers; not null
   * @return the trainer
   * @throws NullPointerException if {@code options} is null
   */
  public static Trainer centroid(ClassifierOptions options) {
    return new CentroidTrainer(options);
  }

  /**
   * An ensemble giving its members equal weight, named {@code ensemble(name1,name2,…)}.
   *
   * @param members the classifiers; at least one, none null
   * @return the ensemble
   * @throws NullPointerException if the array or a member is null
   * @throws IllegalArgumentException if there is no member
   */
  public static StrategyClassifier ensemble(StrategyClassifier... members) {
    EnsembleBuilder b = ensembleBuilder();
    for (StrategyClassifier m : requireNonNull(members, "members")) {
      b.add(m, 1.0);
    }
    return b.build();
  }

  /** A builder for an ensemble with weights, a name and options of your choice. */
  public static EnsembleBuilder ensembleBuilder() {
    return new EnsembleBuilder();
  }

  /**
   * Builds an ensemble: the weighted average of its members' scores. For each profile only the members that find
   * evidence take part, their weights renormalised to sum 1, so the ensemble's scores sum to 1 whenever a member
   * finds evidence. An ensemble of one classifier scores exactly as that classifier. Not thread-safe; the
   * ensemble it builds is.
   */
  public static final class EnsembleBuilder {
    private final List<StrategyClassifier> members = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();
    private String name;
    private ClassifierOptions options = ClassifierOptions.defaults();

    private EnsembleBuilder() {}

    /**
     * Adds a member.
     *
     * @param member the classifier; not null
     * @param weight its weight; finite and positive
     * @return this builder
     * @throws NullPointerException if {@code member} is null
     * @throws IllegalArgumentException if the weight is not finite and positive
     */
    public EnsembleBuilder add(StrategyClassifier member, double weight) {
      requireNonNull(member, "member");
      if (!(weight > 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException(
            "weight of " + member.name() + ": must be finite and positive, was " + weight);
      }
      members.add(member);
      weights.add(weight);
      return this;
    }

    /**
     * Names the ensemble; by default {@code ensemble(name1,name2,…)}.
     *
     * @param name the name; not blank
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public EnsembleBuilder name(String name) {
      Classification.checkName(name);
      this.name = name;
      return this;
    }

    /**
     * Sets the ensemble's options (its mixed margin); by default {@link ClassifierOptions#defaults()}.
     *
     * @param options the options; not null
     * @return this builder
     * @throws NullPointerException if {@code options} is null
     */
    public EnsembleBuilder options(ClassifierOptions options) {
      this.options = requireNonNull(options, "options");
      return this;
    }

    /**
     * Builds the ensemble.
     *
     * @return the ensemble
     * @throws IllegalArgumentException if no member was added
     */
    public StrategyClassifier build() {
      if (members.isEmpty()) {
        throw new IllegalArgumentException("members: an ensemble needs at least one classifier");
      }
      String n = name != null
          ? name
          : members.stream().map(StrategyClassifier::name).collect(Collectors.joining(",", "ensemble(", ")"));
      return new EnsembleClassifier(n, members, weights, options);
    }
  }

  /**
   * Finds a classifier by name, ignoring case: a built-in ({@value #RULES}, {@value #RULES_INDICATORS_ONLY}) or one
   * offered by a {@link StrategyClassifierProvider} found with the thread's context class loader.
   *
   * @param name the name; not null
   * @return the classifier
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if no classifier has that name; the message lists the available names
   * @throws IllegalStateException if two providers offer the name
   */
  public static StrategyClassifier byName(String name) {
    return byName(name, Thread.currentThread().getContextClassLoader());
  }

  /**
   * Finds a classifier by name, looking for providers with this class loader; see {@link #byName(String)}.
   *
   * @param name the name; not null
   * @param loader where to look for providers; null means the system class loader
   * @return the classifier
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if no classifier has that name; the message lists the available names
   * @throws IllegalStateException if two providers offer the name, or a provider offers it but creates nothing
   */
  public static StrategyClassifier byName(String name, ClassLoader loader) {
    requireNonNull(name, "name");
    String key = key(name);
    Supplier<StrategyClassifier> builtIn = BUILT_INS.get(key);
    if (builtIn != null) {
      return builtIn.get();
    }
    Map<String, Map.Entry<String, StrategyClassifierProvider>> byKey = providersByName(loader);
    Map.Entry<String, StrategyClassifierProvider> found = byKey.get(key);
    if (found == null) {
      throw new IllegalArgumentException(
          "classifier: unknown name '" + name + "'; available: " + available(loader));
    }
    StrategyClassifierProvider provider = found.getValue();
    Optional<StrategyClassifier> c = provider.create(found.getKey());
    return c.orElseThrow(() -> new IllegalStateException(
        "classifier: provider " + provider.getClass().getName() + " lists '" + name + "' but creates none"));
  }

  /** The names {@link #byName(String)} accepts, sorted: the built-ins and every provider's names. */
  public static SortedSet<String> available() {
    return available(Thread.currentThread().getContextClassLoader());
  }

  /**
   * The names {@link #byName(String, ClassLoader)} accepts with this class loader, sorted.
   *
   * @param loader where to look for providers; null means the system class loader
   * @return the names
   * @throws IllegalStateException if two providers offer the same name
   */
  public static SortedSet<String> available(ClassLoader loader) {
    return ImmutableSortedSet.<String>naturalOrder()
        .addAll(BUILT_INS.keySet())
        .addAll(providersByName(loader).values().stream().map(Map.Entry::getKey).iterator())
        .build();
  }

  /** Provider names by {@link #key}, each with the name as the provider spells it. */
  private static Map<String, Map.Entry<String, StrategyClassifierProvider>> providersByName(ClassLoader loader) {
    Map<String, Map.Entry<String, StrategyClassifierProvider>> out = new TreeMap<>();
    for (StrategyClassifierProvider p : ServiceLoader.load(StrategyClassifierProvider.class, loader)) {
      for (String n : ImmutableList.copyOf(p.names())) {
        if (CharMatcher.whitespace().matchesAllOf(n)) {
          throw new IllegalStateException("provider " + p.getClass().getName() + " offers a blank name");
        }
        String k = key(n);
        if (BUILT_INS.containsKey(k)) {
          continue;
        }
        Map.Entry<String, StrategyClassifierProvider> previous = out.putIfAbsent(k, Map.entry(n, p));
        if (previous != null && previous.getValue().getClass() != p.getClass()) {
          throw new IllegalStateException("classifier name '" + n + "' is offered by both "
              + previous.getValue().getClass().getName() + " and " + p.getClass().getName());
        }
      }
    }
    return out;
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }
}
