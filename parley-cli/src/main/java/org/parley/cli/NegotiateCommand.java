package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.agent.AgentFactory;
import org.parley.agent.Agents;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.analysis.ParetoFrontier;
import org.parley.formats.Scenarios;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.protocol.Agent;
import org.parley.protocol.Deadline;
import org.parley.protocol.GeniusCsv;
import org.parley.protocol.IsolatedRunner;
import org.parley.protocol.SaopSession;
import org.parley.protocol.SessionResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley negotiate}: one SAOP session between automated agents. */
@Command(name = "negotiate", mixinStandardHelpOptions = true,
        description = {"Run one Stacked Alternating Offers negotiation between automated agents.",
            "Give a domain and one profile per party (GENIUS XML or GeniusWeb JSON), or one YAML scenario, and one "
                + "agent per party in the same order. Party 1 opens."},
        footer = {"", "Agents: boulware, conceder, linear, hardliner, boulware-party, conceder-party, random, "
                + "tit-for-tat, micro, the BOA presets boa-boulware, boa-linear, boa-conceder, boa-mac, boa-hardheaded, "
                + "boa-recency, and BOA specs such as "
                + "'boa(offer=td(e=0.1),model=hardheaded,accept=combi(t=0.98))' (see docs/agents.md and docs/agents-boa.md).",
            "", "Example:",
            "  parley negotiate scenarios/anac/anac__y2012__ItexvsCypress/ItexvsCypress-A-domain.xml \\",
            "      scenarios/anac/anac__y2012__ItexvsCypress/ItexvsCypress-A-prof1.xml \\",
            "      scenarios/anac/anac__y2012__ItexvsCypress/ItexvsCypress-A-prof2.xml \\",
            "      --agents boulware conceder --rounds 180 --trace trace.csv --plot dance.png",
            "", "Exit codes: 0 ok (an agent's failure is reported in the result), 2 bad input."})
final class NegotiateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "DOMAIN PROFILE_A PROFILE_B [PROFILE_C...] or "
            + "SCENARIO.yaml")
    List<Path> files;

    @Option(names = "--agents", arity = "1..*", required = true, paramLabel = "AGENT",
            description = "One agent per party, in party order.")
    List<String> agents;

    @ArgGroup(exclusive = true, multiplicity = "1")
    DeadlineOption deadline;

    static final class DeadlineOption {
        @Option(names = "--rounds", paramLabel = "R", description = "Deadline in rounds (each party acts once a "
                + "round).")
        Integer rounds;

        @Option(names = "--seconds", paramLabel = "S", description = "Deadline in seconds of wall time.")
        Double seconds;

        Deadline toDeadline() {
            return rounds != null ? Deadline.rounds(rounds) : Deadline.seconds(seconds);
        }
    }

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Seed for every agent's "
            + "randomness (default: ${DEFAULT-VALUE}). Same seed, same result.")
    long seed;

    @Option(names = "--json", description = "Print exactly one JSON object on stdout.")
    boolean json;

    @Option(names = "--trace", paramLabel = "FILE.csv|FILE.jsonl", description = "Write every action: round, t, "
            + "party, agent, kind, offer, and every party's utility for it.")
    Path trace;

    @Option(names = "--genius-csv", paramLabel = "FILE.csv", description = "Write the session as a GENIUS "
            + "tournament CSV (sep=; header and one row).")
    Path geniusCsv;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "Draw the negotiation dance (offers in the "
            + "utility plane, frontier, Nash point) and each party's concession curve.")
    Path plot;

    @Option(names = "--call-budget", paramLabel = "SECONDS", description = "Longest an agent may spend in one call "
            + "(default: 60 for round deadlines, the deadline for time deadlines).")
    Double callBudget;

    @Override
    public Integer call() throws IOException {
        Scenario scenario = Scenarios.load(files);
        List<Profile> profiles = scenario.profiles();
        if (profiles.size() < 2) {
            throw new IllegalArgumentException("a negotiation needs at least two profiles; got " + profiles.size());
        }
        if (agents.size() != profiles.size()) {
            throw new IllegalArgumentException("--agents names " + agents.size() + " agents for " + profiles.size()
                    + " parties; give one agent per party, in party order");
        }
        List<AgentFactory> factories = new ArrayList<>();
        for (String a : agents) {
            factories.add(Agents.factory(a));
        }
        checkTarget(trace, "--trace", ".csv", ".jsonl");
        checkTarget(geniusCsv, "--genius-csv", ".csv");
        checkTarget(plot, "--plot", ".png");
        List<Agent> instances = new ArrayList<>();
        for (AgentFactory f : factories) {
            instances.add(f.create());
        }
        Deadline d = deadline.toDeadline();
        SaopSession.Builder b = SaopSession.builder().profiles(profiles).agents(instances).deadline(d).seed(seed)
                .keepTrace(trace != null || plot != null);
        if (callBudget != null) {
            if (!(callBudget > 0)) {
                throw new IllegalArgumentException("--call-budget must be positive, got " + callBudget);
            }
            b.callBudgetNanos((long) (callBudget * 1e9));
        }
        SessionResult r = IsolatedRunner.run(b.build());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(NegotiationJson.toJson(scenario, r));
        } else {
            out.print(NegotiationReport.render(scenario, r));
        }
        if (trace != null) {
            TraceWriter.write(scenario, r, trace);
        }
        if (geniusCsv != null) {
            Files.writeString(geniusCsv, GeniusCsv.header(profiles.size()) + "\n"
                    + GeniusCsv.row(r, profiles, d, frontier(profiles)) + "\n");
        }
        if (plot != null) {
            NegotiationPlot.write(scenario, r, frontier(profiles), plot);
        }
        out.flush();
        return 0;
    }

    static ParetoFrontier frontier(List<Profile> profiles) {
        return OutcomeSpaceAnalysis.frontier(profiles, OutcomeSpaceAnalysis.DEFAULT_MAX_ENUMERATION);
    }

    private static void checkTarget(Path file, String option, String... extensions) {
        if (file == null) {
            return;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean ok = false;
        for (String e : extensions) {
            ok |= name.endsWith(e);
        }
        if (!ok) {
            throw new IllegalArgumentException(option + " " + file + ": the file name must end in "
                    + String.join(" or ", extensions));
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(option + " " + file + ": folder " + dir + " does not exist");
        }
    }
}
