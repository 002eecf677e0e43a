package org.parley.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.Test;

/** {@link IndexSort} gives exactly the order of a stable sort of boxed indices (Arrays.sort, TimSort). */
class IndexSortTest {

    /** The reference: the indices boxed and sorted by {@code order}, equal ones by index. */
    private static int[] boxed(int k, IntBinaryOperator order) {
        Integer[] idx = new Integer[k];
        for (int i = 0; i < k; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (x, y) -> order.applyAsInt(x, y));
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    @Test
    void textbookCases() {
        int[] keys = {3, 1, 2, 1, 3, 0};
        assertArrayEquals(new int[] {5, 1, 3, 2, 0, 4}, IndexSort.sort(keys.length,
                (x, y) -> Integer.compare(keys[x], keys[y])));
        assertArrayEquals(new int[] {}, IndexSort.sort(0, (x, y) -> 0));
        assertArrayEquals(new int[] {0}, IndexSort.sort(1, (x, y) -> 0));
        assertArrayEquals(new int[] {0, 1, 2, 3}, IndexSort.sort(4, (x, y) -> 0), "all equal: index order");
        assertArrayEquals(new int[] {3, 2, 1, 0}, IndexSort.sort(4, (x, y) -> Integer.compare(y, x)), "reversed");
    }

    /**
     * Seeded random keys: few distinct values (many ties), sorted runs of random lengths (as the frontier's merges
     * produce), descending stretches and random order, against the boxed sort.
     */
    @Test
    void matchesTheStableBoxedSortOnSeededInputs() {
        for (long seed = 1; seed <= 400; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            int k = r.nextInt(0, seed % 50 == 0 ? 5_000 : 300);
            int distinct = 1 + r.nextInt(r.nextBoolean() ? 4 : 1_000);
            int[] keys = new int[k];
            int shape = r.nextInt(3);
            for (int i = 0; i < k; i++) {
                keys[i] = r.nextInt(distinct);
            }
            if (shape > 0) { // sorted runs, ascending (shape 1) or descending (shape 2)
                int start = 0;
                while (start < k) {
                    int end = Math.min(k, start + 1 + r.nextInt(40));
                    Arrays.sort(keys, start, end);
                    if (shape == 2) {
                        for (int i = start, j = end - 1; i < j; i++, j--) {
                            int t = keys[i];
                            keys[i] = keys[j];
                            keys[j] = t;
                        }
                    }
                    start = end;
                }
            }
            IntBinaryOperator order = (x, y) -> Integer.compare(keys[x], keys[y]);
            assertArrayEquals(boxed(k, order), IndexSort.sort(k, order), "seed " + seed);
        }
    }
}
