package org.parley.agent.champions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.parley.domain.Domain;
import org.parley.domain.OutcomeSpace;

/** Draws outcomes and keeps the distinct ones. */
final class Distinct {

    /** Spaces up to this size are deduplicated with a bit set, larger ones by sorting. */
    private static final long BITSET_LIMIT = 1L << 22;

    private Distinct() {
    }

    /**
     * Calls {@code draw} {@code count} times to fill an outcome array and returns the distinct outcomes drawn, in
     * ascending outcome index (a bit set or one sort of the indices; no per-draw allocation for indexable spaces).
     */
    static int[][] draw(Domain domain, int count, Consumer<int[]> draw) {
        OutcomeSpace space = domain.outcomeSpace();
        int n = domain.issueCount();
        if (!space.isIndexable()) {
            Set<List<Integer>> seen = new HashSet<>();
            List<int[]> out = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                int[] o = new int[n];
                draw.accept(o);
                List<Integer> key = new ArrayList<>(n);
                for (int v : o) {
                    key.add(v);
                }
                if (seen.add(key)) {
                    out.add(o);
                }
            }
            out.sort((a, b) -> Arrays.compare(a, b));
            return out.toArray(new int[0][]);
        }
        int[] radix = new int[n];
        for (int i = 0; i < n; i++) {
            radix[i] = domain.issue(i).size();
        }
        long size = space.sizeAsLong();
        int[] o = new int[n];
        if (size <= BITSET_LIMIT) {
            long[] bits = new long[(int) ((size + 63) >>> 6)];
            int distinct = 0;
            for (int k = 0; k < count; k++) {
                draw.accept(o);
                long index = index(o, radix);
                long word = bits[(int) (index >>> 6)];
                long mask = 1L << index;
                if ((word & mask) == 0) {
                    bits[(int) (index >>> 6)] = word | mask;
                    distinct++;
                }
            }
            int[][] out = new int[distinct][];
            int j = 0;
            for (int w = 0; w < bits.length; w++) {
                long word = bits[w];
                while (word != 0) {
                    int b = Long.numberOfTrailingZeros(word);
                    out[j++] = space.outcome(((long) w << 6) + b);
                    word &= word - 1;
                }
            }
            return out;
        }
        long[] keys = new long[count];
        for (int k = 0; k < count; k++) {
            draw.accept(o);
            keys[k] = index(o, radix);
        }
        Arrays.sort(keys);
        int distinct = 0;
        for (int k = 0; k < keys.length; k++) {
            if (k == 0 || keys[k] != keys[k - 1]) {
                keys[distinct++] = keys[k];
            }
        }
        int[][] out = new int[distinct][];
        for (int k = 0; k < distinct; k++) {
            out[k] = space.outcome(keys[k]);
        }
        return out;
    }

    private static long index(int[] o, int[] radix) {
        long index = 0;
        for (int i = 0; i < radix.length; i++) {
            index = index * radix[i] + o[i];
        }
        return index;
    }
}
