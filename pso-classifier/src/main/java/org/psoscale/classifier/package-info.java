/**
 * Scaling-strategy classifiers for platform-based social organisations (Gossart &amp; Ozman 2020).
 *
 * <p>A {@link org.psoscale.classifier.StrategyClassifier} turns a {@link org.psoscale.model.PsoProfile} into a
 * {@link org.psoscale.classifier.Classification} (scores, primary strategy, mixedness) whose {@link
 * org.psoscale.classifier.Evidence} says which {@link org.psoscale.model.ProfileFeature features} moved which score.
 * {@link org.psoscale.classifier.StrategyClassifiers} holds the built-ins — the paper's rules (the default),
 * user-weighted, trained centroid, ensembles — and finds classifiers by name, including those of a {@link
 * org.psoscale.classifier.StrategyClassifierProvider}. Evaluation lives in {@code
 * org.psoscale.classifier.evaluation}, advice in {@code org.psoscale.classifier.advice}.
 *
 * <p>Serialization: the values are {@link java.io.Serializable} so that they travel between JVMs running the same
 * PSO Scale version (a distributed engine's driver and executors, a cache); the serialized form is not a stable
 * format and is left out of this documentation. Keep data in JSON, which is. Every serializable value is written as
 * a serialized form of plain data and rebuilt through its builder or factory, so a crafted stream cannot build an
 * invalid value (it gets an {@link java.io.InvalidObjectException} naming the type and field); read untrusted bytes
 * with {@link org.psoscale.model.PsoSerialization#deserialize(java.io.InputStream, Class)} or install
 * {@link org.psoscale.model.PsoSerialization#filter()}.
 *
 * @serial exclude
 */
package org.psoscale.classifier;
