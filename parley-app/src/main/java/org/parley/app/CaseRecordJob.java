package org.parley.app;

import java.nio.file.Path;
import java.util.Objects;
import org.parley.formats.cases.CaseYaml;
import org.parley.formats.cases.TrancheRecorder;
import org.parley.mediation.Case;
import org.parley.mediation.Tranche;

/**
 * {@code case record}: appends one tranche (what was delivered under a commitment on a date) to a case's
 * {@code tranches:} list as text, keeping the rest of the case byte for byte; the result is validated before it is
 * kept, and nothing changes when it is not valid.
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

    /**
     * Appends {@code entry} to the case {@code text}; {@code source} names the case in error messages (may be null).
     *
     * @throws org.parley.formats.FormatException when the case or the result is not valid (e.g. an unknown commitment
     *         or party, a tranche id already recorded)
     */
    public static Result append(String text, Path source, TrancheRecorder.Entry entry) {
        String updated = TrancheRecorder.append(text, source, entry);
        Case c = CaseYaml.parse(updated, source);
        return new Result(updated, c.tranches().get(c.tranches().size() - 1));
    }

    /** Appends {@code entry} to the case file {@code file} in place, atomically; returns the tranche recorded. */
    public static Tranche record(Path file, TrancheRecorder.Entry entry) {
        return TrancheRecorder.record(file, entry);
    }
}
