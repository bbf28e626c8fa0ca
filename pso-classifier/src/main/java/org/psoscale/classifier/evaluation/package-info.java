/**
 * Evaluation of strategy classifiers against reference labels ({@link
 * org.psoscale.classifier.evaluation.Evaluation}: accuracy, confusion matrix, per-strategy precision, recall and
 * F1, macro-F1, Cohen's kappa, leave-one-out cross-validation) and inter-coder agreement statistics ({@link
 * org.psoscale.classifier.evaluation.Agreement}).
 */
package org.psoscale.classifier.evaluation;
