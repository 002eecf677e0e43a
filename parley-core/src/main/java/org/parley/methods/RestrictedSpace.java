package org.parley.methods;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.analysis.AdditiveAgreementCounter;
import org.parley.analysis.AdditiveParetoFrontier;
import org.parley.analysis.AgreementZone;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.analysis.ParetoFrontier;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.Issue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;

/**
 * Additive utilities restricted to the options that no red line forbids: a sub-domain of discrete issues holding
 * the allowed options, and the same weights and evaluations, so that every {@code w_i·e_i(v)} and every utility is
 * bit-identical to the original's. Its frontier and agreement counts come from the analysis package.
 */
final class RestrictedSpace {

    private final List<AdditiveUtility> utilities;
    private final ParetoFrontier frontier;

    private RestrictedSpace(List<AdditiveUtility> utilities) {
        this.utilities = utilities;
        this.frontier = new AdditiveParetoFrontier(utilities).compute();
    }

    /** The restriction to {@code allowed[i][v]}, or empty when some issue has no allowed option. */
    static Optional<RestrictedSpace> of(List<AdditiveUtility> originals, boolean[][] allowed) {
        Domain d = originals.get(0).domain();
        List<Issue> issues = new ArrayList<>();
        List<int[]> kept = new ArrayList<>();
        for (int i = 0; i < d.issueCount(); i++) {
            List<String> labels = new ArrayList<>();
            List<Integer> values = new ArrayList<>();
            for (int v = 0; v < allowed[i].length; v++) {
                if (allowed[i][v]) {
                    labels.add("o" + v);
                    values.add(v);
                }
            }
            if (labels.isEmpty()) {
                return Optional.empty();
            }
            issues.add(new DiscreteIssue(d.issue(i).name(), labels));
            kept.add(values.stream().mapToInt(Integer::intValue).toArray());
        }
        Domain sub = new Domain(d.name(), issues);
        List<AdditiveUtility> restricted = new ArrayList<>();
        for (AdditiveUtility u : originals) {
            List<Evaluator> evaluators = new ArrayList<>();
            for (int i = 0; i < d.issueCount(); i++) {
                Map<String, Double> ev = new LinkedHashMap<>();
                for (int v : kept.get(i)) {
                    double e = u.evaluator(i).evaluate(d.issue(i), v);
                    if (!(e >= 0 && e <= 1)) {
                        throw new IllegalArgumentException("issue '" + d.issue(i).name() + "' evaluates value '"
                                + d.issue(i).label(v) + "' to " + e + "; spaces too large to enumerate need every "
                                + "evaluation in [0, 1]");
                    }
                    ev.put("o" + v, e);
                }
                evaluators.add(new DiscreteEvaluator(ev, false));
            }
            restricted.add(new AdditiveUtility(sub, u.weights(), evaluators));
        }
        return Optional.of(new RestrictedSpace(restricted));
    }

    /** The largest {@code U_P} over outcomes with {@code U_Q ≥ rv_Q} for every {@code Q ≠ P}; NaN when none. */
    double best(int party, double[] rv) {
        double best = Double.NaN;
        for (ParetoFrontier.Point p : frontier.points()) {
            boolean ok = true;
            for (int q = 0; q < rv.length && ok; q++) {
                ok = q == party || p.utility(q) >= rv[q];
            }
            if (ok && !(p.utility(party) <= best)) {
                best = p.utility(party);
            }
        }
        return best;
    }

    /** Whether some outcome has every {@code U ≥ rv}, and how many (null when the exact count is over budget). */
    AgreementZone zone(double[] rv) {
        boolean any = false;
        for (ParetoFrontier.Point p : frontier.points()) {
            boolean ok = true;
            for (int q = 0; q < rv.length && ok; q++) {
                ok = p.utility(q) >= rv[q];
            }
            any |= ok;
        }
        if (!any) {
            return new AgreementZone(BigInteger.ZERO, true, true);
        }
        Optional<BigInteger> n = new AdditiveAgreementCounter(utilities, OutcomeSpaceAnalysis.MAX_ZONE_STATES)
                .count(rv);
        return new AgreementZone(n.orElse(null), false, n.isPresent());
    }
}
