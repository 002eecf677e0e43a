package org.parley.formats;

import java.nio.file.Path;

/**
 * A scenario file (or uploaded input) that cannot be read: names the source, where in it (line:column or a
 * JSON/YAML path) and what is wrong, in one line, e.g. {@code domain.xml:12:5: issue 'Price' has no values}.
 *
 * <p>The source is a file's path as given, or the name a caller gave to bytes or a stream; the message is the same
 * whichever way the same content was read.
 */
public final class FormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String location;
    private final String problem;

    /** A problem in {@code file}, named by its path as given ({@code file.toString()}). */
    public FormatException(Path file, String location, String problem) {
        this(file, location, problem, null);
    }

    public FormatException(Path file, String location, String problem, Throwable cause) {
        this(file == null ? null : file.toString(), location, problem, cause);
    }

    /**
     * @param source   the name of the input (a path, an upload's name), or null for an unnamed input
     * @param location {@code line:column}, a path such as {@code $.issueWeights.price}, or null
     * @param problem  what is wrong
     */
    public FormatException(String source, String location, String problem) {
        this(source, location, problem, null);
    }

    public FormatException(String source, String location, String problem, Throwable cause) {
        super(render(source, location, problem), cause);
        this.source = source;
        this.location = location;
        this.problem = problem;
    }

    /** The name of the input as the message gives it, or null for an unnamed input. */
    public String source() {
        return source;
    }

    /** {@code line:column}, a path such as {@code $.issueWeights.price}, or null. */
    public String location() {
        return location;
    }

    public String problem() {
        return problem;
    }

    private static String render(String source, String location, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(source == null ? "<input>" : source);
        if (location != null && !location.isEmpty()) {
            sb.append(location.startsWith("$") ? " at " : ":").append(location);
        }
        sb.append(": ").append(problem == null ? "unreadable" : problem.replace('\n', ' '));
        return sb.toString();
    }
}
