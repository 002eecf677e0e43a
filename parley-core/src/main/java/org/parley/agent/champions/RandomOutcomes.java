package org.parley.agent.champions;

import java.util.Random;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.domain.Issue;
import org.parley.domain.RealIssue;

/**
 * The random-bid rules of the originals, one value index per issue in domain order.
 *
 * <ul>
 *   <li>{@link #uniform}: every value of every issue equally likely ({@code nextInt(size)} per issue); the clean
 *       rule.</li>
 *   <li>{@link #geniusOffByOne}: the rule several originals use: a discrete issue draws {@code nextInt(values)}, an
 *       integer issue {@code lb + nextInt(ub − lb)} (never ub; an issue with lb = ub makes the draw throw, as in
 *       GENIUS), a real issue {@code k = nextInt(20)} and the value {@code lb + (ub − lb)·k/21}, which is off
 *       parley's grid and is taken to the nearest grid point.</li>
 * </ul>
 */
final class RandomOutcomes {

    private RandomOutcomes() {
    }

    /** Fills {@code out} with a uniformly random outcome of {@code domain}. */
    static void uniform(Domain domain, Random random, int[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = random.nextInt(domain.issue(i).size());
        }
    }

    /** Fills {@code out} with GENIUS's off-by-one random outcome (see the class comment). */
    static void geniusOffByOne(Domain domain, Random random, int[] out) {
        for (int i = 0; i < out.length; i++) {
            Issue issue = domain.issue(i);
            if (issue instanceof IntegerIssue) {
                out[i] = random.nextInt(issue.size() - 1);
            } else if (issue instanceof RealIssue) {
                out[i] = realGridIndex(issue, random.nextInt(20), 21);
            } else {
                out[i] = random.nextInt(issue.size());
            }
        }
    }

    /** The grid point of a real issue nearest {@code lb + (ub − lb)·k/steps}. */
    static int realGridIndex(Issue issue, int k, int steps) {
        int intervals = issue.size() - 1;
        return (int) Math.round((double) k * intervals / steps);
    }
}
