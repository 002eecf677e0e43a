/**
 * Statistics for judging agents: correlation ({@link org.parley.stats.PearsonCorrelation},
 * {@link org.parley.stats.KendallTau}), the paired test {@link org.parley.stats.WilcoxonSignedRank} with the
 * normal distribution it needs ({@link org.parley.stats.NormalDistribution}), the multiple-comparison correction
 * {@link org.parley.stats.HolmCorrection} and a seeded bootstrap of a ranking ({@link org.parley.stats.BootstrapRanking}).
 * One algorithm per class, pure functions on arrays of doubles, no dependencies; each class's javadoc names its
 * source and its conventions (which match R's where R has the function).
 */
package org.parley.stats;
