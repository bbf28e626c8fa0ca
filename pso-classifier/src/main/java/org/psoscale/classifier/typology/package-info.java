/**
 * Classifiers over any scaling {@link org.psoscale.model.Typology}, not only the paper's strategies.
 *
 * <p>A {@link org.psoscale.classifier.typology.TypologyClassifier} turns a profile into a {@link
 * org.psoscale.classifier.typology.TypologyClassification}: a score per category of its typology, the primary
 * category if there is one, and the {@link org.psoscale.classifier.typology.TypologyContribution contributions}
 * behind the scores. {@link org.psoscale.classifier.typology.TypologyClassifiers} makes one from a {@link
 * org.psoscale.model.TypologyMapping} (bundled or your own JSON) and views any {@link
 * org.psoscale.classifier.StrategyClassifier} as a classifier over {@link org.psoscale.model.Typology#paper()}. The
 * {@code StrategyClassifier} API for the paper's strategies is unchanged.
 *
 * <p>Serialization: the values are {@link java.io.Serializable} so that they travel between JVMs running the same
 * PSO Scale version; the serialized form is not a stable format and is left out of this documentation. Keep data
 * in JSON, which is.
 *
 * @serial exclude
 */
package org.psoscale.classifier.typology;
