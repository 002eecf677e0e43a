package org.parley.formats.tournament;

import java.nio.file.Path;
import java.util.List;
import org.parley.protocol.Protocols;
import org.parley.tournament.TournamentSettings;

/**
 * A tournament file, read: its settings and where its scenarios come from (paths resolved against the file's
 * folder, or the base folder given with bytes; globs expanded).
 *
 * @param source    where the definition was read from: the tournament file's path as given, or the name of the bytes
 *                  or stream it was read from
 * @param name      the tournament's name (default: the file's base name)
 * @param settings  seed, deadline, repetitions, roles, parties, self-play, call budget, agents
 * @param scenarios the scenarios, in file order (a glob's matches sorted by path)
 * @param agentPath the jars and folders of {@code agentPath:} where agents of the user's own come from (resolved
 *                  against the file's folder or the base folder; see
 *                  {@link org.parley.agent.AgentRegistry#withAgentPath})
 * @param protocol  the protocol every session runs, as a spec: {@code saop} (default) or {@code snt(...)} (see
 *                  {@link Protocols})
 */
public record TournamentDefinition(String source, String name, TournamentSettings settings,
        List<ScenarioSource> scenarios, List<Path> agentPath, String protocol) {

    public TournamentDefinition {
        scenarios = List.copyOf(scenarios);
        agentPath = List.copyOf(agentPath);
        protocol = Protocols.spec(Protocols.parse(protocol == null ? "saop" : protocol));
    }

    /** A definition of SAOP sessions. */
    public TournamentDefinition(String source, String name, TournamentSettings settings,
            List<ScenarioSource> scenarios, List<Path> agentPath) {
        this(source, name, settings, scenarios, agentPath, "saop");
    }

    /** A definition without an agent path. */
    public TournamentDefinition(String source, String name, TournamentSettings settings,
            List<ScenarioSource> scenarios) {
        this(source, name, settings, scenarios, List.of());
    }
}
