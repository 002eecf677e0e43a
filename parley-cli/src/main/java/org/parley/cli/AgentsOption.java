package org.parley.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** {@code --agents AGENT...}: one agent per party, shared by {@code negotiate} and {@code case simulate}. */
final class AgentsOption {

    @Option(names = "--agents", required = true, paramLabel = "AGENT", parameterConsumer = ListValues.class,
            description = "One agent per party, in party order (party 1 first). " + ListValues.RULE)
    List<String> agents;

    /** Refuses a list that does not give one agent per party. */
    void checkCount(int parties) {
        if (agents.size() != parties) {
            throw new IllegalArgumentException("--agents names " + agents.size() + " agent"
                    + (agents.size() == 1 ? "" : "s") + " (" + String.join(", ", agents) + ") for " + parties
                    + " parties; give one agent per party, in party order");
        }
    }
}
