package org.parley.formats.tournament;

import java.nio.file.Path;

/**
 * A folder cannot be used for a tournament's results as asked. The message describes the folder's state only; a
 * front end adds what to do about it (the command line names its flags), keyed by {@link #problem()}.
 */
public final class ResultFolderException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the folder. */
    public enum Problem {
        /** The folder is not empty and resuming was not asked for. */
        NOT_EMPTY,
        /** Resuming was asked for, but the folder holds no manifest, so it is not a tournament's results. */
        NOT_RESULTS,
        /** The folder holds the results of a different tournament (settings, agents or scenarios differ). */
        OTHER_TOURNAMENT,
        /** The folder holds no results file to summarise. */
        NO_RESULTS
    }

    private final Problem problem;
    private final transient Path dir;

    /** {@code problem} with {@code dir}, described by {@code message}. */
    public ResultFolderException(Problem problem, Path dir, String message) {
        super(message);
        this.problem = problem;
        this.dir = dir;
    }

    public Problem problem() {
        return problem;
    }

    /** The folder. */
    public Path dir() {
        return dir;
    }
}
