/**
 * A property-test kit for PSO Scale: random, valid {@link org.psoscale.model.Pso},
 * {@link org.psoscale.model.PsoProfile}, {@link org.psoscale.model.ScalersAssessment},
 * {@link org.psoscale.model.CountryCode} and {@link org.psoscale.model.LabelledProfile} values.
 *
 * <p>It ships in the pso-model jar and comes in two parts:
 * <ul>
 *   <li>{@link org.psoscale.model.testing.PsoGenerators}: plain generators driven by a
 *       {@link java.util.random.RandomGenerator}; no dependency beyond pso-model. Use a seeded generator for
 *       reproducible values: {@code Pso p = PsoGenerators.pso(new SplittableRandom(42));}</li>
 *   <li>{@link org.psoscale.model.testing.PsoArbitraries} and
 *       {@link org.psoscale.model.testing.PsoArbitraryProvider}: jqwik arbitraries that shrink, and a provider
 *       registered through {@code META-INF/services} so that {@code @ForAll Pso},
 *       {@code @ForAll PsoProfile}, {@code @ForAll ScalersAssessment}, {@code @ForAll CountryCode} and
 *       {@code @ForAll LabelledProfile} work without {@code @From}.</li>
 * </ul>
 *
 * <p>To use the jqwik part, add jqwik in test scope beside pso-model (pso-model only declares
 * {@code jqwik-api} as an optional dependency, so users without jqwik never get it):
 * <pre>{@code
 * <dependency>
 *   <groupId>org.psoscale</groupId>
 *   <artifactId>pso-model</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 * </dependency>
 * <dependency>
 *   <groupId>net.jqwik</groupId>
 *   <artifactId>jqwik</artifactId>
 *   <version>1.9.3</version>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 * and write properties such as:
 * <pre>{@code
 * @Property
 * void everyPsoHasASector(@ForAll Pso pso) {
 *   assertFalse(pso.sectors().isEmpty());
 * }
 *
 * @Provide
 * Arbitrary<List<LabelledProfile>> dataSets() {
 *   return PsoArbitraries.labelledDataSets(5, 30);
 * }
 * }</pre>
 *
 * <p>All generated values are valid by construction (they pass the builders' checks). The kit's data are
 * synthetic; they are not the paper's cases.
 */
package org.psoscale.model.testing;
