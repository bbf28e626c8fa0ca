/**
 * The main job of PSO Scale: classify every bundled case, compare with the paper's coding, and write the results as
 * a console table, a CSV file, one self-contained HTML report and SVG plots. Plots are laid out as {@link
 * org.psoscale.dataset.report.Figure} values, which tests check, and drawn from them. Run it with {@link
 * org.psoscale.dataset.report.CaseReport#main(String[])}, or from the project root with the command that README's
 * "Quick start" gives.
 *
 * <p>Serialization: figures are {@link java.io.Serializable} so that they travel between JVMs running the same PSO
 * Scale version; the serialized form is not a stable format and is left out of this documentation.
 *
 * @serial exclude
 */
package org.psoscale.dataset.report;
