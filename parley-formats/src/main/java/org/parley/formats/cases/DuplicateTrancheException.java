package org.parley.formats.cases;

import java.nio.file.Path;

/**
 * The tranche to record repeats one the case already has: the same commitment, date and counts (a count not
 * reported matching one not reported). Nothing was written. The message describes the state; a front end adds how
 * to record it anyway.
 */
public final class DuplicateTrancheException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String existing;

    /** {@code existing} in {@code file} already records the tranche, as {@code problem} says. */
    public DuplicateTrancheException(Path file, String existing, String problem) {
        super((file == null ? "<input>" : file.toString()) + ": " + problem);
        this.file = file;
        this.existing = existing;
    }

    /** The case file, or null. */
    public Path file() {
        return file;
    }

    /** The id of the tranche already recorded. */
    public String existing() {
        return existing;
    }
}
