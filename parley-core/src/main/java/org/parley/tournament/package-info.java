/**
 * Tournaments: many agents × many scenarios × role orderings × repetitions, run on all cores.
 *
 * <p>{@link org.parley.tournament.TournamentPlan} is the deterministic list of sessions,
 * {@link org.parley.tournament.TournamentRunner} runs them in parallel with fault isolation and hands each
 * {@link org.parley.tournament.SessionRecord} to a sink, {@link org.parley.tournament.TournamentSummary}
 * aggregates records per agent. Files (the tournament YAML, the JSON-lines and CSV results) live in parley-formats.
 */
package org.parley.tournament;
