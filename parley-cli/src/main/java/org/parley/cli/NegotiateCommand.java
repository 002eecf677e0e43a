package org.parley.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.app.NegotiateJob;
import org.parley.app.json.NegotiationJson;
import org.parley.app.report.NegotiationPlot;
import org.parley.app.report.NegotiationReport;
import org.parley.app.report.NegotiationTrace;
import org.parley.app.report.PlotFormat;
import org.parley.formats.Scenarios;
import org.parley.preference.Scenario;
import org.parley.protocol.Protocols;
import org.parley.protocol.SessionFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley negotiate}: one SAOP session between automated agents. */
@Command(name = "negotiate", mixinStandardHelpOptions = true,
        description = {"Run one Stacked Alternating Offers negotiation between automated agents.",
            "Give a domain and one profile per party (GENIUS XML or GeniusWeb JSON), or one YAML scenario, and one "
                + "agent per party in the same order. Party 1 opens."},
        footer = {"", "Agents: boulware, conceder, linear, hardliner, boulware-party, conceder-party,",
            "random, tit-for-tat, micro, the BOA presets boa-boulware, boa-linear,",
            "boa-conceder, boa-mac, boa-hardheaded, boa-recency, and BOA specs such as",
            "  'boa(offer=td(e=0.1),model=hardheaded,accept=combi(t=0.98))'",
            "('parley agents' lists them; docs/agents.md, docs/agents-boa.md). Agents of",
            "your own: --agent-path JAR|DIR (docs/agent-api.md).",
            "", "Parties are numbered from 1, in the order of the profiles; party 1 opens.",
            "", "Examples (the first writes into /tmp/parley: mkdir -p /tmp/parley):",
            "  parley negotiate \\",
            "      scenarios/anac/anac__y2012__ItexvsCypress/ItexvsCypress-A-domain.xml \\",
            "      scenarios/anac/anac__y2012__ItexvsCypress/ItexvsCypress-A-prof1.xml \\",
            "      scenarios/anac/anac__y2012__ItexvsCypress/ItexvsCypress-A-prof2.xml \\",
            "      --agents boulware conceder --rounds 180 \\",
            "      --trace /tmp/parley/trace.csv --plot /tmp/parley/dance.png",
            "  parley negotiate examples/coffee.yaml --agents boulware,conceder --seconds 2",
            "", "Exit codes: 0 ok (an agent's failure is reported in the result), 1 internal",
            "error (parley's own fault), 2 bad input."})
final class NegotiateCommand implements Callable<Integer> {

    /** Builds the session (tests inject a faulty one). */
    private final SessionFactory sessions;

    NegotiateCommand() {
        this(SessionFactory.standard());
    }

    NegotiateCommand(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "DOMAIN PROFILE_A PROFILE_B [PROFILE_C...], "
            + "SCENARIO.yaml or a NegMAS scenario FOLDER")
    List<Path> files;

    @Mixin
    AgentsOption agents;

    @Mixin
    AgentPathOption agentPath;

    @Mixin
    DeadlineOptions deadline;

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

    @Option(names = "--plot", paramLabel = "FILE.png|FILE.svg", description = "Draw the negotiation dance (offers "
            + "in the utility plane, frontier, Nash point) and each party's concession curve.")
    Path plot;

    @Option(names = "--protocol", paramLabel = "SPEC", defaultValue = "saop", description = "The protocol: saop "
            + "(alternating offers, the default) or snt, the mediated single negotiating text whose parties vote "
            + "(e.g. --agents truthful truthful); see docs/protocols.md for its options.")
    String protocol;

    @Override
    public Integer call() throws IOException {
        Scenario scenario = Scenarios.load(files, note -> spec.commandLine().getErr().println("parley: note: " + note));
        NegotiateJob.checkScenario(scenario);
        agents.checkCount(scenario.profiles().size());
        SessionFactory factory = "saop".equalsIgnoreCase(protocol.trim()) ? sessions
                : new SessionFactory(Protocols.parse(protocol), sessions.clock());
        NegotiateJob job = new NegotiateJob(agentPath.registry()::factory, factory);
        job.factories(agents.agents); // an unknown agent is refused before the output targets are checked
        checkTarget(trace, "--trace", ".csv", ".jsonl");
        checkTarget(geniusCsv, "--genius-csv", ".csv");
        PlotFormat plotFormat = plot == null ? null : PlotOption.format(plot);
        NegotiateJob.Result r = job.run(new NegotiateJob.Request(scenario, agents.agents, deadline.deadline(), seed,
                deadline.callBudget(), trace != null || plot != null));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(NegotiationJson.toJson(r));
        } else {
            out.print(NegotiationReport.render(r));
        }
        if (trace != null) {
            try (BufferedWriter w = Files.newBufferedWriter(trace)) {
                NegotiationTrace.write(r, NegotiationTrace.Format.of(trace.getFileName().toString()), w);
            }
        }
        if (geniusCsv != null) {
            Files.writeString(geniusCsv, NegotiationReport.geniusCsv(r));
        }
        if (plot != null) {
            try (OutputStream o = Files.newOutputStream(plot)) {
                NegotiationPlot.write(r, r.frontier(), plotFormat, o);
            }
        }
        out.flush();
        return 0;
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
