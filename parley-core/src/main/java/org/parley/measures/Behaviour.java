package org.parley.measures;

import java.util.EnumMap;
import java.util.Map;

/**
 * How one party (or, for the session, all parties together) moved. Definitions in {@link BehaviourAnalysis}.
 *
 * @param offers            offers made
 * @param moves             moves (offers after the first, each compared with the same party's previous offer)
 * @param shares            each move kind's share of the moves (all six kinds; empty when there was no move)
 * @param concessionRate    {@link ConcessionRate} (NaN when undefined; always NaN for the session)
 * @param averageConcession mean own utility given up per move that gave some up (NaN without such a move)
 * @param offerDistance     mean Euclidean distance of the offers' utility vectors to the Pareto frontier (NaN
 *                          without offers or frontier)
 */
public record Behaviour(int offers, int moves, Map<MoveKind, Double> shares, double concessionRate,
        double averageConcession, double offerDistance) {

    public Behaviour {
        if (offers < 0 || moves < 0 || moves > Math.max(0, offers - 1) && offers > 0) {
            throw new IllegalArgumentException("a behaviour needs 0 ≤ moves < offers, got " + moves + " moves and "
                    + offers + " offers");
        }
        shares = shares.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(shares));
    }

    /** The share of {@code kind} among the moves, NaN without moves. */
    public double share(MoveKind kind) {
        Double s = shares.get(kind);
        return s == null ? Double.NaN : s;
    }
}
