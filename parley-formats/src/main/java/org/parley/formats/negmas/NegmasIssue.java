package org.parley.formats.negmas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One issue of a NegMAS outcome space, as its file states it. Values are typed as NegMAS holds them: text
 * ({@link String}), integers ({@link Long}) or floats ({@link Double}).
 */
public sealed interface NegmasIssue permits NegmasIssue.Categorical, NegmasIssue.Contiguous, NegmasIssue.Continuous {

    String name();

    /** The short type tag written for this issue. */
    String tag();

    /** True when the issue has finitely many values. */
    default boolean finite() {
        return !(this instanceof Continuous);
    }

    /**
     * An issue with an explicit list of values: {@code CategoricalIssue} (any scalars, unordered),
     * {@code DiscreteCardinalIssue} (integers) or {@code DiscreteOrdinalIssue} (orderable values such as floats).
     *
     * @param tag    one of the three tags above
     * @param values the values in enumeration order, each a String, Long or Double; no two equal (numbers compare
     *               numerically, so 2 and 2.0 are equal, as in Python)
     */
    record Categorical(String name, String tag, List<Object> values) implements NegmasIssue {
        public Categorical {
            requireName(name);
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("issue '" + name + "' has no values");
            }
            Map<Object, Object> seen = new HashMap<>();
            for (Object v : values) {
                if (!(v instanceof String || v instanceof Long || v instanceof Double)) {
                    throw new IllegalArgumentException("issue '" + name + "' has the value " + v
                            + "; values must be text or numbers");
                }
                Object prev = seen.putIfAbsent(Values.key(v), v);
                if (prev != null) {
                    throw new IllegalArgumentException("issue '" + name + "' lists the value " + Values.show(v)
                            + " twice" + (prev.equals(v) ? "" : " (as " + Values.show(prev) + " too)"));
                }
            }
        }

        /** True when every value is a number, so numeric value functions apply. */
        public boolean numeric() {
            return values.stream().allMatch(v -> v instanceof Number);
        }
    }

    /** {@code ContiguousIssue}: the integers {@code lo..hi}, both included. */
    record Contiguous(String name, long lo, long hi) implements NegmasIssue {
        public Contiguous {
            requireName(name);
            if (hi < lo) {
                throw new IllegalArgumentException("issue '" + name + "' has upper bound " + hi + " below its lower "
                        + "bound " + lo);
            }
        }

        @Override
        public String tag() {
            return "ContiguousIssue";
        }

        /** The values lo..hi as Longs. */
        public List<Object> values() {
            List<Object> out = new ArrayList<>();
            for (long v = lo; v <= hi; v++) {
                out.add(v);
            }
            return out;
        }
    }

    /**
     * {@code ContinuousIssue}: every real in {@code [lo, hi]}.
     *
     * @param levels the {@code n_levels} discretisation hint, or null when the file has none
     */
    record Continuous(String name, double lo, double hi, Integer levels) implements NegmasIssue {
        public Continuous {
            requireName(name);
            if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
                throw new IllegalArgumentException("issue '" + name + "' has an unbounded range [" + lo + ", " + hi
                        + "]");
            }
            if (hi < lo) {
                throw new IllegalArgumentException("issue '" + name + "' has upper bound " + hi + " below its lower "
                        + "bound " + lo);
            }
            if (levels != null && levels < 2) {
                throw new IllegalArgumentException("issue '" + name + "' has n_levels " + levels + "; at least 2 "
                        + "are needed");
            }
        }

        @Override
        public String tag() {
            return "ContinuousIssue";
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an issue needs a non-blank name");
        }
    }
}
