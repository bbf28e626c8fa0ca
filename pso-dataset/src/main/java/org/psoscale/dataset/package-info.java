/**
 * Every organisation named by Gossart &amp; Ozman, <em>Digital platforms and civic engagement: organisational
 * challenges</em> (2020), as a bundled, provenance-tracked data set.
 *
 * <p>{@link org.psoscale.dataset.PsoDataset#bundled()} holds 55 {@link org.psoscale.dataset.PsoCase cases}: the
 * 39 appendix rows, 8 further organisations of the sector table and 8 named only in the strategy table. Each case
 * keeps the paper's cells as printed, a normalised {@link org.psoscale.model.Pso}, a source for every value,
 * errata where public sources disagree with the paper, and a profile coded from cited evidence by the rules of
 * the {@link org.psoscale.dataset.Codebook}. The 27 strategy-table examples carry the paper's strategy as
 * {@link org.psoscale.dataset.PsoCase#referenceStrategy() reference label}; profiles are never coded from it.
 *
 * <p>Data sets read and write JSON ({@link org.psoscale.dataset.PsoDataset#read(java.io.InputStream)},
 * {@link org.psoscale.dataset.PsoDataset#write(java.io.OutputStream)}) and export a tidy CSV
 * ({@link org.psoscale.dataset.CsvExport}).
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
package org.psoscale.dataset;
