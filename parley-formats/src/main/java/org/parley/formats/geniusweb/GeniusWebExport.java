package org.parley.formats.geniusweb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.Issue;
import org.parley.domain.OutcomeSpace;
import org.parley.domain.RealIssue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.ConstantEvaluator;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.IntegerLinearEvaluator;
import org.parley.preference.NumberLinearEvaluator;
import org.parley.preference.Profile;
import org.parley.preference.RealLinearEvaluator;
import org.parley.preference.TriangularEvaluator;

/**
 * Turns parley profiles (GENIUS semantics) into profiles GeniusWeb can express, recording every lossy step as a
 * warning. Numeric issues whose utilities GeniusWeb's number utilities cannot reproduce exactly become discrete value
 * sets of their labels, in the domain and in every profile alike.
 */
final class GeniusWebExport {

    /** Largest outcome space searched for a reservation bid. */
    static final long RESERVATION_SEARCH_LIMIT = 5_000_000L;
    /** Weight sums this close to 1 are written unchanged. */
    static final double WEIGHT_SUM_EXACT = 1e-12;

    /** The GeniusWeb-ready domain and profiles, and what was lost on the way. */
    record Converted(Domain domain, List<Profile> profiles, List<String> warnings, List<String> convertedIssues) {
    }

    private GeniusWebExport() {
    }

    static Converted convert(Domain domain, List<Profile> profiles) {
        for (Profile p : profiles) {
            if (!(p.utility() instanceof AdditiveUtility)) {
                throw new IllegalArgumentException("profile '" + p.name() + "' uses a non-additive utility ("
                        + p.utility().getClass().getSimpleName() + "); GeniusWeb JSON can express linear additive "
                        + "profiles only");
            }
        }
        List<String> warnings = new ArrayList<>();
        List<String> convertedIssues = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        boolean[] convert = new boolean[domain.issueCount()];
        for (int i = 0; i < domain.issueCount(); i++) {
            Issue issue = domain.issue(i);
            String reason = conversionReason(issue, i, profiles);
            if (reason == null) {
                issues.add(issue);
                continue;
            }
            convert[i] = true;
            List<String> labels = new ArrayList<>();
            for (int v = 0; v < issue.size(); v++) {
                labels.add(issue.label(v));
            }
            issues.add(new DiscreteIssue(issue.name(), labels));
            convertedIssues.add(issue.name());
            warnings.add("issue '" + issue.name() + "': written as a discrete value set of its " + issue.size()
                    + " values because " + reason + "; utilities are unchanged");
        }
        Domain out = convertedIssues.isEmpty() ? domain : new Domain(domain.name(), issues);
        List<Profile> converted = new ArrayList<>();
        for (Profile p : profiles) {
            converted.add(convertProfile(p, out, convert, warnings));
        }
        return new Converted(out, converted, List.copyOf(warnings), List.copyOf(convertedIssues));
    }

    /** Why a numeric issue must become discrete, or null when it can stay a GeniusWeb number range. */
    private static String conversionReason(Issue issue, int i, List<Profile> profiles) {
        if (!issue.isNumeric()) {
            return null;
        }
        if (issue instanceof RealIssue ri && DomainJson.exactStep(ri) == null) {
            return "its " + ri.intervals() + " intervals over " + ri.lowerBound() + ".." + ri.upperBound()
                    + " have no finite decimal step";
        }
        for (Profile p : profiles) {
            Evaluator e = ((AdditiveUtility) p.utility()).evaluator(i);
            if (!(e instanceof NumberLinearEvaluator)) {
                return "profile '" + p.name() + "' uses " + kind(e) + " evaluator, which GeniusWeb number "
                        + "utilities cannot express exactly";
            }
        }
        return null;
    }

    private static String kind(Evaluator e) {
        if (e instanceof IntegerLinearEvaluator) {
            return "an integer linear";
        }
        if (e instanceof RealLinearEvaluator) {
            return "a real linear";
        }
        if (e instanceof ConstantEvaluator) {
            return "a constant";
        }
        if (e instanceof TriangularEvaluator) {
            return "a triangular";
        }
        return "a " + e.getClass().getSimpleName();
    }

    private static Profile convertProfile(Profile p, Domain out, boolean[] convert, List<String> warnings) {
        String who = "profile '" + p.name() + "'";
        AdditiveUtility u = (AdditiveUtility) p.utility();
        Domain in = u.domain();
        List<Evaluator> evaluators = new ArrayList<>();
        for (int i = 0; i < in.issueCount(); i++) {
            Evaluator e = u.evaluator(i);
            if (!convert[i] && e instanceof NumberLinearEvaluator) {
                evaluators.add(e);
                continue;
            }
            Issue issue = in.issue(i);
            Map<String, Double> table = new LinkedHashMap<>();
            for (int v = 0; v < issue.size(); v++) {
                double x = e.evaluate(issue, v);
                if (x < 0 || x > 1) {
                    double c = Evaluator.clamp01(x);
                    warnings.add(who + ": issue '" + issue.name() + "' evaluates '" + issue.label(v) + "' to " + x
                            + ", outside GeniusWeb's [0, 1]; written as " + c);
                    x = c;
                }
                table.put(issue.label(v), x);
            }
            evaluators.add(new DiscreteEvaluator(table, false));
        }
        double[] weights = u.weights();
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        if (Math.abs(sum - 1) > WEIGHT_SUM_EXACT) {
            if (!(sum > 0)) {
                throw new IllegalArgumentException(who + " has all weights 0; GeniusWeb needs weights summing to 1");
            }
            for (int i = 0; i < weights.length; i++) {
                weights[i] /= sum;
            }
            warnings.add(who + ": weights sum to " + sum + ", but GeniusWeb requires 1; each weight was divided by "
                    + sum + (sum > 1 ? " (utilities shrink and are no longer capped at 1)" : " (utilities grow)"));
        }
        if (p.discountFactor() < 1) {
            warnings.add(who + ": GeniusWeb has no discount factor; dropped " + p.discountFactor());
        }
        AdditiveUtility written = new AdditiveUtility(out, weights, evaluators);
        int[] bid = reservationBid(p, who, warnings);
        return bid == null ? new Profile(p.name(), written, 0.0, 1.0)
                : Profile.withReservationOutcome(p.name(), written, bid);
    }

    /** The reservation bid to write, or null for none (reservation 0). */
    private static int[] reservationBid(Profile p, String who, List<String> warnings) {
        double r = p.reservationValue();
        int[] given = p.reservationOutcome();
        if (given != null) {
            double ur = p.utility(given);
            if (Double.compare(ur, r) != 0) {
                warnings.add(who + ": reservation value " + r + " differs from the utility of its reservation "
                        + "outcome (" + ur + "); wrote the outcome as the reservation bid");
            }
            return given;
        }
        if (r == 0) {
            return null;
        }
        if (r < 0) {
            warnings.add(who + ": reservation value " + r + " is negative; written as no reservation bid (0)");
            return null;
        }
        OutcomeSpace space = p.domain().outcomeSpace();
        if (!space.isIndexable() || space.sizeAsLong() > RESERVATION_SEARCH_LIMIT) {
            warnings.add(who + ": the outcome space (" + space.size() + " outcomes) is too large to search for a "
                    + "reservation bid; reservation value " + r + " dropped (written as none, i.e. 0)");
            return null;
        }
        int[][] found = new int[2][];
        double[] best = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        space.forEach(o -> {
            double x = p.utility(o);
            if (x >= r && x < best[0]) {
                best[0] = x;
                found[0] = o.clone();
            }
            if (x > best[1]) {
                best[1] = x;
                found[1] = o.clone();
            }
        });
        if (found[0] == null) {
            warnings.add(who + ": reservation value " + r + " is above every bid's utility (at most " + best[1]
                    + "); written as the best bid");
            return found[1];
        }
        if (best[0] != r) {
            warnings.add(who + ": reservation value " + r + " written as the reservation bid with the smallest "
                    + "utility ≥ " + r + " (" + best[0] + ")");
        }
        return found[0];
    }
}
