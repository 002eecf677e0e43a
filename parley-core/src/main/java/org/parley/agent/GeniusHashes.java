package org.parley.agent;

import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.domain.Issue;

/**
 * The hash codes GENIUS's collections order bids by ({@code genius-semantics.md} §6, "order of equal-utility
 * outcomes"), in 32-bit two's-complement arithmetic: GENIUS's sorted outcome space orders outcomes of equal utility
 * by them ({@link SortedOutcomes#geniusOrder}), and several champions iterate hash maps of bids or break utility ties
 * by them, which changes which of several equal bids they pick.
 *
 * <ul>
 *   <li>A value: a discrete value hashes as {@link String#hashCode()} of its name, an integer value as 0. GENIUS
 *       hashes a real value by object identity, which differs between JVMs; here it is {@link Double#hashCode}
 *       of the number (reproducible, but not GENIUS's order).</li>
 *   <li>A bid: the sum of its values' hashes.</li>
 *   <li>A bid with a utility and a time tag ({@code BidDetails}): {@code 31·(31·(31 + h_bid) + h(u)) + h(time)}
 *       with {@code h} = {@link Double#hashCode}.</li>
 * </ul>
 */
public final class GeniusHashes {

    private final int[][] valueHash;

    private GeniusHashes(Domain domain) {
        valueHash = new int[domain.issueCount()][];
        for (int i = 0; i < valueHash.length; i++) {
            Issue issue = domain.issue(i);
            int[] h = new int[issue.size()];
            for (int v = 0; v < h.length; v++) {
                h[v] = valueHash(issue, v);
            }
            valueHash[i] = h;
        }
    }

    /** The value hashes of {@code domain}, tabulated. */
    public static GeniusHashes of(Domain domain) {
        return new GeniusHashes(domain);
    }

    /** GENIUS's hash of the {@code index}-th value of {@code issue} (a real value: see the class comment). */
    public static int valueHash(Issue issue, int index) {
        if (issue instanceof DiscreteIssue d) {
            return d.label(index).hashCode();
        }
        if (issue instanceof IntegerIssue) {
            return 0;
        }
        return Double.hashCode(issue.numericValue(index));
    }

    /** GENIUS's {@code Bid.hashCode}: the sum of the value hashes, wrapping. */
    public int bid(int[] outcome) {
        int h = 0;
        for (int i = 0; i < outcome.length; i++) {
            h += valueHash[i][outcome[i]];
        }
        return h;
    }

    /** GENIUS's {@code BidDetails.hashCode} of a bid with hash {@code bidHash}, utility {@code u}, time tag. */
    public static int details(int bidHash, double u, double time) {
        return 31 * (31 * (31 + bidHash) + Double.hashCode(u)) + Double.hashCode(time);
    }
}
