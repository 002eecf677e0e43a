package org.parley.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.agent.AgentRegistry;
import picocli.CommandLine.Option;

/** {@code --agent-path JAR|DIR}, repeatable: where agents of the user's own come from (a picocli mixin). */
final class AgentPathOption {

    /** What the CLI adds to an "unknown agent" error. */
    static final String ADVICE = "to use an agent from your own jar, pass the jar (or its folder) with "
            + "--agent-path JAR|DIR";

    @Option(names = "--agent-path", paramLabel = "JAR|DIR", description = {"A jar providing agents of your own "
        + "(its META-INF/services names an AgentProvider; see docs/agent-api.md), or a folder: every *.jar directly "
        + "in it, and the folder itself as a folder of classes.", "Or an agent manifest (NAME.agent.json, see "
        + "docs/agent-protocol.md) naming an agent process, or a folder of them. Repeatable."})
    List<Path> paths = new ArrayList<>();

    /** The built-in agents and those of the agent path. */
    AgentRegistry registry() {
        return AgentRegistry.builtIns().withAgentPath(paths);
    }
}
