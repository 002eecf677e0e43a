package org.parley.server.rooms;

import java.util.ArrayList;
import java.util.List;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.analysis.ParetoFrontier;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/**
 * What the debrief plots in the utility plane: a sample of the outcome space, the exact Pareto frontier, the Nash and
 * Kalai–Smorodinsky points (from {@link OutcomeSpaceAnalysis}, as {@code parley analyze} computes them), in every
 * party's utility.
 *
 * @param cloud    utility vectors of up to {@link #CLOUD} outcomes (all of them when the space is that small)
 * @param frontier the frontier's utility vectors, or empty when the space was too large to analyse
 * @param nash     the Nash point's utilities, or null
 * @param ks       the Kalai–Smorodinsky point's utilities, or null
 */
public record Analysis(List<double[]> cloud, List<double[]> frontier, double[] nash, double[] ks) {

    /** Most outcomes drawn in the plane. */
    public static final int CLOUD = 3000;

    /** Copies the lists. */
    public Analysis {
        cloud = cloud.stream().map(double[]::clone).toList();
        frontier = frontier.stream().map(double[]::clone).toList();
        nash = nash == null ? null : nash.clone();
        ks = ks == null ? null : ks.clone();
    }

    /** The Nash point's utilities (a copy), or null. */
    @Override
    public double[] nash() {
        return nash == null ? null : nash.clone();
    }

    /** The Kalai–Smorodinsky point's utilities (a copy), or null. */
    @Override
    public double[] ks() {
        return ks == null ? null : ks.clone();
    }

    /** The analysis of {@code scenario} (frontier and points left empty when the space is too large). */
    public static Analysis of(Scenario scenario) {
        List<Profile> profiles = scenario.profiles();
        List<double[]> cloud = new ArrayList<>();
        for (int[] o : OutcomeSpaceAnalysis.sample(scenario.domain().outcomeSpace(), CLOUD, 1)) {
            cloud.add(utilities(profiles, o));
        }
        List<double[]> frontier = new ArrayList<>();
        double[] nash = null;
        double[] ks = null;
        try {
            OutcomeSpaceAnalysis.Result r = new OutcomeSpaceAnalysis(profiles).analyze();
            for (ParetoFrontier.Point p : r.frontier().points()) {
                frontier.add(p.utilities());
            }
            nash = r.nash() == null ? null : r.nash().utilities();
            ks = r.kalaiSmorodinsky() == null ? null : r.kalaiSmorodinsky().utilities();
        } catch (IllegalArgumentException e) {
            // too large to analyse exactly: the plane shows the sample and the offers only
        }
        return new Analysis(cloud, frontier, nash, ks);
    }

    /** Every party's utility of {@code outcome}. */
    public static double[] utilities(List<Profile> profiles, int[] outcome) {
        double[] u = new double[profiles.size()];
        for (int j = 0; j < u.length; j++) {
            u[j] = profiles.get(j).utility(outcome);
        }
        return u;
    }

    /** The Euclidean distance from {@code point} to the nearest frontier point, or NaN without a frontier. */
    public double distanceToFrontier(double[] point) {
        double best = Double.NaN;
        for (double[] f : frontier) {
            double d = distance(point, f);
            if (Double.isNaN(best) || d < best) {
                best = d;
            }
        }
        return best;
    }

    /** The Euclidean distance between two utility vectors. */
    public static double distance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return Math.sqrt(s);
    }
}
