package org.parley.app;

import java.nio.file.Path;
import java.util.Objects;
import org.parley.formats.cases.TrancheRecorder;
import org.parley.mediation.Tranche;

/**
 * {@code case record}: appends one tranche (what was delivered under a commitment on a date) to a case's
 * {@code tranches:} list as text, keeping the rest of the case byte for byte; the tranche is checked against the case
 * and the result validated before it is kept, and nothing changes when it is not valid. A tranche that repeats one
 * already recorded (same commitment, date and counts) is refused unless repeats are allowed
 * ({@link org.parley.formats.cases.DuplicateTrancheException}).
 *
 * <p>Two variants: {@link #append} takes the case text and returns the new text (for a front end that keeps the case
 * elsewhere); {@link #record} updates a case file in place, under the file's lock, keeping its mode and links
 * ({@link org.parley.formats.FileUpdate}).
 */
public final class CaseRecordJob {

    /**
     * A case text with the tranche appended.
     *
     * @param text    the whole new case text
     * @param tranche the tranche as read back from it
     */
    public record Result(String text, Tranche tranche) {

        public Result {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(tranche, "tranche");
        }
    }

    private CaseRecordJob() {
    }

    /** {@link #append(String, Path, TrancheRecorder.Entry, boolean)} refusing repeats. */
    public static Result append(String text, Path source, TrancheRecorder.Entry entry) {
        return append(text, source, entry, false);
    }

    /**
     * Appends {@code entry} to the case {@code text}; {@code source} names the case in error messages (may be null).
     *
     * @param allowRepeat record it even when it repeats a recorded tranche
     * @throws org.parley.formats.FormatException when the case or the tranche is not valid (e.g. an unknown
     *         commitment or side, a tranche id already recorded)
     * @throws org.parley.formats.cases.DuplicateTrancheException when it repeats a tranche and repeats are not allowed
     */
    public static Result append(String text, Path source, TrancheRecorder.Entry entry, boolean allowRepeat) {
        TrancheRecorder.Appended a = TrancheRecorder.appendTranche(text, source, entry, allowRepeat);
        return new Result(a.text(), a.tranche());
    }

    /** {@link #record(Path, TrancheRecorder.Entry, boolean)} refusing repeats. */
    public static Tranche record(Path file, TrancheRecorder.Entry entry) {
        return record(file, entry, false);
    }

    /**
     * Appends {@code entry} to the case file {@code file} under its lock (numbered after whatever was recorded
     * meanwhile); returns the tranche recorded.
     */
    public static Tranche record(Path file, TrancheRecorder.Entry entry, boolean allowRepeat) {
        return TrancheRecorder.record(file, entry, allowRepeat);
    }
}
