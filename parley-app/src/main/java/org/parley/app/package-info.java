/**
 * The application layer: one job per command, taking parsed inputs (a {@link org.parley.preference.Scenario}, a
 * {@link org.parley.mediation.Case}, a tournament definition, agent specs) and returning result values. The command
 * line parses its flags, calls a job and prints what the job returned with the documents of
 * {@link org.parley.app.json} and {@link org.parley.app.report}; a web server or a cluster job calls the same jobs
 * and writes the same documents.
 *
 * <p>Jobs: {@link org.parley.app.AnalyzeJob}, {@link org.parley.app.NegotiateJob},
 * {@link org.parley.app.TournamentJob}, {@link org.parley.app.ReportJob}, {@link org.parley.app.ConvertJob},
 * {@link org.parley.app.CaseCompareJob}, {@link org.parley.app.CaseProposeJob}, {@link org.parley.app.CaseLedgerJob},
 * {@link org.parley.app.CaseRecordJob}, {@link org.parley.app.CaseSimulateJob}. Jobs that create agents take the way
 * to find an agent by its spec as an argument, so a caller can offer other agents than the built-in ones.
 *
 * <p>Errors: bad input is an {@link java.lang.IllegalArgumentException} (or a
 * {@link org.parley.formats.FormatException}) whose message describes the input and the problem; it never names a
 * command-line flag or another front end's control. Where a front end can offer a remedy, the exception has a type
 * that says which ({@link org.parley.formats.tournament.ResultFolderException},
 * {@link org.parley.analysis.OutcomeSpaceTooLargeException}).
 */
package org.parley.app;
