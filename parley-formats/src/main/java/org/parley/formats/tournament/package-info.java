/**
 * Tournament files: the tournament YAML's scenario sources ({@link org.parley.formats.tournament.ScenarioPaths},
 * {@link org.parley.formats.tournament.TournamentScenarios}), and the results folder: one JSON line and one GENIUS
 * CSV row per session, appended durably and resumable ({@link org.parley.formats.tournament.ResultStore},
 * {@link org.parley.formats.tournament.ResultsJson}). The format is documented in {@code docs/tournament.md}.
 */
package org.parley.formats.tournament;
