package org.parley.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parley.domain.Domain;
import org.parley.preference.Profile;

/**
 * Seeded random cross-checks of the fast analysis against {@link BruteForce}: frontier vectors and counts exactly,
 * every solution's score to 1e-12 (Kalai–Smorodinsky as the largest smallest normalised gain, GENIUS's point as the
 * smallest spread), opposition, and the agreement zone.
 */
class OutcomeSpaceAnalysisTest {

    private static final double TOL = 1e-12;

    @Property(tries = 1500, seed = "20261124")
    void additiveAnalysisMatchesBruteForce(@ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int parties) {
        SplittableRandom r = new SplittableRandom(seed);
        Domain domain = RandomScenarios.domain(r, 4, 5);
        List<Profile> profiles = RandomScenarios.additiveProfiles(r, domain, parties);
        check(seed, profiles, new OutcomeSpaceAnalysis(profiles).analyze());
    }

    /**
     * Weights adding up to well above 1: most outcomes reach the cap in some party, where the frontier holds partial
     * sums of at least 1 as exactly 1 (when no contribution is negative; the random integer evaluators are
     * sometimes negative, which must turn that off).
     */
    @Property(tries = 600, seed = "20261201")
    void cappedAdditiveAnalysisMatchesBruteForce(@ForAll long seed, @ForAll @IntRange(min = 2, max = 3) int parties,
            @ForAll @IntRange(min = 12, max = 40) int weightSumTenths) {
        SplittableRandom r = new SplittableRandom(seed);
        Domain domain = RandomScenarios.domain(r, 5, 4);
        List<Profile> profiles = RandomScenarios.additiveProfiles(r, domain, parties, weightSumTenths / 10.0);
        check(seed, profiles, new OutcomeSpaceAnalysis(profiles).analyze());
    }

    @Property(tries = 600, seed = "424242")
    void enumeratingAnalysisMatchesBruteForce(@ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int parties) {
        SplittableRandom r = new SplittableRandom(seed);
        Domain domain = RandomScenarios.integerDomain(r, 4, 5);
        List<Profile> profiles = new ArrayList<>();
        for (int j = 0; j < parties; j++) {
            double reservation = r.nextInt(3) == 0 ? 0 : r.nextDouble() * 0.6;
            profiles.add(new Profile("p" + j, j % 2 == 0 ? RandomScenarios.rectangles(r, domain)
                    : RandomScenarios.additive(r, domain), reservation, 1.0));
        }
        OutcomeSpaceAnalysis.Result result = new OutcomeSpaceAnalysis(profiles).analyze();
        assertTrue(result.enumerated(), "seed " + seed);
        check(seed, profiles, result);
    }

    private static void check(long seed, List<Profile> profiles, OutcomeSpaceAnalysis.Result result) {
        String msg = "seed " + seed + " parties " + profiles.size();
        BruteForce ref = new BruteForce(profiles);
        ParetoFrontier f = result.frontier();
        assertEquals(ref.frontier.size(), f.size(), msg + ": frontier size");
        BigInteger total = BigInteger.ZERO;
        for (ParetoFrontier.Point p : f.points()) {
            int at = -1;
            for (int i = 0; i < ref.frontier.size(); i++) {
                if (java.util.Arrays.equals(ref.frontier.get(i), p.utilities())) {
                    at = i;
                }
            }
            assertTrue(at >= 0, msg + ": unexpected frontier vector " + java.util.Arrays.toString(p.utilities()));
            assertEquals(ref.counts.get(at), p.count(), msg + ": count of " + java.util.Arrays.toString(p.utilities()));
            for (int j = 0; j < profiles.size(); j++) {
                assertEquals(p.utilities()[j], profiles.get(j).utility(p.outcome()), 0.0,
                        msg + ": representative outcome does not have the point's utilities");
            }
            total = total.add(p.count());
        }
        assertEquals(total, f.paretoOutcomes(), msg);

        double nash = ref.nashProduct();
        if (Double.isNaN(nash)) {
            assertNull(result.nash(), msg);
            assertNull(result.kalaiSmorodinsky(), msg);
            assertNull(result.egalitarian(), msg);
            assertTrue(result.agreementZone().empty(), msg);
        } else {
            assertNotNull(result.nash(), msg);
            double product = 1;
            double min = Double.POSITIVE_INFINITY;
            for (int j = 0; j < profiles.size(); j++) {
                product *= result.nash().utilities()[j] - ref.d[j];
                min = Math.min(min, result.egalitarian().utilities()[j] - ref.d[j]);
            }
            assertEquals(nash, product, TOL, msg + ": Nash product");
            assertEquals(ref.egalitarianValue(), min, TOL, msg + ": egalitarian minimum gain");
            assertEquals(ref.ksValue(), ref.ksScore(result.kalaiSmorodinsky().utilities(), ref.ideal()), TOL,
                    msg + ": KS smallest normalised gain");
            assertTrue(ref.rational(result.kalaiSmorodinsky().utilities()), msg + ": KS point not rational");
            assertTrue(!result.agreementZone().empty(), msg);
        }
        assertEquals(ref.maxWelfare(), result.maxWelfare().welfare(), TOL, msg + ": max welfare");
        double spread = ref.geniusKalaiSpread();
        if (Double.isNaN(spread)) {
            assertNull(result.geniusKalai(), msg + ": GENIUS Kalai");
        } else {
            assertEquals(spread, BruteForce.spread(result.geniusKalai().utilities()), TOL, msg + ": GENIUS Kalai");
        }
        assertEquals(ref.opposition(uncappedMaxima(profiles, ref)), result.opposition(), TOL, msg + ": opposition");
        assertTrue(result.agreementZone().exact(), msg);
        assertEquals(BigInteger.valueOf(ref.zone), result.agreementZone().outcomes(), msg + ": zone size");
    }

    /** Best utility before the cap: brute force over raw sums for additive profiles, else over utilities. */
    private static double[] uncappedMaxima(List<Profile> profiles, BruteForce ref) {
        double[] max = new double[profiles.size()];
        for (int j = 0; j < max.length; j++) {
            int jj = j;
            double[] best = {0};
            profiles.get(0).domain().outcomeSpace().forEach(o -> {
                double u = profiles.get(jj).utility() instanceof org.parley.preference.AdditiveUtility a
                        ? a.rawUtility(o) : profiles.get(jj).utility(o);
                best[0] = Math.max(best[0], u);
            });
            max[j] = best[0];
        }
        return max;
    }

    @Property(tries = 300, seed = "7")
    void fastFrontierEqualsStreamingFrontier(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Domain domain = RandomScenarios.domain(r, 6, 6);
        List<Profile> profiles = RandomScenarios.additiveProfiles(r, domain, 2 + r.nextInt(2));
        ParetoFrontier fast = new AdditiveParetoFrontier(profiles.stream()
                .map(p -> (org.parley.preference.AdditiveUtility) p.utility()).toList()).compute();
        ParetoFrontier slow = new EnumeratingParetoFrontier(profiles.stream().map(Profile::utility).toList())
                .compute();
        assertEquals(slow.size(), fast.size(), "seed " + seed);
        for (int i = 0; i < fast.size(); i++) {
            assertArrayEquals(slow.points().get(i).utilities(), fast.points().get(i).utilities(), "seed " + seed);
            assertEquals(slow.points().get(i).count(), fast.points().get(i).count(), "seed " + seed);
        }
    }
}
