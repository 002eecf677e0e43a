/**
 * Small rules shared by every part of parley: the one tolerance for comparing computed doubles
 * ({@link org.parley.util.Tolerance}), the one rule for choosing by a score when scores nearly tie
 * ({@link org.parley.util.TieRule}), and the one "did you mean" rule for unknown names
 * ({@link org.parley.util.Suggestions}).
 */
package org.parley.util;
