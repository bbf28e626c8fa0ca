/**
 * Evaluation of strategy classifiers against reference labels ({@link
 * org.psoscale.classifier.evaluation.Evaluation}: accuracy, confusion matrix, per-strategy precision, recall and
 * F1, macro-F1, Cohen's kappa, leave-one-out cross-validation) and inter-coder agreement statistics ({@link
 * org.psoscale.classifier.evaluation.Agreement}).
 *
 * <p>Java serialization: every serializable value of this package is written as a serialized form of plain data
 * and rebuilt through its builder or factory, so a crafted stream cannot build an invalid value (it gets an
 * {@link java.io.InvalidObjectException} naming the type and field); read untrusted bytes with
 * {@link org.psoscale.model.PsoSerialization#deserialize(java.io.InputStream, Class)} or install
 * {@link org.psoscale.model.PsoSerialization#filter()}.
 */
package org.psoscale.classifier.evaluation;
