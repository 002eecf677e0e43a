package org.parley.domain;

/**
 * One negotiable issue: a finite, ordered list of values addressed by index {@code 0..size()-1}.
 *
 * <p>Outcomes store value indices, never value objects, so every analysis works on {@code int[]}.
 */
public sealed interface Issue permits DiscreteIssue, IntegerIssue, RealIssue {

    /** Largest number of values an issue may have; larger issues are refused when loaded. */
    int MAX_VALUES = 10_000_000;

    String name();

    /** Number of (enumerated) values. */
    int size();

    /** The value at {@code index} as text, e.g. {@code "Arabica"}, {@code "3"} or {@code "0.25"}. */
    String label(int index);

    /**
     * The value at {@code index} as a number, for integer and real issues; discrete issues throw.
     */
    double numericValue(int index);

    /** Index of the value whose label is {@code label}, or -1 when the issue has no such value. */
    int indexOf(String label);

    /** True for integer and real issues, whose values are numbers. */
    default boolean isNumeric() {
        return !(this instanceof DiscreteIssue);
    }

    /** Throws a clear error when {@code index} is not one of this issue's value indices. */
    default void checkIndex(int index) {
        if (index < 0 || index >= size()) {
            throw new IllegalArgumentException(
                    "value index " + index + " is out of range for issue '" + name() + "' with " + size() + " values");
        }
    }

    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an issue needs a non-blank name");
        }
        org.parley.util.Names.requireNoControl(name, "issue");
        return name;
    }
}
