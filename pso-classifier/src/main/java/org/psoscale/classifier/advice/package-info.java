/**
 * Advice derived from a classification: the paper's benefits and challenges of the strategies it points to, and
 * the SCALERS capabilities that matter for them, each marked as the paper's or ours ({@link
 * org.psoscale.classifier.advice.Source}).
 */
package org.psoscale.classifier.advice;
