package org.parley.preference;

import org.parley.domain.Domain;

/** A party's utility over the outcomes of a domain, in {@code [0, 1]} for well-formed profiles. */
public interface UtilityFunction {

    Domain domain();

    /** The (undiscounted) utility of {@code outcome}, an array of value indices, one per issue. */
    double utility(int[] outcome);
}
