package org.parley.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.agent.AgentRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley agents}: every agent name the other commands accept, with its one-line description. */
@Command(name = "agents", mixinStandardHelpOptions = true,
        description = {"List the agents 'negotiate', 'tournament' and 'case simulate' accept: the built-in ones, the "
            + "BOA presets, and those provided by the jars of --agent-path, one per line with its description and, "
            + "for a provided one, where it comes from.",
            "BOA agents can also be assembled from parts (docs/agents-boa.md)."},
        footer = {"", "A BOA agent from parts:", "  boa(offer=...,model=...,oms=...,accept=...)",
            "", "Writing an agent of your own: docs/agent-api.md.", "", "Exit codes: 0 ok, 2 bad input."})
final class AgentsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AgentPathOption agentPath;

    @Override
    public Integer call() {
        AgentRegistry registry = agentPath.registry();
        int width = 0;
        for (String name : registry.names()) {
            width = Math.max(width, name.length());
        }
        PrintWriter out = spec.commandLine().getOut();
        for (String name : registry.names()) {
            String origin = registry.origin(name);
            out.printf(Locale.ROOT, "%-" + width + "s  %s%s%n", name, registry.description(name),
                    origin.equals("built-in") ? "" : "  [" + origin + "]");
        }
        out.flush();
        return 0;
    }
}
