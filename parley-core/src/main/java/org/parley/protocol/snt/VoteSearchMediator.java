package org.parley.protocol.snt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.parley.domain.Domain;

/**
 * A mediator that searches with the parties' votes: it proposes every change of the text in rings of growing size
 * (first every single-issue change, then every change of two issues, and so on), never proposes again a change that
 * was voted down while the text has not moved, and after a move tries first the issues that just moved (a change
 * the parties liked often has a neighbour they like too). Within a ring the order is random (seeded).
 *
 * <p>When every ring is exhausted without a move it has nothing left to propose and the text is final. A ring with
 * more than {@link #RING_LIMIT} changes is sampled ({@link #SAMPLE} random changes of that size) instead of listed; on spaces where no ring is larger, the search is exhaustive: with parties that accept exactly the changes
 * that make them better off and the veto rule, the final text is then Pareto optimal (no outcome is better for every
 * party).
 */
public final class VoteSearchMediator implements Mediator {

    /** The strategy's name in protocol specs. */
    public static final String NAME = "search";

    /** Largest ring listed in full. */
    public static final int RING_LIMIT = 100_000;

    /** Changes drawn from a ring too large to list. */
    public static final int SAMPLE = 10_000;

    private final int[] sizes;
    private final SplittableRandom random;
    private final ArrayDeque<int[]> queue = new ArrayDeque<>();
    private final boolean[] favoured;
    private int[] text;
    private int ring;

    public VoteSearchMediator(Domain domain, long seed) {
        sizes = new int[domain.issueCount()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = domain.issue(i).size();
        }
        favoured = new boolean[sizes.length];
        random = new SplittableRandom(seed);
    }

    @Override
    public int[] propose(int[] current) {
        if (text == null || !Arrays.equals(text, current)) {
            text = current.clone();
            ring = 0;
            queue.clear();
        }
        while (queue.isEmpty()) {
            ring++;
            if (ring > sizes.length) {
                return null;
            }
            fill(ring);
        }
        return queue.poll();
    }

    @Override
    public void voted(int[] proposal, boolean[] votes, boolean moved) {
        if (moved) {
            for (int i = 0; i < sizes.length; i++) {
                favoured[i] = proposal[i] != text[i];
            }
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Number of changes of exactly {@code d} issues (elementary symmetric polynomial of the sizes minus one). */
    static double ringSize(int[] sizes, int d) {
        double[] e = new double[d + 1];
        e[0] = 1;
        for (int size : sizes) {
            for (int k = Math.min(d, sizes.length); k >= 1; k--) {
                e[k] += e[k - 1] * (size - 1);
            }
        }
        return e[d];
    }

    private void fill(int d) {
        List<int[]> changes = new ArrayList<>();
        if (ringSize(sizes, d) <= RING_LIMIT) {
            list(0, d, text.clone(), changes);
        } else {
            sample(d, changes);
        }
        for (int i = changes.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int[] x = changes.get(i);
            changes.set(i, changes.get(j));
            changes.set(j, x);
        }
        for (int[] c : changes) {
            if (touchesFavoured(c)) {
                queue.add(c);
            }
        }
        for (int[] c : changes) {
            if (!touchesFavoured(c)) {
                queue.add(c);
            }
        }
    }

    private boolean touchesFavoured(int[] change) {
        for (int i = 0; i < sizes.length; i++) {
            if (favoured[i] && change[i] != text[i]) {
                return true;
            }
        }
        return false;
    }

    private void list(int from, int remaining, int[] current, List<int[]> out) {
        if (remaining == 0) {
            out.add(current.clone());
            return;
        }
        for (int i = from; i <= sizes.length - remaining; i++) {
            for (int v = 0; v < sizes[i]; v++) {
                if (v != text[i]) {
                    current[i] = v;
                    list(i + 1, remaining - 1, current, out);
                }
            }
            current[i] = text[i];
        }
    }

    private void sample(int d, List<int[]> out) {
        int[] changeable = IntStream.range(0, sizes.length).filter(i -> sizes[i] > 1).toArray();
        if (changeable.length < d) {
            return;
        }
        for (int s = 0; s < SAMPLE; s++) {
            int[] pick = changeable.clone();
            int[] c = text.clone();
            for (int k = 0; k < d; k++) {
                int j = k + random.nextInt(pick.length - k);
                int issue = pick[j];
                pick[j] = pick[k];
                pick[k] = issue;
                int v = random.nextInt(sizes[issue] - 1);
                c[issue] = v >= text[issue] ? v + 1 : v;
            }
            out.add(c);
        }
    }
}
