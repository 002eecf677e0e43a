package org.parley.formats.yaml;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.formats.FormatException;
import org.parley.formats.tournament.TournamentDefinition;

/**
 * Reads a tournament file ({@code parley-tournament: 1}, documented key by key in {@code docs/tournament.md}).
 * Every error is one line naming the file, the {@code line:column} and the problem; agent specs are checked against
 * {@link org.parley.agent.Agents} and scenario paths and globs against the file system (relative to the tournament
 * file's folder) while reading. Scenarios themselves are loaded later
 * ({@link org.parley.formats.tournament.TournamentScenarios}).
 */
public final class TournamentYaml {

    /** Largest tournament file accepted, in bytes. */
    public static final int MAX_BYTES = 1 << 20;

    private TournamentYaml() {
    }

    /** Reads and validates {@code file}. */
    public static TournamentDefinition read(Path file) {
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
        return new TournamentYamlReader(new YamlDoc(file)).read(YamlDoc.parse(file, text, MAX_BYTES + 1));
    }
}
