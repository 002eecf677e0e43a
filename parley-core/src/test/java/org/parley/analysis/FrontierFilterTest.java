package org.parley.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link FrontierFilter} keeps exactly the distinct vectors no other vector dominates, each with the summed counts
 * of its copies: seeded random vectors of 1 to 6 parties on coarse grids (many ties and copies) against brute force.
 */
class FrontierFilterTest {

    @Test
    void keepsWhatBruteForceKeeps() {
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            int m = 1 + r.nextInt(6);
            int n = 1 + r.nextInt(300);
            int grid = 1 + r.nextInt(8);
            List<double[]> vectors = new ArrayList<>();
            List<int[]> outcomes = new ArrayList<>();
            List<BigInteger> counts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double[] v = new double[m];
                for (int j = 0; j < m; j++) {
                    v[j] = r.nextInt(grid + 1) / (double) grid;
                }
                vectors.add(v);
                outcomes.add(new int[] {i});
                counts.add(BigInteger.valueOf(1 + r.nextInt(5)));
            }
            // brute force: distinct vectors that no vector dominates, with their summed counts
            Map<String, BigInteger> expected = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                boolean dominated = false;
                for (double[] f : vectors) {
                    dominated |= Dominance.dominates(f, vectors.get(i));
                }
                if (!dominated) {
                    expected.merge(Arrays.toString(vectors.get(i)), counts.get(i), BigInteger::add);
                }
            }
            Map<String, BigInteger> actual = new LinkedHashMap<>();
            List<double[]> sorted = new ArrayList<>();
            for (ParetoFrontier.Point p : FrontierFilter.filter(vectors, outcomes, counts)) {
                actual.put(Arrays.toString(p.utilities()), p.count());
                sorted.add(p.utilities());
            }
            assertEquals(new TreeMap<>(expected), new TreeMap<>(actual), "seed " + seed + ", m " + m);
            List<double[]> resorted = new ArrayList<>(sorted);
            resorted.sort(Dominance.LEX_DESCENDING);
            assertEquals(resorted, sorted, "seed " + seed + ": lexicographically descending");
        }
    }
}
