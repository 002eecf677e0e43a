package org.parley.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The primitive merge sort orders exactly as a boxed sort by (utility descending, index ascending). */
class SortedOutcomesSortTest {

    @Property(tries = 300, seed = "11")
    void mergeSortMatchesBoxedReference(@ForAll long seed, @ForAll @IntRange(min = 0, max = 700) int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = r.nextBoolean() ? r.nextInt(5) * 0.25 : r.nextDouble(); // many ties
        }
        Integer[] ref = new Integer[n];
        for (int i = 0; i < n; i++) {
            ref[i] = i;
        }
        Arrays.sort(ref, Comparator.<Integer>comparingDouble(i -> -u[i]).thenComparingInt(i -> i));
        assertArrayEquals(Arrays.stream(ref).mapToInt(Integer::intValue).toArray(),
                SortedOutcomes.sortByUtilityDescending(u), "seed " + seed);
    }
}
