/**
 * Advice derived from a classification: the paper's benefits and challenges of the strategies it points to, and
 * the SCALERS capabilities that matter for them, each marked as the paper's or ours ({@link
 * org.psoscale.classifier.advice.Source}).
 *
 * <p>Serialization: the values are {@link java.io.Serializable} so that they travel between JVMs running the same
 * PSO Scale version (a distributed engine's driver and executors, a cache); the serialized form is not a stable
 * format and is left out of this documentation. Keep data in JSON, which is.
 *
 * @serial exclude
 */
package org.psoscale.classifier.advice;
