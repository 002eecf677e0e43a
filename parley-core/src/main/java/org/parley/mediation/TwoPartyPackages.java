package org.parley.mediation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.analysis.ParetoFrontier;
import org.parley.methods.AdjustedWinner;
import org.parley.methods.Logrolling;
import org.parley.methods.PostSettlement;
import org.parley.util.Tolerance;

/** Logrolling, Adjusted Winner and post-settlement packages for {@link CasePackages}. */
final class TwoPartyPackages {

    private TwoPartyPackages() {
    }

    /** The issues with more than one allowed option. */
    private static List<Integer> open(OptionSpace space) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < space.caseFile().issues().size(); i++) {
            if (space.allowed(i).size() > 1) {
                out.add(i);
            }
        }
        return out;
    }

    /** Each party's favourite allowed option per issue. */
    private static int[] favourites(OptionSpace space, Preferences p) {
        int[] out = new int[space.caseFile().issues().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = p.favourite(i, space.allowed(i));
        }
        return out;
    }

    /**
     * {@link Logrolling} of the first two parties over the allowed options: step 0 gives B its best option on every
     * tradable issue, step k also gives A its best on the k-th issue by decreasing priority ratio
     * {@code ρ = s_A/s_B}, the stakes {@code s_P = w_P·(v_P(own best) − v_P(other's best))}. Issues on which both
     * want the same option (or that have one allowed option) are not traded.
     */
    static List<CasePackage> logroll(Case c, OptionSpace space, double[] rv, List<String> orderOut) {
        Preferences a = c.preferences().get(0);
        Preferences b = c.preferences().get(1);
        Logrolling lr = new Logrolling(a.weights(), b.weights(), values(space, a), values(space, b));
        List<Logrolling.Package> sequence = lr.sequence();
        List<CasePackage> out = new ArrayList<>();
        out.add(CasePackage.of(c, "logroll-0", toCase(space, sequence.get(0)), b.party() + " gets its way on every "
                + "open issue", rv));
        for (int k = 0; k < lr.order().size(); k++) {
            int i = lr.order().get(k);
            orderOut.add(c.issues().get(i).id());
            double rho = lr.issues().get(i).ratio();
            out.add(CasePackage.of(c, "logroll-" + (k + 1), toCase(space, sequence.get(k + 1)), a.party()
                    + " also gets its way on " + c.issues().get(i).id() + String.format(Locale.ROOT,
                    " (priority ratio %s)", Double.isInfinite(rho) ? "∞" : String.format(Locale.ROOT, "%.2f", rho)),
                    rv));
        }
        return out;
    }

    /** A party's value of each allowed option, per issue. */
    private static double[][] values(OptionSpace space, Preferences p) {
        double[][] out = new double[space.caseFile().issues().size()][];
        for (int i = 0; i < out.length; i++) {
            int issue = i;
            out[i] = space.allowed(i).stream().mapToDouble(o -> p.value(issue, o)).toArray();
        }
        return out;
    }

    /** A logrolling package as case option indices. */
    private static int[] toCase(OptionSpace space, Logrolling.Package p) {
        int[] options = p.options();
        int[] out = new int[options.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = space.allowed(i).get(options[i]);
        }
        return out;
    }

    /**
     * {@link AdjustedWinner} of the first two parties over the open issues, each party's weights renormalised to 100
     * points over them; null when there is no open issue or one party puts no weight on any. The split issue, if
     * divisible, takes the allowed option nearest the split; otherwise the party keeping the larger share gets it.
     */
    static AdjustedWinnerPackage adjustedWinner(Case c, OptionSpace space, double[] rv) {
        Preferences a = c.preferences().get(0);
        Preferences b = c.preferences().get(1);
        List<Integer> items = open(space);
        double sa = items.stream().mapToDouble(a::weight).sum();
        double sb = items.stream().mapToDouble(b::weight).sum();
        if (items.isEmpty() || sa == 0 || sb == 0) {
            return null;
        }
        double[] pa = items.stream().mapToDouble(i -> 100 * a.weight(i) / sa).toArray();
        double[] pb = items.stream().mapToDouble(i -> 100 * b.weight(i) / sb).toArray();
        AdjustedWinner.Result r = AdjustedWinner.allocate(pa, pb);
        double shareA = r.splitItem() < 0 ? Double.NaN : r.shareToA(r.splitItem());
        int[] favA = favourites(space, a);
        int[] favB = favourites(space, b);
        int[] x = favB.clone();
        List<String> winners = new ArrayList<>();
        String note = "";
        String split = null;
        for (int k = 0; k < items.size(); k++) {
            int i = items.get(k);
            boolean toA = gets(r, k) == 0;
            winners.add(toA ? a.party() : b.party());
            x[i] = toA ? favA[i] : favB[i];
            if (k == r.splitItem()) {
                CaseIssue issue = c.issues().get(i);
                split = issue.id();
                if (issue.divisible()) {
                    x[i] = between(issue, space.allowed(i), favA[i], favB[i], shareA);
                    note = String.format(Locale.ROOT, "%s is split %.1f%% / %.1f%%: the option nearest that share "
                            + "of the way from %s's to %s's favourite is %s", issue.id(), 100 * shareA,
                            100 * (1 - shareA), b.party(), a.party(), issue.option(x[i]));
                } else {
                    note = String.format(Locale.ROOT, "%s is split %.1f%% / %.1f%% but cannot be divided: it needs "
                            + "a compromise formula (phasing, sequencing, a partial count); the package gives it to %s",
                            issue.id(), 100 * shareA, 100 * (1 - shareA), winners.get(k));
                }
            }
        }
        CasePackage pkg = CasePackage.of(c, "adjustedWinner", x, "Adjusted Winner on the points over the open "
                + "issues: envy-free and equitable in points (Brams & Taylor 1996)", rv);
        return new AdjustedWinnerPackage(items.stream().map(i -> c.issues().get(i).id()).toList(), pa, pb, winners,
                split, shareA, new double[] {r.totalA(), r.totalB()}, note, pkg);
    }

    /**
     * Who gets item {@code k}, 0 (A) or 1 (B): its holder; for the split item, the party keeping the larger share (the
     * leader at ½).
     */
    private static int gets(AdjustedWinner.Result r, int k) {
        if (k == r.splitItem()) {
            return r.leaderKeeps() >= 0.5 ? r.leader() : 1 - r.leader();
        }
        return r.shareToA(k) == 1 ? 0 : 1;
    }

    /** The allowed option nearest to {@code shareA} of the way from B's favourite to A's. */
    private static int between(CaseIssue issue, List<Integer> allowed, int favA, int favB, double shareA) {
        double xa = issue.kind().isNumeric() ? issue.number(favA) : favA;
        double xb = issue.kind().isNumeric() ? issue.number(favB) : favB;
        double target = xb + shareA * (xa - xb);
        int best = allowed.get(0);
        double bestGap = Double.POSITIVE_INFINITY;
        for (int o : allowed) {
            double v = issue.kind().isNumeric() ? issue.number(o) : o;
            if (Math.abs(v - target) < bestGap && !Tolerance.close(Math.abs(v - target), bestGap)) {
                bestGap = Math.abs(v - target);
                best = o;
            }
        }
        return best;
    }

    /**
     * The best {@link CasePackages#IMPROVEMENTS} improvements over the baseline among the Pareto points of
     * {@code space}, by
     * {@link PostSettlement} (maximin gain, ties by parley's tie rule).
     */
    static List<CasePackage> improvements(Case c, OptionSpace space, List<ParetoFrontier.Point> frontier,
            CasePackage baseline, double[] rv) {
        List<CasePackage> out = new ArrayList<>();
        PostSettlement.Result<int[]> r = PostSettlement.rank(frontier.stream()
                .map(p -> new PostSettlement.Candidate<>(p.outcome(), p.utilities())), baseline.utilities(),
                CasePackages.IMPROVEMENTS);
        int k = 0;
        for (PostSettlement.Improvement<int[]> imp : r.ranked()) {
            k++;
            out.add(CasePackage.of(c, "pss-" + k, space.toCase(imp.item()),
                    String.format(Locale.ROOT, "every party gains at least %.4f over the baseline "
                            + "(post-settlement settlement, maximin gain)", imp.minGain()), rv));
        }
        return out;
    }
}
