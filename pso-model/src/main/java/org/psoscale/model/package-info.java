/**
 * The vocabulary of platform-based social organisations (PSOs), after Gossart &amp; Ozman,
 * <em>Digital platforms and civic engagement: organisational challenges</em> (2020 OS Summer Workshop on
 * Sustainable Organizing).
 *
 * <p>Enums carry the paper's own wording ({@code label()}) once, beside the constant they describe. Value
 * types ({@link org.psoscale.model.Pso}, {@link org.psoscale.model.PsoProfile},
 * {@link org.psoscale.model.ScalersAssessment}, {@link org.psoscale.model.CountryCode},
 * {@link org.psoscale.model.LabelledProfile}) are immutable, {@link java.io.Serializable}, reject nulls and
 * invalid values at construction, and round-trip through JSON with the mapper from
 * {@link org.psoscale.model.PsoJson#mapper()}. {@link org.psoscale.model.ProfileFeature} names one indicator,
 * trait or activity of a profile: the unit classifiers weigh and the data set codes.
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
package org.psoscale.model;
