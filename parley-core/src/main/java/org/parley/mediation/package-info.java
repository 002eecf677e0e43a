/**
 * Real talks: a case (parties, issues with options, each party's private preferences and red lines, the memoranda
 * as provisions, the state of the talks, commitments and their tranches, cost of delay), its translation into a
 * {@link org.parley.domain.Domain} and {@link org.parley.preference.Profile}s, and the analyses a mediator runs on
 * it: the gap between the memoranda ({@link org.parley.mediation.CaseComparison}), mediator packages
 * ({@link org.parley.mediation.CasePackages}), the commitments ledger ({@link org.parley.mediation.CaseLedger}) and
 * the scenario for simulation ({@link org.parley.mediation.CaseSimulation}).
 *
 * <p>Red lines are hard constraints, never utilities: the agreement zone is the set of packages that no party's red
 * line excludes and that give every party at least its reservation level. The methods from the literature are
 * called through the small classes in {@code org.parley.mediation.inline}, one per call site.
 */
package org.parley.mediation;
