/**
 * Pure methods for real talks (issue #5), on plain numbers: weights, points, per-option values, utilities. No
 * case-file format and no I/O; the formulas and their sources are in {@code negotiation-methods.md} and in each
 * class's comment.
 *
 * <ul>
 * <li>Comparing texts: {@link org.parley.methods.GapMetrics} (per-issue gaps, the weighted aggregate, concessions,
 * Pareto distance).</li>
 * <li>Packages: {@link org.parley.methods.Logrolling} (priority ratios, the package sequence, the efficient set,
 * two-issue trades), {@link org.parley.methods.AdjustedWinner} and
 * {@link org.parley.methods.ProportionalAllocation} (scored by {@link org.parley.methods.Allocation}),
 * {@link org.parley.methods.PostSettlement} (improvements over a tentative deal, MMG and Nash of gains).</li>
 * <li>Who moves: {@link org.parley.methods.Zeuthen}, {@link org.parley.methods.MinimalRelaxation} ("what would
 * it take": reservation decreases and red-line removals that open a zone).</li>
 * <li>Time: {@link org.parley.methods.CostOfDelay} (a party's stated cost of delay; cost per period, discount
 * factors, Rubinstein, Fearon, moving reservation values).</li>
 * <li>Implementation: {@link org.parley.methods.ReciprocityLedger}.</li>
 * </ul>
 *
 * <p>Conventions: parties are their index in the order the caller passes their data: two-party methods take A's
 * data before B's and name A as 0 and B as 1 (and -1 where an answer names neither, e.g. a tie); n-party methods use
 * the order of the profiles. Bad input is an {@link java.lang.IllegalArgumentException} naming
 * the value. Comparisons of derived doubles (equal totals, equal ratios, ties) use parley's one tolerance,
 * {@link org.parley.util.Tolerance} (1e-9, relative above 1); packages chosen by a score follow parley's one tie rule,
 * {@link org.parley.util.TieRule}. Comparisons of utilities with reservation levels are exact, as in the analysis
 * package; post-settlement's comparisons with the baseline use the tolerance.
 */
package org.parley.methods;
