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
 * {@link #weighted(Weights)} uses weights you supply (e.g. from JSON); {@link #bayes()} is a Bernoulli naive Bayes
 * whose prior is the paper's table and which gives posterior probabilities; {@link #ensemble(StrategyClassifier...)}
 * averages classifiers' scores. Two {@linkplain Trainer trainers} learn from labelled profiles: {@link #centroid()}
 * and {@link #bayesTrainer()}.
 *
 * <h2>By name</h2>
 *
 * {@link #byName(String)} finds ready classifiers: the built-ins {@value #RULES}, {@value #RULES_INDICATORS_ONLY}
 * and {@value #BAYES} (the untrained model), and those of every {@link StrategyClassifierProvider} registered with
 * {@link ServiceLoader}. Trainers ({@link #centroid()}, {@link #bayesTrainer()}) are not found by name: a trainer
 * is not a classifier until it has seen labelled profiles, and {@code byName} promises a classifier that classifies
 * at once. Get them from their factory methods.
 */
public final class StrategyClassifiers {
  /** The name of {@link #rules()}. */
  public static final String RULES = "rules";

  /** The name of {@link #rulesIndicatorsOnly()}. */
  public static final String RULES_INDICATORS_ONLY = "rules-indicators";

  /** The name of classifiers made by {@link #weighted(Weights)}. */
  public static final String WEIGHTED = "weighted";

  /** The name of {@link #bayes()}, of {@link #bayesTrainer()} and of the classifiers it trains. */
  public static final String BAYES = "bayes";

  /**
   * Prior mean of P(feature PRESENT | strategy) in {@link #bayes()} when the strategy's column of the paper's table
   * lists the feature: 0.75.
   *
   * <p>Chosen from a stated principle before any evaluation was run, never adjusted to the labelled cases: the
   * table says only that a listed feature goes with the strategy, i.e. (at least) that it is more likely than not
   * among organisations following it. The least committal reading of "somewhere in (1/2, 1)" is the uniform
   * distribution on that interval, whose mean is 3/4.
   */
  public static final double BAYES_LIKELY = 0.75;

  /**
   * Prior mean of P(feature PRESENT | strategy) in {@link #bayes()} for an indicator or trait that the paper's
   * table lists under other strategies only: 0.25, the mirror image of {@link #BAYES_LIKELY} (uniform on (0, 1/2),
   * i.e. less likely than not). Chosen with it, by the same principle.
   */
  public static final double BAYES_UNLIKELY = 0.25;

  /**
   * Prior mean of P(activity PRESENT | strategy) in {@link #bayes()} for every activity and every strategy: 0.5.
   * The paper's activities table ties no activity to a strategy, so the prior must be the same for all three
   * strategies (then an activity changes no untrained posterior); 1/2, the mean of the uniform distribution on
   * (0, 1), says nothing about how common the activity is. Only training can make activities informative.
   */
  public static final double BAYES_NEUTRAL = 0.5;

  /**
   * Strength of the prior of {@link #bayes()}: the total pseudo-count {@code alpha + beta} of every Beta prior,
   * 2.0. So a listed feature's prior is Beta(1.5, 0.5), an unlisted one's Beta(0.5, 1.5), an activity's Beta(1, 1).
   *
   * <p>Chosen before any evaluation: 2 is the strength of Laplace's uniform prior Beta(1, 1), the smoothing the
   * {@link #centroid()} trainer already uses. The paper's table thus moves where each probability starts (3/4 or
   * 1/4 instead of 1/2) without making it stiffer than ordinary smoothing: the table counts as two observed
   * organisations per feature and strategy, and a handful of coded cases can overrule it.
   */
  public static final double BAYES_PRIOR_STRENGTH = 2.0;

  private static final StrategyClassifier RULES_CLASSIFIER =
      new WeightedClassifier(RULES, Weights.paper(), ClassifierOptions.defaults());

  private static final StrategyClassifier BAYES_CLASSIFIER = BayesTrainer.untrained(ClassifierOptions.defaults());

  private static final ImmutableMap<String, Supplier<StrategyClassifier>> BUILT_INS =
      ImmutableMap.of(
          RULES, StrategyClassifiers::rules,
          RULES_INDICATORS_ONLY, StrategyClassifiers::rulesIndicatorsOnly,
          BAYES, StrategyClassifiers::bayes);

  private StrategyClassifiers() {}

  /** {@return the paper's rules with the default options; see the class documentation. Named {@value #RULES}} */
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
   * A trainer of centroid classifiers, named {@code "centroid"}, with the default options. It is not found by
   * {@link #byName(String)}: it needs labelled profiles before it classifies (see the class documentation).
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
   * The untrained Bernoulli naive Bayes: the paper's strategy table alone, as a prior, with posterior
   * probabilities as scores. Named {@value #BAYES}; {@link #byName(String)} finds it.
   *
   * <h4>Model</h4>
   *
   * Each of the {@value org.psoscale.model.ProfileFeature#COUNT} profile features f is a Bernoulli variable given the
   * strategy S, with {@code theta(f, S) = P(f PRESENT | S)}, the features independent given S (the naive
   * assumption). A profile's {@linkplain org.psoscale.model.PsoProfile#decision decisions} enter the likelihood as
   * PRESENT = 1 (factor {@code theta}) and ABSENT = 0 (factor {@code 1 - theta}); a NOT_OBSERVED feature is left
   * out of the likelihood altogether (factor 1, as missing data), never read as absent. So the posterior depends only
   * on the decided features, and a profile with no decisions keeps the prior.
   *
   * <h4>Prior from the paper's table</h4>
   *
   * {@code theta(f, S)} has a Beta prior of strength {@value #BAYES_PRIOR_STRENGTH} (see {@link
   * #BAYES_PRIOR_STRENGTH}) and mean {@value #BAYES_LIKELY} if S's column of the strategy table lists f ({@link
   * org.psoscale.model.Indicator#strategy()}, {@link org.psoscale.model.OrganisationTrait#strategies()}; a trait
   * listed under two strategies is likely for both), {@value #BAYES_UNLIKELY} for an indicator or trait listed only
   * under other strategies, and {@value #BAYES_NEUTRAL} for every activity under every strategy (see {@link
   * #BAYES_LIKELY}, {@link #BAYES_UNLIKELY}, {@link #BAYES_NEUTRAL} for why). Indicators and traits get the same
   * means: the table gives both rows as cells of the same column and ranks neither, and how much weaker a trait is
   * (the rules' guess is half) is for data to tell. Untrained, the model uses the prior means: a present feature
   * multiplies the odds of a strategy listing it against one that does not by 3, an absent one divides them by 3;
   * activities change nothing. The class prior is uniform.
   *
   * <h4>Scores</h4>
   *
   * The scores are the posterior probabilities P(S | decisions): each in [0, 1], summing to 1 for every profile.
   * {@link Classification#hasEvidence()} is therefore always true. A profile without decisions (or whose decided
   * features favour no strategy, such as activities only, or a listed feature present and another of the same
   * column absent) gets the uniform posterior 1/3 each: a three-way tie, so {@link Classification#primary()} is
   * empty (unclassified, as under the rules) and {@link Classification#isMixed()} is true, as for every tie. Use
   * {@link org.psoscale.model.PsoProfile#hasNoDecisions()} to tell "nothing known" from "evidence in balance".
   *
   * <h4>Evidence</h4>
   *
   * Each decided feature f contributes to each strategy S its centred log-likelihood ratio, in nats: {@code
   * log P(x_f | S) - (1/3) * sum over S' of log P(x_f | S')}, where {@code P(x_f | S)} is {@code theta(f, S)} if f
   * is PRESENT and {@code 1 - theta(f, S)} if ABSENT. Amounts may be negative; zero amounts (a feature whose
   * probability is the same under every strategy, e.g. any activity untrained) are left out. With the uniform class
   * prior, a strategy's contributions add up to {@code log P(S | x) - (1/3) * sum over S' of log P(S' | x)}, so
   * {@code Evidence.total(S) - Evidence.total(S')} is the log posterior odds of S against S'.
   *
   * @return the untrained model, with the default options
   */
  public static StrategyClassifier bayes() {
    return BAYES_CLASSIFIER;
  }

  /**
   * The untrained Bernoulli naive Bayes with other options (e.g. another mixed margin); see {@link #bayes()}.
   *
   * @param options the options; not null
   * @return the classifier, named {@value #BAYES}
   * @throws NullPointerException if {@code options} is null
   */
  public static StrategyClassifier bayes(ClassifierOptions options) {
    return BayesTrainer.untrained(requireNonNull(options, "options"));
  }

  /**
   * A trainer of the Bernoulli naive Bayes of {@link #bayes()}, named {@value #BAYES}, with the default options. It
   * is not found by {@link #byName(String)} (see the class documentation).
   *
   * <p>Training updates the paper's prior with counts from the labelled profiles: for each feature f and strategy S,
   * with {@code n} the number of examples labelled S that decide f (PRESENT or ABSENT; NOT_OBSERVED ones are left
   * out, as in classifying) and {@code k} the number of them where f is PRESENT, the trained model uses the
   * posterior mean {@code theta(f, S) = (m * mean + k) / (m + n)}, where {@code m} = {@value
   * #BAYES_PRIOR_STRENGTH} and {@code mean} is the prior mean of {@link #bayes()}. This is the Beta-Bernoulli
   * posterior predictive; it stays strictly between 0 and 1, so no decision ever makes a strategy impossible. An
   * example whose profile decides nothing changes nothing.
   *
   * <p><b>Class prior.</b> The trained model keeps the uniform class prior instead of learning label frequencies.
   * Chosen before any evaluation, on this principle: the labelled cases one has (the bundled ones are the examples
   * the paper's authors picked to illustrate each strategy) are rarely a random sample of organisations, so how many
   * there are of each strategy says how the sample was drawn, not how common the strategy is. It also keeps the
   * rule that a profile with no decisions gets the uniform posterior and no primary strategy, trained or not.
   *
   * <p>Training is deterministic (counts do not depend on order), the result is an ordinary, immutable,
   * thread-safe, serializable {@link StrategyClassifier} named {@value #BAYES} whose scores and evidence read as
   * described in {@link #bayes()}. Training on no example is rejected: {@link #bayes()} is that model.
   *
   * @return the trainer
   */
  public static Trainer bayesTrainer() {
    return new BayesTrainer(ClassifierOptions.defaults());
  }

  /**
   * A trainer of the Bernoulli naive Bayes whose models have these options; see {@link #bayesTrainer()}.
   *
   * @param options the options of the trained classifiers; not null
   * @return the trainer
   * @throws NullPointerException if {@code options} is null
   */
  public static Trainer bayesTrainer(ClassifierOptions options) {
    return new BayesTrainer(options);
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

  /** {@return a builder for an ensemble with weights, a name and options of your choice} */
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
   * Finds a classifier by name, ignoring case: a built-in ({@value #RULES}, {@value #RULES_INDICATORS_ONLY}, {@value
   * #BAYES}) or one offered by a {@link StrategyClassifierProvider} found with the thread's context class loader.
   * Trainers such as {@link #centroid()} and {@link #bayesTrainer()} are not found: they are not classifiers until
   * trained.
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

  /** {@return the names {@link #byName(String)} accepts, sorted: the built-ins and every provider's names} */
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
