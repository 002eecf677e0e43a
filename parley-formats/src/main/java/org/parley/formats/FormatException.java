package org.parley.formats;

import java.nio.file.Path;

/**
 * A scenario file that cannot be read: names the file, where in it (line:column or a JSON/YAML path) and what is
 * wrong, in one line, e.g. {@code domain.xml:12:5: issue 'Price' has no values}.
 */
public final class FormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final String location;
    private final String problem;

    public FormatException(Path file, String location, String problem) {
        this(file, location, problem, null);
    }

    public FormatException(Path file, String location, String problem, Throwable cause) {
        super(render(file, location, problem), cause);
        this.file = file;
        this.location = location;
        this.problem = problem;
    }

    /** The file, or null when reading from a stream. */
    public Path file() {
        return file;
    }

    /** {@code line:column}, a path such as {@code $.issueWeights.price}, or null. */
    public String location() {
        return location;
    }

    public String problem() {
        return problem;
    }

    private static String render(Path file, String location, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file.toString());
        if (location != null && !location.isEmpty()) {
            sb.append(location.startsWith("$") ? " at " : ":").append(location);
        }
        sb.append(": ").append(problem == null ? "unreadable" : problem.replace('\n', ' '));
        return sb.toString();
    }
}
