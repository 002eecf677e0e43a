package org.parley.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** {@code --agents AGENT...}: one agent per party, shared by {@code negotiate} and {@code case simulate}. */
final class AgentsOption {

    @Option(names = "--agents", arity = "1..*", required = true, paramLabel = "AGENT",
            description = "One agent per party, in party order.")
    List<String> agents;

    /** Refuses a list that does not give one agent per party. */
    void checkCount(int parties) {
        if (agents.size() != parties) {
            throw new IllegalArgumentException("--agents names " + agents.size() + " agents for " + parties
                    + " parties; give one agent per party, in party order");
        }
    }
}
