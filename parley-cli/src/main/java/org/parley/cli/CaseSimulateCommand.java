package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.agent.Agents;
import org.parley.formats.cases.CaseYaml;
import org.parley.mediation.Case;
import org.parley.mediation.CasePackage;
import org.parley.mediation.CaseSimulation;
import org.parley.protocol.Agent;
import org.parley.protocol.Deadline;
import org.parley.protocol.IsolatedRunner;
import org.parley.protocol.SaopSession;
import org.parley.protocol.SessionResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley case simulate}: the case as a scenario, negotiated by automated agents. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Turn the case into a scenario (options within the red lines, reservation levels, each "
            + "party's cost of delay as its discount factor d = δ^horizon) and run one SAOP negotiation on it.",
            "Agents as for 'parley negotiate' (docs/agents.md), one per party in party order."})
final class CaseSimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE.yaml")
    Path file;

    @Option(names = "--agents", arity = "1..*", required = true, paramLabel = "AGENT",
            description = "One agent per party, in party order.")
    List<String> agents;

    @Option(names = "--rounds", defaultValue = "100", paramLabel = "R",
            description = "Deadline in rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Case c = CaseYaml.read(file);
        if (agents.size() != c.parties().size()) {
            throw new IllegalArgumentException("--agents names " + agents.size() + " agents for "
                    + c.parties().size() + " parties; give one agent per party, in party order");
        }
        List<Agent> instances = new ArrayList<>();
        for (String a : agents) {
            instances.add(Agents.factory(a).create());
        }
        CaseSimulation sim = CaseSimulation.of(c);
        SessionResult r = IsolatedRunner.run(SaopSession.builder().profiles(sim.scenario().profiles())
                .agents(instances).deadline(Deadline.rounds(rounds)).seed(seed).build());
        CasePackage deal = r.hasAgreement() ? sim.agreement(r.agreement()) : null;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.put("case", c.id());
            root.putPOJO("agents", agents);
            root.set("agreement", deal == null ? null : CaseJson.pkg(c, deal));
            root.put("round", r.round());
            root.put("time", r.time());
            ArrayNode du = root.putArray("discountedUtilities");
            for (double u : r.discountedUtilities()) {
                du.add(u);
            }
            ArrayNode d = root.putArray("discountFactors");
            for (double x : sim.discounts()) {
                d.add(x);
            }
            root.putPOJO("notes", sim.notes());
            root.put("error", r.error());
            out.println(new ObjectMapper().writeValueAsString(root));
        } else {
            StringBuilder sb = new StringBuilder("# " + c.title() + ": simulation\n\n");
            sb.append("Agents: ").append(String.join(" vs ", agents)).append(", ").append(rounds)
                    .append(" rounds (").append(c.horizon()).append(' ').append(c.period().key())
                    .append("s of delay), seed ").append(seed).append(".\n\n");
            for (String n : sim.notes()) {
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
                for (int j = 0; j < c.parties().size(); j++) {
                    sb.append(String.format(Locale.ROOT, "- %s: %.4f (discounted %.4f)%n", c.parties().get(j).id(),
                            deal.utilities()[j], r.discountedUtilities()[j]));
                }
            }
            out.print(sb);
        }
        out.flush();
        return 0;
    }
}
