package org.parley.mediation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.analysis.AgreementZone;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.Issue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.Profile;

/**
 * The packages an analysis looks at: per case issue, the options it may take. Translates a case into a
 * {@link Domain} (one {@link DiscreteIssue} per case issue, over the allowed options, labels as in the case) and
 * {@link Profile}s ({@link AdditiveUtility} with the parties' values as GeniusWeb-style unnormalised evaluations),
 * so the exact analysis of {@code org.parley.analysis} applies.
 *
 * <p>The zone space keeps the options that no party's red line refuses; an issue agreed and banked (see
 * {@link TalksState#fixed}) keeps only its agreed option. An issue on which red lines leave no option is
 * <em>deadlocked</em>: the zone is empty whatever the utilities.
 */
public final class OptionSpace {

    private final Case c;
    private final List<List<Integer>> allowed;
    private final List<String> deadlocked;
    private final List<String> unresolvedIssues;

    private OptionSpace(Case c, List<List<Integer>> allowed, List<String> deadlocked, List<String> ignored) {
        this.c = c;
        this.allowed = List.copyOf(allowed);
        this.deadlocked = List.copyOf(deadlocked);
        this.unresolvedIssues = List.copyOf(ignored);
    }

    /** Every option of every issue, banked agreements fixed; red lines ignored. */
    public static OptionSpace unconstrained(Case c) {
        return build(c, null, -1, -1, -1, false);
    }

    /** The zone space: red lines respected, banked agreements fixed. */
    public static OptionSpace zone(Case c) {
        return build(c, c.preferences(), -1, -1, -1, false);
    }

    /** The zone space with one red-line option of one party lifted. */
    public static OptionSpace zoneLifting(Case c, int party, int issue, int option) {
        return build(c, c.preferences(), party, issue, option, false);
    }

    /**
     * The zone space, except that a deadlocked issue is left unresolved at its baseline option (the status quo):
     * the packages of a partial agreement on everything else.
     */
    public static OptionSpace zoneOrStatusQuo(Case c) {
        return build(c, c.preferences(), -1, -1, -1, true);
    }

    private static OptionSpace build(Case c, List<Preferences> prefs, int liftParty, int liftIssue, int liftOption,
            boolean ignoreDeadlocks) {
        List<List<Integer>> allowed = new ArrayList<>();
        List<String> deadlocked = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < c.issues().size(); i++) {
            CaseIssue issue = c.issues().get(i);
            List<Integer> keep = new ArrayList<>();
            if (c.talks().fixed(i)) {
                keep.add(c.talks().issue(i).agreed());
                allowed.add(keep);
                continue;
            }
            for (int o = 0; o < issue.size(); o++) {
                boolean refused = false;
                for (int j = 0; prefs != null && j < prefs.size(); j++) {
                    boolean lifted = j == liftParty && i == liftIssue && o == liftOption;
                    refused |= !lifted && prefs.get(j).refuses(issue.id(), o);
                }
                if (!refused) {
                    keep.add(o);
                }
            }
            if (keep.isEmpty()) {
                if (ignoreDeadlocks) {
                    ignored.add(issue.id());
                    keep.add(c.baseline()[i]);
                } else {
                    deadlocked.add(issue.id());
                }
            }
            allowed.add(keep);
        }
        return new OptionSpace(c, allowed, deadlocked, ignored);
    }

    /** The case. */
    public Case caseFile() {
        return c;
    }

    /** The allowed options of issue {@code i} (case order), as case option indices. */
    public List<Integer> allowed(int i) {
        return allowed.get(i);
    }

    /** The issues on which red lines leave no option. */
    public List<String> deadlocked() {
        return deadlocked;
    }

    /** The deadlocked issues left unresolved at the status quo ({@link #zoneOrStatusQuo}). */
    public List<String> unresolved() {
        return unresolvedIssues;
    }

    /** True when some issue is deadlocked, so the space is empty. */
    public boolean isEmpty() {
        return !deadlocked.isEmpty();
    }

    /** Number of packages. */
    public BigInteger size() {
        BigInteger n = BigInteger.ONE;
        for (List<Integer> a : allowed) {
            n = n.multiply(BigInteger.valueOf(a.size()));
        }
        return n;
    }

    /** True when every option of {@code outcome} (case indices) is allowed. */
    public boolean contains(int[] outcome) {
        for (int i = 0; i < outcome.length; i++) {
            if (!allowed.get(i).contains(outcome[i])) {
                return false;
            }
        }
        return true;
    }

    /** The domain over the allowed options; throws when the space is empty. */
    public Domain domain() {
        if (isEmpty()) {
            throw new IllegalStateException("red lines leave no option on " + String.join(", ", deadlocked));
        }
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < allowed.size(); i++) {
            CaseIssue ci = c.issues().get(i);
            issues.add(new DiscreteIssue(ci.id(), allowed.get(i).stream().map(ci::option).toList()));
        }
        return new Domain(c.id(), issues);
    }

    /** One profile per party over {@link #domain()}, with the given reservation values and discount factors. */
    public List<Profile> profiles(double[] reservations, double[] discounts) {
        Domain d = domain();
        List<Profile> out = new ArrayList<>();
        for (int j = 0; j < c.preferences().size(); j++) {
            Preferences p = c.preferences().get(j);
            List<Evaluator> evaluators = new ArrayList<>();
            for (int i = 0; i < allowed.size(); i++) {
                Map<String, Double> table = new LinkedHashMap<>();
                for (int o : allowed.get(i)) {
                    table.put(c.issues().get(i).option(o), p.value(i, o));
                }
                evaluators.add(new DiscreteEvaluator(table, false));
            }
            AdditiveUtility u = new AdditiveUtility(d, p.weights(), evaluators);
            out.add(new Profile(p.party(), u, reservations[j], discounts[j]));
        }
        return out;
    }

    /**
     * The exact analysis of this space ({@link OutcomeSpaceAnalysis}) with the given reservation levels as
     * disagreement utilities: its frontier, bargaining solutions and agreement zone. Null when the space is
     * deadlocked (some issue has no option).
     */
    public OutcomeSpaceAnalysis.Result analyze(double[] reservations) {
        if (isEmpty()) {
            return null;
        }
        double[] ones = new double[reservations.length];
        java.util.Arrays.fill(ones, 1.0);
        return new OutcomeSpaceAnalysis(profiles(reservations, ones)).analyze();
    }

    /** The agreement zone of an {@link #analyze} result: empty (exactly) when the space was deadlocked. */
    public static AgreementZone agreementZone(OutcomeSpaceAnalysis.Result analysis) {
        return analysis == null ? new AgreementZone(BigInteger.ZERO, true, true) : analysis.agreementZone();
    }

    /** Maps an outcome of {@link #domain()} to case option indices. */
    public int[] toCase(int[] outcome) {
        int[] out = new int[outcome.length];
        for (int i = 0; i < outcome.length; i++) {
            out[i] = allowed.get(i).get(outcome[i]);
        }
        return out;
    }

    /** Each party's reservation level. */
    public static double[] reservations(Case c) {
        return c.preferences().stream().mapToDouble(Preferences::reservation).toArray();
    }

    /** Each party's utility for a package (case indices). */
    public static double[] utilities(Case c, int[] outcome) {
        return c.preferences().stream().mapToDouble(p -> p.utility(outcome)).toArray();
    }
}
