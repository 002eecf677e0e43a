package org.parley.formats.cases;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.formats.FormatException;
import org.parley.mediation.Case;

/**
 * Reads a case file ({@code docs/cases.md}): YAML through snakeyaml-engine, validated against
 * {@code docs/case.schema.json} and then semantically (options and issues that exist, points adding up to 100,
 * dates, references). Every error is one {@link FormatException} {@code file:line:col: problem}.
 */
public final class CaseYaml {

    /** Largest case file accepted, in bytes. */
    public static final int MAX_BYTES = 16 << 20;

    private CaseYaml() {
    }

    /** Reads and validates a case file. */
    public static Case read(Path file) {
        return parse(text(file), file);
    }

    /** Reads and validates case text; {@code source} names it in errors (may be null). */
    public static Case parse(String text, Path source) {
        if (text.length() > MAX_BYTES) {
            throw new FormatException(source, null, "input is " + text.length() + " characters; the limit is "
                    + MAX_BYTES);
        }
        CaseTree tree = CaseTree.parse(source, text);
        if (!tree.root().isObject()) {
            throw tree.error("", "a case file must be a mapping (key: value), got " + CaseSchema.describe(tree.root()));
        }
        CaseSchema.validate(tree);
        try {
            return CaseReader.read(tree);
        } catch (IllegalArgumentException e) {
            throw new FormatException(source, tree.where(""), e.getMessage(), e);
        }
    }

    /** The file's text (UTF-8, at most {@link #MAX_BYTES}). */
    static String text(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new FormatException(file, null, "file is " + size + " bytes; the limit is " + MAX_BYTES);
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new FormatException(file, null, "file is not valid UTF-8", e);
        } catch (IOException e) {
            throw new FormatException(file, null, "cannot read: " + e.getMessage(), e);
        }
    }
}
