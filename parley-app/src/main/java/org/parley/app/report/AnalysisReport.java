package org.parley.app.report;

import java.util.List;
import java.util.Locale;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.analysis.ParetoFrontier;
import org.parley.app.AnalyzeJob;
import org.parley.domain.Domain;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/** The human-readable report of {@code analyze}: scenario, parties, frontier (first 15 points), solutions, zone. */
public final class AnalysisReport {

    private static final int SHOWN_FRONTIER = 15;

    private AnalysisReport() {
    }

    /**
     * The report, lines ending in the platform's line separator (as {@code %n} writes it). When the frontier has more
     * points than shown, {@code moreHint} follows their count (e.g. where to find them all; may be empty).
     */
    public static String render(AnalyzeJob.Result result, String moreHint) {
        Scenario scenario = result.scenario();
        OutcomeSpaceAnalysis.Result r = result.analysis();
        double seconds = result.seconds();
        Domain domain = r.domain();
        List<Profile> profiles = scenario.profiles();
        StringBuilder sb = new StringBuilder();
        sb.append("Scenario ").append(scenario.name()).append(": ").append(domain.issueCount()).append(" issues, ")
                .append(String.format(Locale.ROOT, "%,d", r.outcomes())).append(" outcomes\n");
        sb.append("Parties (reservation value, discount factor):\n");
        for (Profile p : profiles) {
            sb.append(String.format(Locale.ROOT, "  %-30s %.4f  %.4f%n", p.name(), p.reservationValue(),
                    p.discountFactor()));
        }
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "Pareto frontier: %,d distinct utility vectors, %,d Pareto-optimal "
                + "outcomes%n", r.frontier().size(), r.frontier().paretoOutcomes()));
        int shown = Math.min(SHOWN_FRONTIER, r.frontier().size());
        for (int i = 0; i < shown; i++) {
            ParetoFrontier.Point p = r.frontier().points().get(i);
            sb.append("  ").append(utilities(p)).append("  ").append(domain.format(p.outcome())).append('\n');
        }
        if (shown < r.frontier().size()) {
            sb.append("  ... ").append(r.frontier().size() - shown).append(" more").append(moreHint).append('\n');
        }
        sb.append('\n').append("Solutions (utilities in party order):\n");
        solution(sb, domain, "Nash", r.nash());
        solution(sb, domain, "Kalai-Smorodinsky", r.kalaiSmorodinsky());
        solution(sb, domain, "Egalitarian", r.egalitarian());
        solution(sb, domain, "Max welfare", r.maxWelfare());
        if (r.geniusKalai() == null) {
            sb.append(String.format(Locale.ROOT, "  %-18s none (every Pareto point has a spread of 2 or more)%n",
                    "GENIUS Kalai"));
        } else {
            solution(sb, domain, "GENIUS Kalai", r.geniusKalai());
        }
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "Opposition: %.6f%n", r.opposition()));
        if (r.agreementZone().empty()) {
            sb.append("Agreement zone: empty - no outcome gives every party its reservation value\n");
        } else {
            sb.append(String.format(Locale.ROOT, "Agreement zone: %s%,d outcomes%n",
                    r.agreementZone().exact() ? "" : "about ", r.agreementZone().outcomes()));
        }
        sb.append(String.format(Locale.ROOT, "Analysis time: %.3f s (%s)%n", seconds,
                r.enumerated() ? "enumerated every outcome" : "issue by issue, no enumeration"));
        return sb.toString();
    }

    private static void solution(StringBuilder sb, Domain domain, String name, ParetoFrontier.Point p) {
        if (p == null) {
            sb.append(String.format(Locale.ROOT, "  %-18s none (no outcome meets every reservation value)%n", name));
        } else {
            sb.append(String.format(Locale.ROOT, "  %-18s %s  %s%n", name, utilities(p), domain.format(p.outcome())));
        }
    }

    private static String utilities(ParetoFrontier.Point p) {
        StringBuilder sb = new StringBuilder("(");
        for (int j = 0; j < p.utilities().length; j++) {
            sb.append(j > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.4f", p.utilities()[j]));
        }
        return sb.append(')').toString();
    }
}
