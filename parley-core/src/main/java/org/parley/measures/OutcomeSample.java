package org.parley.measures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.parley.domain.Domain;
import org.parley.domain.OutcomeSpace;

/**
 * The outcomes an opponent model is judged on: every outcome when the space has at most {@link #MAX} of them, else
 * {@link #MAX} outcomes drawn uniformly with replacement (each issue's value uniformly and independently) by a
 * {@link SplittableRandom} with a fixed seed, {@link #SEED}: every session on a domain is measured on the same
 * outcomes, so the sessions of a tournament compare on equal terms.
 */
public final class OutcomeSample {

    /** Largest space measured on every outcome, and the size of the sample beyond it. */
    public static final int MAX = 10_000;

    /** The seed of the sample of a large space. */
    public static final long SEED = 14;

    private OutcomeSample() {
    }

    /** The outcomes of {@code domain} to measure on (unmodifiable; do not modify the arrays). */
    public static List<int[]> of(Domain domain) {
        OutcomeSpace space = new OutcomeSpace(domain);
        List<int[]> out = new ArrayList<>();
        if (space.isIndexable() && space.sizeAsLong() <= MAX) {
            space.forEach(o -> out.add(o.clone()));
            return Collections.unmodifiableList(out);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        int n = domain.issueCount();
        for (int k = 0; k < MAX; k++) {
            int[] o = new int[n];
            for (int i = 0; i < n; i++) {
                o[i] = random.nextInt(domain.issue(i).size());
            }
            out.add(o);
        }
        return Collections.unmodifiableList(out);
    }
}
