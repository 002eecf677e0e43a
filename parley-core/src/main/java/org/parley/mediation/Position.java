package org.parley.mediation;

import java.util.List;

/**
 * The position a document states on one issue: one option, a set of acceptable options, or silence.
 *
 * @param kind    which of the three
 * @param options the option indices (one for {@link Kind#ONE}, several for {@link Kind#SET}, none when silent)
 */
public record Position(Kind kind, List<Integer> options) {

    /** The three kinds of position. */
    public enum Kind {
        /** Exactly one option. */
        ONE,
        /** Any of several options is acceptable. */
        SET,
        /** The document does not state a position. */
        SILENT
    }

    /** The silent position. */
    public static final Position SILENT = new Position(Kind.SILENT, List.of());

    /** Checks that the option count matches the kind. */
    public Position {
        options = List.copyOf(options);
        if (kind == Kind.ONE && options.size() != 1 || kind == Kind.SILENT && !options.isEmpty()
                || kind == Kind.SET && options.isEmpty()) {
            throw new IllegalArgumentException("a " + kind + " position cannot have " + options.size() + " options");
        }
    }

    /** One option. */
    public static Position one(int option) {
        return new Position(Kind.ONE, List.of(option));
    }

    /** A set of acceptable options (one option makes a {@link Kind#ONE} position). */
    public static Position set(List<Integer> options) {
        List<Integer> distinct = options.stream().distinct().sorted().toList();
        return distinct.size() == 1 ? one(distinct.get(0)) : new Position(Kind.SET, distinct);
    }

    /** True when silent. */
    public boolean silent() {
        return kind == Kind.SILENT;
    }

    /** The labels of the options on {@code issue}. */
    public List<String> labels(CaseIssue issue) {
        return options.stream().map(issue::option).toList();
    }
}
