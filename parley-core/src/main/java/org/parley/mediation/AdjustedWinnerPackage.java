package org.parley.mediation;

import java.util.List;

/**
 * Adjusted Winner over the open issues of a case, with each party's INSPIRE points renormalised to 100 over them.
 *
 * @param issues    the issue ids used as items
 * @param pointsA   party A's points per item
 * @param pointsB   party B's points per item
 * @param winners   per item, the party that gets its way (the split item: the one keeping the larger share)
 * @param split     the split issue's id, or null
 * @param shareA    the share of the split item party A gets
 * @param total     the points each party ends with (equal when an item is split)
 * @param splitNote how the split item is turned into an option
 * @param pkg       the resulting package
 */
public record AdjustedWinnerPackage(List<String> issues, double[] pointsA, double[] pointsB, List<String> winners,
        String split, double shareA, double[] total, String splitNote, CasePackage pkg) {
}
