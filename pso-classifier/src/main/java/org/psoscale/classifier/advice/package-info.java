/**
 * Advice derived from a classification: the paper's benefits and challenges of the strategies it points to, and
 * the SCALERS capabilities that matter for them, each marked as the paper's or ours ({@link
 * org.psoscale.classifier.advice.Source}).
 *
 * <p>Java serialization: every serializable value of this package is written as a serialized form of plain data
 * and rebuilt through its builder or factory, so a crafted stream cannot build an invalid value (it gets an
 * {@link java.io.InvalidObjectException} naming the type and field); read untrusted bytes with
 * {@link org.psoscale.model.PsoSerialization#deserialize(java.io.InputStream, Class)} or install
 * {@link org.psoscale.model.PsoSerialization#filter()}.
 */
package org.psoscale.classifier.advice;
