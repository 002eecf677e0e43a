package org.parley.protocol.snt;

import java.util.SplittableRandom;
import org.parley.domain.Domain;

/**
 * Proposes a uniformly random single-issue change of the text: an issue (among those with two or more values) and
 * another of its values, each uniformly. It ignores the votes; it never runs out of proposals.
 */
public final class RandomNeighbourMediator implements Mediator {

    /** The strategy's name in protocol specs. */
    public static final String NAME = "random";

    private final int[] sizes;
    private final int[] changeable;
    private final SplittableRandom random;

    public RandomNeighbourMediator(Domain domain, long seed) {
        sizes = new int[domain.issueCount()];
        int c = 0;
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = domain.issue(i).size();
            if (sizes[i] > 1) {
                c++;
            }
        }
        changeable = new int[c];
        c = 0;
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] > 1) {
                changeable[c++] = i;
            }
        }
        random = new SplittableRandom(seed);
    }

    @Override
    public int[] propose(int[] text) {
        if (changeable.length == 0) {
            return null;
        }
        int issue = changeable[random.nextInt(changeable.length)];
        int value = random.nextInt(sizes[issue] - 1);
        int[] proposal = text.clone();
        proposal[issue] = value >= text[issue] ? value + 1 : value;
        return proposal;
    }

    @Override
    public void voted(int[] proposal, boolean[] votes, boolean moved) {
        // a random walk learns nothing from the votes
    }

    @Override
    public String name() {
        return NAME;
    }
}
