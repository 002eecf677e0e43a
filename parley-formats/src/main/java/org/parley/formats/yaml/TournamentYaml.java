package org.parley.formats.yaml;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.agent.AgentRegistry;
import org.parley.formats.FormatException;
import org.parley.formats.Sources;
import org.parley.formats.tournament.TournamentDefinition;

/**
 * Reads a tournament file ({@code parley-tournament: 1}, documented key by key in {@code docs/tournament.md}).
 * Every error is one line naming the file, the {@code line:column} and the problem; agent specs are checked against
 * an {@link AgentRegistry} (extended by the file's {@code agentPath:}) and scenario paths and globs against the file
 * system (relative to the tournament file's folder) while reading. Scenarios themselves are loaded later
 * ({@link org.parley.formats.tournament.TournamentScenarios}).
 */
public final class TournamentYaml {

    /** Largest tournament file accepted, in bytes. */
    public static final int MAX_BYTES = 1 << 20;

    private TournamentYaml() {
    }

    /** Reads and validates {@code file}, whose agents are built-ins or come from its own {@code agentPath:}. */
    public static TournamentDefinition read(Path file) {
        return read(file, AgentRegistry.builtIns());
    }

    /**
     * Reads and validates {@code file}; its agent specs must name agents of {@code agents} or of the jars its
     * {@code agentPath:} lists (loaded to check them, then released; the definition keeps their paths). Relative
     * scenario and agent paths are resolved against the file's folder.
     */
    public static TournamentDefinition read(Path file, AgentRegistry agents) {
        if (!Files.isRegularFile(file)) {
            throw new FormatException(file, null, Files.exists(file) ? "not a regular file" : "no such file");
        }
        Path base = file.getParent() == null ? Path.of("") : file.getParent();
        return read(file.toString(), Sources.read(file, MAX_BYTES), base, agents);
    }

    /** {@link #read(String, byte[], Path, AgentRegistry)} with the built-in agents. */
    public static TournamentDefinition read(String source, byte[] bytes, Path base) {
        return read(source, bytes, base, AgentRegistry.builtIns());
    }

    /**
     * Reads and validates a tournament from UTF-8 {@code bytes} (not kept): {@code source} names it in errors and
     * gives the default tournament name; relative scenario paths, globs and {@code agentPath:} entries are resolved
     * against {@code base}; agent specs must name agents of {@code agents} or of the {@code agentPath:} jars.
     */
    public static TournamentDefinition read(String source, byte[] bytes, Path base, AgentRegistry agents) {
        String text = Sources.utf8(source, bytes, MAX_BYTES);
        return new TournamentYamlReader(new YamlDoc(source), base, agents)
                .read(YamlDoc.parse(source, text, MAX_BYTES + 1));
    }

    /** Like {@link #read(String, byte[], Path, AgentRegistry)}, from a stream (read up to the limit; not closed). */
    public static TournamentDefinition read(String source, InputStream in, Path base, AgentRegistry agents) {
        return read(source, Sources.read(source, in, MAX_BYTES), base, agents);
    }

    /** {@link #read(String, InputStream, Path, AgentRegistry)} with the built-in agents. */
    public static TournamentDefinition read(String source, InputStream in, Path base) {
        return read(source, in, base, AgentRegistry.builtIns());
    }
}
