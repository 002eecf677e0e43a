package org.parley.formats.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.formats.FileKind;
import org.parley.formats.FormatException;
import org.parley.formats.Sources;
import org.parley.mediation.Case;

/**
 * Reads a case file ({@code docs/cases.md}): YAML through snakeyaml-engine, validated against
 * {@code docs/case.schema.json} and then semantically (options and issues that exist, points adding up to 100,
 * dates, references). Every error is one {@link FormatException} {@code file:line:col: problem}; read from bytes or a
 * stream, the source name given takes the file's place.
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

    /** Reads and validates a case from UTF-8 {@code bytes} (not kept); {@code source} names it in errors. */
    public static Case read(String source, byte[] bytes) {
        return parse(Sources.utf8(source, bytes, MAX_BYTES), source);
    }

    /** Like {@link #read(String, byte[])}, from a stream (read up to {@link #MAX_BYTES}; not closed). */
    public static Case read(String source, InputStream in) {
        return read(source, Sources.read(source, in, MAX_BYTES));
    }

    /** Reads and validates case text; {@code source} names it in errors (may be null). */
    public static Case parse(String text, Path source) {
        return parse(text, source == null ? null : source.toString());
    }

    private static Case parse(String text, String source) {
        if (text.length() > MAX_BYTES) {
            throw new FormatException(source, null, "input is " + text.length() + " characters; the limit is "
                    + MAX_BYTES);
        }
        CaseTree tree = CaseTree.parse(source, text);
        if (!tree.root().isObject()) {
            throw tree.error("", "a case file must be a mapping (key: value), got " + CaseSchema.describe(tree.root()));
        }
        List<String> keys = new ArrayList<>();
        tree.root().fieldNames().forEachRemaining(keys::add);
        String other = FileKind.wrongKind(keys, FileKind.CASE);
        if (other != null) {
            throw tree.error("", other);
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
        byte[] bytes;
        try {
            bytes = Sources.read(file, MAX_BYTES);
        } catch (FormatException e) {
            if (e.getCause() instanceof IOException io) {
                // case files have always named only the system's reason, e.g. "cannot read: Is a directory"
                throw new FormatException(file, null, "cannot read: " + io.getMessage(), io);
            }
            throw e;
        }
        return Sources.utf8(file.toString(), bytes, MAX_BYTES);
    }
}
