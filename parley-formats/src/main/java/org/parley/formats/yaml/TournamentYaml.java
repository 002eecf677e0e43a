package org.parley.formats.yaml;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.agent.AgentRegistry;
import org.parley.formats.FormatException;
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
     * {@code agentPath:} lists (loaded to check them, then released; the definition keeps their paths).
     */
    public static TournamentDefinition read(Path file, AgentRegistry agents) {
        String text;
        try {
            if (!Files.isRegularFile(file)) {
                throw new FormatException(file, null, Files.exists(file) ? "not a regular file" : "no such file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new FormatException(file, null, "file is " + size + " bytes; the limit is " + MAX_BYTES);
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new FormatException(file, null, "file is not valid UTF-8", e);
        } catch (IOException e) {
            throw new FormatException(file, null, "cannot read: " + e, e);
        }
        return new TournamentYamlReader(new YamlDoc(file), agents).read(YamlDoc.parse(file, text, MAX_BYTES + 1));
    }
}
