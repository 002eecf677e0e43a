/**
 * The measures researchers report about a session beyond its outcome: how well an agent's opponent model matches
 * the opponent's true preferences ({@link org.parley.measures.OpponentModelProbe}, {@link
 * org.parley.measures.ModelAccuracy}), and how each party moved: the dance-analysis classification of its moves
 * ({@link org.parley.measures.MoveKind}), its concession rate ({@link org.parley.measures.ConcessionRate}) and the
 * distance of its offers to the Pareto frontier ({@link org.parley.measures.BehaviourAnalysis}). Everything comes
 * together in {@link org.parley.measures.SessionMeasures}. Definitions: {@code docs/measures.md}.
 */
package org.parley.measures;
