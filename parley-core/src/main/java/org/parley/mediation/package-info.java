/**
 * Real talks: a case (parties, issues with options, each party's private preferences and red lines, the memoranda
 * as provisions, the state of the talks, commitments and their tranches, cost of delay), its translation into a
 * {@link org.parley.domain.Domain} and {@link org.parley.preference.Profile}s, and the analyses a mediator runs on
 * it: the gap between the memoranda ({@link org.parley.mediation.CaseComparison}), mediator packages
 * ({@link org.parley.mediation.CasePackages}), the commitments ledger ({@link org.parley.mediation.CaseLedger}) and
 * the scenario for simulation ({@link org.parley.mediation.CaseSimulation}).
 *
 * <p>Red lines are hard constraints, never utilities: the agreement zone is the set of packages that no party's red
 * line excludes and that give every party at least its reservation level. The methods from the literature come from
 * {@code org.parley.methods} (gap metrics, logrolling, Adjusted Winner, post-settlement settlement, "what would it
 * take", cost of delay, the reciprocity ledger); this package translates a case into their inputs and their answers
 * into packages and reports.
 */
package org.parley.mediation;
