package org.parley.measures;

import java.util.List;
import org.parley.preference.Profile;
import org.parley.stats.KendallTau;

/**
 * The outcomes of {@link OutcomeSample} with every party's true undiscounted utility of each: what opponent models
 * are judged against. Immutable; build it once per seated scenario and share it between sessions.
 */
public final class TrueUtilities {

    private final List<int[]> outcomes;
    private final double[][] utilities;
    /** Each party's utilities sorted once for Kendall's τ_b. */
    private final KendallTau.Against[] kendall;

    /** The sample of the profiles' domain and each profile's utilities of it, in the profiles' order. */
    public TrueUtilities(List<Profile> profiles) {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("true utilities need at least one profile");
        }
        this.outcomes = OutcomeSample.of(profiles.get(0).domain());
        this.utilities = new double[profiles.size()][outcomes.size()];
        for (int p = 0; p < profiles.size(); p++) {
            for (int k = 0; k < outcomes.size(); k++) {
                utilities[p][k] = profiles.get(p).utility(outcomes.get(k));
            }
        }
        this.kendall = new KendallTau.Against[profiles.size()];
        for (int p = 0; p < profiles.size(); p++) {
            kendall[p] = KendallTau.against(utilities[p]);
        }
    }

    /** The accuracy at {@code time} of {@code estimated} (one estimate per outcome) of party {@code party}'s utilities. */
    public ModelAccuracy accuracy(int party, double time, double[] estimated) {
        return ModelAccuracy.of(time, estimated, utilities[party], kendall[party]);
    }

    /** The outcomes measured on (do not modify the arrays). */
    public List<int[]> outcomes() {
        return outcomes;
    }

    /** Party {@code party}'s utility of outcome {@code k}. */
    public double utility(int party, int k) {
        return utilities[party][k];
    }

    /** Party {@code party}'s utilities of every outcome, as a fresh copy. */
    public double[] utilities(int party) {
        return utilities[party].clone();
    }

    /** Number of parties. */
    public int parties() {
        return utilities.length;
    }
}
