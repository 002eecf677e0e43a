package org.parley.formats.negotiation;

import java.util.Arrays;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.preference.Profile;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Offer;
import org.parley.protocol.Timeline;

/**
 * Test opponent: GENIUS's {@code agents.TimeDependentAgent} (genius-semantics §6 a) with GENIUS's order of
 * equal-utility outcomes (by the 32-bit hash of bid, utility and time tag, then enumeration order with the first
 * issue fastest), for reference cases where parley's {@code boulware} (ties by outcome index) offers another
 * outcome of the same utility than GENIUS's did. Discrete issues only.
 */
final class GeniusOrderTimeDependent implements Agent {

    private final double e;
    private AgentSettings settings;
    private Profile profile;
    private int[][] outcomes;
    private double[] utilities;
    private int[] lastOffer;

    GeniusOrderTimeDependent(double e) {
        this.e = e;
    }

    @Override
    public void init(AgentSettings s) {
        settings = s;
        profile = s.profile();
        Domain d = profile.domain();
        int n = d.issueCount();
        int size = 1;
        for (int i = 0; i < n; i++) {
            size *= d.issue(i).size();
        }
        Integer[] order = new Integer[size];
        int[][] all = new int[size][];
        double[] u = new double[size];
        int[] key = new int[size];
        for (int k = 0; k < size; k++) {
            int[] o = new int[n];
            int rest = k;
            int bidHash = 0;
            for (int i = 0; i < n; i++) {
                o[i] = rest % d.issue(i).size();
                rest /= d.issue(i).size();
                bidHash += ((DiscreteIssue) d.issue(i)).values().get(o[i]).hashCode();
            }
            all[k] = o;
            u[k] = profile.utility(o);
            key[k] = 31 * (31 * (31 + bidHash) + Double.hashCode(u[k])) + Double.hashCode(-1.0);
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(u[b], u[a]);
            return c != 0 ? c : Integer.compare(key[a], key[b]);
        });
        outcomes = new int[size][];
        utilities = new double[size];
        for (int k = 0; k < size; k++) {
            outcomes[k] = all[order[k]];
            utilities[k] = u[order[k]];
        }
    }

    @Override
    public void receive(Action action, Timeline timeline) {
        if (action instanceof Offer o) {
            lastOffer = o.outcome();
        }
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        double max = utilities[0];
        double min = Math.max(utilities[utilities.length - 1], profile.reservationValue());
        double f = e == 0 ? 0 : Math.pow(timeline.time(), 1 / e);
        double target = min + (max - min) * (1 - f);
        int best = 0;
        double distance = Double.MAX_VALUE;
        for (int k = 0; k < utilities.length; k++) {
            double dk = Math.abs(utilities[k] - target);
            if (dk < distance) {
                distance = dk;
                best = k;
            }
        }
        if (lastOffer != null && profile.utility(lastOffer) >= utilities[best]) {
            return new Accept(settings.party(), lastOffer);
        }
        return new Offer(settings.party(), outcomes[best].clone());
    }

    @Override
    public String name() {
        return "genius-order-" + (e == 0.2 ? "boulware" : "conceder");
    }
}
