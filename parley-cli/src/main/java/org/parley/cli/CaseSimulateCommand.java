package org.parley.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.app.CaseSimulateJob;
import org.parley.app.json.CaseJson;
import org.parley.app.report.CaseMarkdown;
import org.parley.formats.cases.CaseYaml;
import org.parley.mediation.Case;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley case simulate}: the case as a scenario, negotiated by automated agents. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Turn the case into a scenario (options within the red lines, reservation levels, each "
            + "party's cost of delay as its discount factor d = δ^horizon) and run one SAOP negotiation on it.",
            "Agents as for 'parley negotiate' (docs/agents.md), one per party in party order (default: "
                + CaseSimulateJob.DEFAULT_AGENT + " for every party, which never goes below its reservation level); "
                + "agents of your own with --agent-path JAR|DIR (docs/agent-api.md). The *-party agents and BOA "
                + "agents ignore reservation values, as in GENIUS: the report says so, and flags an agreement below a "
                + "party's reservation level."},
        footer = {"", CaseOptions.CASE_1, CaseOptions.CASE_2, CaseOptions.CASE_3, CaseOptions.CASE_4,
            "", "Examples:",
            "  parley case simulate examples/labour-2026/case.yaml --agents boulware conceder",
            "  parley case simulate examples/labour-2026/case.yaml --seconds 2 \\",
            "      --agents boulware,conceder --json",
            "", "Exit codes: 0 ok, 2 bad input (one line: file:line:col: problem)."})
final class CaseSimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseOptions.CaseFile caseFile;

    @Option(names = "--agents", paramLabel = "AGENT", parameterConsumer = ListValues.class,
            description = "One agent per party, in party order, party 1 first (default: " + CaseSimulateJob.DEFAULT_AGENT
                + " for every party). " + ListValues.RULE)
    List<String> agents;

    @Mixin
    AgentPathOption agentPath;

    @Mixin
    DeadlineOptions deadline;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    CaseOptions.Json json;

    @Override
    public Integer call() {
        Case c = CaseYaml.read(caseFile.file);
        List<String> chosen = agents == null ? CaseSimulateJob.defaultAgents(c.parties().size()) : agents;
        if (chosen.size() != c.parties().size()) {
            throw new IllegalArgumentException("--agents names " + chosen.size() + " agent"
                    + (chosen.size() == 1 ? "" : "s") + " (" + String.join(", ", chosen) + ") for "
                    + c.parties().size() + " parties; give one agent per party, in party order");
        }
        CaseSimulateJob.Result r = new CaseSimulateJob(agentPath.registry()::factory)
                .run(new CaseSimulateJob.Request(c, chosen, deadline.deadline(), deadline.callBudget(), seed));
        PrintWriter out = spec.commandLine().getOut();
        if (json.json) {
            out.println(CaseJson.simulate(r));
        } else {
            out.print(CaseMarkdown.simulate(r));
        }
        out.flush();
        return 0;
    }
}
