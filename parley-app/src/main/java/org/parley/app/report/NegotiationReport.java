package org.parley.app.report;

import java.util.List;
import java.util.Locale;
import org.parley.app.NegotiateJob;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.protocol.GeniusCsv;
import org.parley.protocol.SessionResult;

/** The human-readable summary of {@code negotiate}, and the session as a GENIUS tournament CSV. */
public final class NegotiationReport {

    private NegotiationReport() {
    }

    /** The summary: who negotiated, how it ended, each party's utilities. */
    public static String render(NegotiateJob.Result result) {
        Scenario scenario = result.scenario();
        SessionResult r = result.session();
        StringBuilder sb = new StringBuilder();
        sb.append("Negotiation on ").append(scenario.name()).append(": ");
        for (int j = 0; j < r.agentNames().size(); j++) {
            sb.append(j > 0 ? " vs " : "").append(r.agentNames().get(j)).append(" (")
                    .append(scenario.profiles().get(j).name()).append(')');
        }
        sb.append('\n');
        boolean singleText = !result.protocol().equals("saop");
        if (singleText) {
            sb.append("Protocol: single negotiating text, ").append(result.protocol()).append('\n');
        }
        switch (r.endedBy()) {
            case AGREEMENT -> sb.append(String.format(Locale.ROOT, "Agreement in round %d (t = %.4f) after %d actions:%n",
                    r.round(), r.time(), r.actions())).append("  ").append(scenario.domain().format(r.agreement()))
                    .append('\n');
            case END_NEGOTIATION -> sb.append(singleText ? String.format(Locale.ROOT, "No agreement: the mediator had "
                    + "nothing left to propose in round %d (t = %.4f) and the text is below a party's reservation "
                    + "value.%n", r.round(), r.time()) : String.format(Locale.ROOT,
                    "No agreement: a party ended the negotiation in round %d (t = %.4f).%n", r.round(), r.time()));
            case DEADLINE -> sb.append(singleText ? String.format(Locale.ROOT, "No agreement: at the deadline the text "
                    + "is below a party's reservation value (%d votes).%n", r.actions()) : String.format(Locale.ROOT,
                    "No agreement before the deadline (%d actions).%n", r.actions()));
            case ERROR -> sb.append("No agreement: the session failed: ").append(r.error()).append('\n');
            default -> throw new IllegalStateException();
        }
        sb.append("Utilities (undiscounted / discounted):\n");
        for (int j = 0; j < r.utilities().length; j++) {
            sb.append(String.format(Locale.ROOT, "  %-30s %.4f / %.4f%n", scenario.profiles().get(j).name(),
                    r.utilities()[j], r.discountedUtilities()[j]));
        }
        return sb.toString();
    }

    /**
     * The session as a GENIUS tournament CSV ({@code sep=;} header and one row, each line ending in a newline);
     * computes the scenario's Pareto frontier for the distance columns.
     */
    public static String geniusCsv(NegotiateJob.Result result) {
        List<Profile> profiles = result.scenario().profiles();
        return GeniusCsv.header(profiles.size()) + "\n"
                + GeniusCsv.row(result.session(), profiles, result.deadline(), result.frontier()) + "\n";
    }
}
