package org.parley.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.app.CaseLedgerJob;
import org.parley.app.CaseSimulateJob;
import org.parley.mediation.Case;
import org.parley.mediation.CaseComparison;
import org.parley.mediation.CaseLedger;
import org.parley.mediation.CasePackage;
import org.parley.mediation.CasePackages;
import org.parley.mediation.Commitment;
import org.parley.mediation.OptionSpace;
import org.parley.mediation.Relaxation;
import org.parley.protocol.SessionResult;

/** The Markdown reports of {@code case compare}, {@code propose} and {@code ledger}. */
public final class CaseMarkdown {

    private CaseMarkdown() {
    }

    private static String f(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }

    private static String header(Case c, String what) {
        StringBuilder sb = new StringBuilder("# ").append(c.title()).append(": ").append(what).append("\n\n");
        if (!c.disclaimer().isEmpty()) {
            sb.append("> ").append(c.disclaimer()).append("\n\n");
        }
        return sb.toString();
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(s -> s.replace("|", "\\|")).toList()) + " |\n";
    }

    private static String table(List<String> head, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder(row(head));
        sb.append(row(head.stream().map(h -> "---").toList()));
        rows.forEach(r -> sb.append(row(r)));
        return sb.append('\n').toString();
    }

    private static String set(List<String> options) {
        return options.isEmpty() ? "(silent)" : String.join(" / ", options);
    }

    /** The comparison report: verdict, gap matrix, utilities, agreement zone. */
    public static String compare(CaseComparison.Result r) {
        Case c = r.caseFile();
        String a = c.parties().get(r.a()).id();
        String b = c.parties().get(r.b()).id();
        StringBuilder sb = new StringBuilder(header(c, "compare"));
        sb.append("**Verdict:** ").append(r.verdict()).append("\n\n");
        sb.append("Memoranda: ").append(a).append(' ').append(r.documentA().id()).append(" (")
                .append(r.documentA().date()).append("), ").append(b).append(' ').append(r.documentB().id())
                .append(" (").append(r.documentB().date()).append("); as of ").append(r.at()).append(".\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (CaseComparison.IssueGap g : r.issues()) {
            rows.add(List.of(g.issue(), g.status().key() + (g.blocking() ? " (blocks)" : ""),
                    g.distance() == null ? "–" : f(g.distance()), set(g.positionA()), set(g.positionB()),
                    f(g.concessionA()), f(g.concessionB()), g.state().key()
                            + (g.agreed() == null ? "" : ": " + g.agreed())));
        }
        sb.append("## Gap matrix\n\n").append(table(List.of("issue", "status", "distance", a, b,
                a + " concedes", b + " concedes", "talks"), rows));
        sb.append("Aggregate gap G = ").append(f(r.aggregateGap()))
                .append(" (distances weighted by the mean of the two parties' weights; silent issues left out).\n\n");
        for (CaseComparison.IssueGap g : r.issues()) {
            if (g.blocking()) {
                sb.append("- ").append(g.issue()).append(" blocks: ").append(g.reason()).append('\n');
            }
        }
        sb.append("\n## Utilities\n\n").append(table(List.of("party", "own memorandum", "other's memorandum",
                "concession", "reservation", "δ per " + c.period().key()), List.of(
                List.of(a, f(r.own()[0]), f(r.other()[0]), f(r.own()[0] - r.other()[0]), f(r.reservations()[r.a()]),
                        String.format(Locale.ROOT, "%.5f", r.deltas()[r.a()])),
                List.of(b, f(r.own()[1]), f(r.other()[1]), f(r.own()[1] - r.other()[1]), f(r.reservations()[r.b()]),
                        String.format(Locale.ROOT, "%.5f", r.deltas()[r.b()])))));
        if (r.periods() > 0) {
            sb.append(String.format(Locale.ROOT, "Reservation levels after %.2f %ss of delay: RV·δ^k.%n%n",
                    r.periods(), c.period().key()));
        }
        sb.append("## Agreement zone\n\n");
        if (r.space().isEmpty()) {
            sb.append("Empty: red lines leave no option on ").append(CaseComparison.join(r.space()
                    .deadlocked())).append(".\n");
        } else {
            sb.append(r.zone().empty() ? "Empty" : r.zone().outcomes() + " packages").append(" of ")
                    .append(r.space().size()).append(" within every red line.\n");
        }
        return sb.toString();
    }

    private static String pkgRow(Case c, CasePackage p, StringBuilder out) {
        List<String> content = new ArrayList<>();
        for (int i = 0; i < p.outcome().length; i++) {
            content.add(c.issues().get(i).id() + "=" + c.issues().get(i).option(p.outcome()[i]));
        }
        List<String> u = new ArrayList<>();
        for (int j = 0; j < c.parties().size(); j++) {
            u.add(c.parties().get(j).id() + " " + f(p.utilities()[j]));
        }
        List<String> flags = new ArrayList<>();
        if (!p.belowReservation().isEmpty()) {
            flags.add("below reservation: " + String.join(", ", p.belowReservation()));
        }
        if (!p.crossesRedLines().isEmpty()) {
            flags.add("crosses red lines: " + String.join(", ", p.crossesRedLines()));
        }
        out.append(row(List.of(p.method(), String.join(", ", u), String.join(", ", content), p.why()
                + (flags.isEmpty() ? "" : " (" + String.join("; ", flags) + ")"))));
        return "";
    }

    private static String packages(Case c, List<CasePackage> ps) {
        StringBuilder sb = new StringBuilder(row(List.of("package", "utilities", "content", "why")));
        sb.append(row(List.of("---", "---", "---", "---")));
        ps.forEach(p -> pkgRow(c, p, sb));
        return sb.append('\n').toString();
    }

    /** The proposal report: packages, logrolling, Adjusted Winner, improvements, what it would take. */
    public static String propose(CasePackages.Proposal p) {
        Case c = p.caseFile();
        StringBuilder sb = new StringBuilder(header(c, "packages"));
        sb.append("Agreement zone: ").append(p.zone().empty() ? "empty" : p.zone().outcomes() + " packages");
        if (!p.unresolved().isEmpty()) {
            sb.append("; red lines leave no option on ").append(CaseComparison.join(p.unresolved()))
                    .append(", so every package leaves it unresolved at the status quo");
        }
        sb.append(".\n\n## Bargaining solutions\n\n").append(packages(c, p.solutions()));
        sb.append("## Logrolling\n\nIssues by priority ratio (").append(c.parties().get(0).id()).append(" first): ")
                .append(String.join(", ", p.logrollOrder())).append(".\n\n").append(packages(c, p.logroll()));
        if (p.adjustedWinner() != null) {
            sb.append("## Adjusted Winner\n\n");
            List<List<String>> rows = new ArrayList<>();
            for (int k = 0; k < p.adjustedWinner().issues().size(); k++) {
                rows.add(List.of(p.adjustedWinner().issues().get(k), f(p.adjustedWinner().pointsA()[k]),
                        f(p.adjustedWinner().pointsB()[k]), p.adjustedWinner().winners().get(k)));
            }
            sb.append(table(List.of("issue", c.parties().get(0).id() + " points", c.parties().get(1).id()
                    + " points", "gets its way"), rows));
            sb.append("Both end with ").append(f(p.adjustedWinner().total()[0])).append(" points. ")
                    .append(p.adjustedWinner().splitNote()).append("\n\n")
                    .append(packages(c, List.of(p.adjustedWinner().pkg())));
        }
        sb.append("## Improvements over the current partial agreement\n\n");
        sb.append(packages(c, List.of(p.baseline())));
        sb.append(p.improvements().isEmpty() ? "No package leaves every party at least as well off.\n\n"
                : packages(c, p.improvements()));
        sb.append("## What would it take\n\n");
        for (Relaxation r : p.whatItTakes()) {
            sb.append("- **").append(r.party()).append("**: ");
            if (r.reservationTo() != null) {
                sb.append(r.reservationTo() >= r.reservation() ? "the zone is open at its reservation level "
                        + f(r.reservation()) : "lower its reservation level from " + f(r.reservation()) + " to "
                        + f(r.reservationTo()));
            } else {
                sb.append("its reservation level alone cannot open the zone (").append(r.reservationNote())
                        .append(")");
            }
            for (Relaxation.RedLineLift l : r.redLines()) {
                sb.append("; lifting its red line on ").append(l.issue()).append('=').append(l.option())
                        .append(l.opens() ? " opens a zone of " + l.zoneOutcomes() + " packages (its best "
                        + f(l.best()) + ")" : " would still need its reservation level at " + f(l.reservationTo()));
            }
            sb.append(r.redLines().isEmpty() && r.reservationTo() == null ? "; no single red line opens it" : "")
                    .append(".\n");
        }
        return sb.toString();
    }

    /** The ledger report: pledged against delivered per commitment, then what is overdue, unverified, flagged. */
    public static String ledger(CaseLedgerJob.Result ledger) {
        Case c = ledger.caseFile();
        LocalDate at = ledger.at();
        List<CaseLedger.Entry> entries = ledger.entries();
        StringBuilder sb = new StringBuilder(header(c, "ledger"));
        sb.append("As of ").append(at).append(".\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (CaseLedger.Entry e : entries) {
            rows.add(List.of(e.commitment().id(), e.wording(), e.commitment().reciprocity().type().key(),
                    e.sideA() + " " + count(e.pledgedA()) + " / " + e.sideB() + " " + count(e.pledgedB()),
                    e.tranches().isEmpty() ? "no tranche recorded" : e.sideA() + " " + delivered(e.deliveredA(),
                            e.unreportedA()) + " / " + e.sideB() + " " + delivered(e.deliveredB(), e.unreportedB()),
                    balance(e.balance()),
                    Double.isNaN(e.completion()) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * e.completion())));
        }
        sb.append(table(List.of("commitment", "text", "reciprocity", "pledged", "delivered", "balance",
                "completion"), rows));
        for (CaseLedger.Entry e : entries) {
            List<String> lines = new ArrayList<>();
            e.overdue().forEach(o -> lines.add("overdue: " + o));
            e.disputed().forEach(o -> lines.add("disputed: " + o));
            if (!e.unverified().isEmpty()) {
                lines.add("unverified: " + String.join(", ", e.unverified()));
            }
            if (!Double.isNaN(e.compliance())) {
                Commitment.Reciprocity rec = e.commitment().reciprocity();
                lines.add(String.format(Locale.ROOT, "compliance %.2f: %s delivered %.2f times what the ratio %d:%d "
                        + "asks for %s's deliveries", e.compliance(), e.sideA(), e.compliance(), rec.obligorPart(),
                        rec.beneficiaryPart(), e.sideB()));
            }
            e.flags().forEach(o -> lines.add("flag: " + o));
            if (!lines.isEmpty()) {
                sb.append("### ").append(e.commitment().id()).append(' ').append(e.commitment().category())
                        .append("\n\n");
                lines.forEach(l -> sb.append("- ").append(l).append('\n'));
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String count(Long n) {
        return n == null ? "open" : CaseLedger.fmt(n);
    }

    /** A delivered figure: "not reported", or the reported sum and the tranches that did not report a count. */
    private static String delivered(Long n, List<String> unreported) {
        if (n == null) {
            return "not reported";
        }
        return CaseLedger.fmt(n) + (unreported.isEmpty() ? "" : " + not reported in "
                + String.join(", ", unreported.stream().map(t -> t.substring(0, t.indexOf(' '))).toList()));
    }

    /** A balance: whole counts with separators, a ratio's fraction to one decimal, "–" when there is none. */
    private static String balance(Double b) {
        if (b == null) {
            return "–";
        }
        return b == Math.rint(b) ? CaseLedger.fmt(b.longValue()) : String.format(Locale.ROOT, "%,.1f", b);
    }

    /** The simulation report: agents, the translation's notes, and the agreement with each party's utility. */
    public static String simulate(CaseSimulateJob.Result s) {
        Case c = s.caseFile();
        SessionResult r = s.session();
        CasePackage deal = s.deal();
        StringBuilder sb = new StringBuilder("# " + c.title() + ": simulation\n\n");
        sb.append("Agents: ").append(String.join(" vs ", s.agents())).append(", ")
                .append(s.deadline().isRounds() ? s.deadline().rounds() + " rounds" : s.deadline().seconds() + " s")
                .append(" (").append(c.horizon()).append(' ').append(c.period().key())
                .append("s of delay), seed ").append(s.seed()).append(".\n\n");
        for (String n : s.notes()) {
            sb.append("- ").append(n).append('\n');
        }
        sb.append('\n');
        if (deal == null) {
            sb.append("No agreement (").append(r.endedBy().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(" in round ").append(r.round()).append(")").append(r.error() == null ? ""
                    : ": " + r.error()).append(".\n");
        } else {
            sb.append(String.format(Locale.ROOT, "Agreement in round %d (t = %.4f): %s%n%n", r.round(), r.time(),
                    c.format(deal.outcome())));
            double[] reservations = OptionSpace.reservations(c);
            for (int j = 0; j < c.parties().size(); j++) {
                String id = c.parties().get(j).id();
                sb.append(String.format(Locale.ROOT, "- %s: %.4f (discounted %.4f)%s%n", id, deal.utilities()[j],
                        r.discountedUtilities()[j], deal.belowReservation().contains(id) ? String.format(Locale.ROOT,
                        ", **below its reservation level %.4f**", reservations[j]) : ""));
            }
            if (!deal.belowReservation().isEmpty()) {
                sb.append("\n**Below reservation:** the agreement leaves ")
                        .append(String.join(" and ", deal.belowReservation()))
                        .append(" below the reservation level: no agreement would have been better for ")
                        .append(deal.belowReservation().size() == 1 ? "it" : "them")
                        .append(". Agents that ignore reservation values (`boulware-party`, `conceder-party`, BOA "
                                + "agents) accept such deals; see docs/cases.md.\n");
            }
            if (!deal.crossesRedLines().isEmpty()) {
                sb.append("\n**Crosses red lines:** ").append(String.join(", ", deal.crossesRedLines()))
                        .append(".\n");
            }
        }
        return sb.toString();
    }
}
