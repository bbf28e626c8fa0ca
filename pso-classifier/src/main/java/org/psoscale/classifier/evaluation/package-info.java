/**
 * Evaluation of strategy classifiers against reference labels ({@link
 * org.psoscale.classifier.evaluation.Evaluation}: accuracy, confusion matrix, per-strategy precision, recall and
 * F1, macro-F1, Cohen's kappa, leave-one-out cross-validation) and inter-coder agreement statistics ({@link
 * org.psoscale.classifier.evaluation.Agreement}).
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
package org.psoscale.classifier.evaluation;
