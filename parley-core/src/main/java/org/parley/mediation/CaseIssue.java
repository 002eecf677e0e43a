package org.parley.mediation;

import java.math.BigDecimal;
import java.util.List;
import org.parley.methods.GapMetrics;

/**
 * One issue of a case with its options.
 *
 * <p>Categorical and ordinal issues list named options (ordinal ones in scale order). Numeric and quantity issues
 * have numbers as options, ascending: a grid {@code min, min + step, ..., max} or a list; their labels are the
 * numbers in plain decimal notation (e.g. {@code 3.5}, {@code 1000}).
 *
 * @param id          the short name used in the case (e.g. {@code ceasefire})
 * @param label       the display name
 * @param description what the issue is about, may be empty
 * @param kind        how options relate
 * @param options     option labels, at least one
 * @param numbers     for numeric and quantity issues the options as numbers (same order), else empty
 * @param unit        the unit of a numeric or quantity issue, may be empty
 * @param divisible   whether a compromise between two options can be found by splitting (always true for numeric and
 *                    quantity issues); used by Adjusted Winner
 * @param statusQuo   index of the option that holds while nothing is agreed (default 0, the first option)
 */
public record CaseIssue(String id, String label, String description, OptionKind kind, List<String> options,
        List<BigDecimal> numbers, String unit, boolean divisible, int statusQuo) {

    /** Validates options, numbers and the status quo. */
    public CaseIssue {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an issue needs a non-blank id");
        }
        label = label == null || label.isBlank() ? id : label;
        description = description == null ? "" : description;
        unit = unit == null ? "" : unit;
        options = List.copyOf(options);
        numbers = List.copyOf(numbers);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("issue '" + id + "' has no options");
        }
        if (options.size() != options.stream().distinct().count()) {
            throw new IllegalArgumentException("issue '" + id + "' lists an option twice");
        }
        if (kind.isNumeric()) {
            if (numbers.size() != options.size()) {
                throw new IllegalArgumentException("numeric issue '" + id + "' needs one number per option");
            }
            for (int i = 1; i < numbers.size(); i++) {
                if (numbers.get(i).compareTo(numbers.get(i - 1)) <= 0) {
                    throw new IllegalArgumentException("the options of numeric issue '" + id
                            + "' must be strictly ascending; " + numbers.get(i) + " follows " + numbers.get(i - 1));
                }
            }
            divisible = true;
        } else if (!numbers.isEmpty()) {
            throw new IllegalArgumentException(kind.key() + " issue '" + id + "' cannot have numeric options");
        }
        if (statusQuo < 0 || statusQuo >= options.size()) {
            throw new IllegalArgumentException("issue '" + id + "' has no option at index " + statusQuo);
        }
    }

    /** Number of options. */
    public int size() {
        return options.size();
    }

    /** The label of option {@code i}. */
    public String option(int i) {
        return options.get(i);
    }

    /** Index of the option labelled {@code label} (numbers compare by value), or -1. */
    public int indexOf(String label) {
        int i = options.indexOf(label);
        if (i >= 0 || !kind.isNumeric()) {
            return i;
        }
        try {
            return indexOf(new BigDecimal(label.trim()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Index of the numeric option equal to {@code value}, or -1. */
    public int indexOf(BigDecimal value) {
        for (int i = 0; i < numbers.size(); i++) {
            if (numbers.get(i).compareTo(value) == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The canonical label of a number: plain decimal notation without trailing zeros. */
    public static String label(BigDecimal number) {
        BigDecimal s = number.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** The option as a number, for numeric and quantity issues. */
    public double number(int i) {
        if (!kind.isNumeric()) {
            throw new IllegalArgumentException(kind.key() + " issue '" + id + "' has no numeric options");
        }
        return numbers.get(i).doubleValue();
    }

    /**
     * The normalised distance between two options (negotiation-methods §2.3), by {@link GapMetrics}: categorical 0
     * or 1, ordinal {@code |r_a − r_b|/(K − 1)}, numeric and quantity {@code |x_a − x_b|/(max − min)}; 0 for a
     * one-option issue (which has no range to normalise by).
     */
    public double distance(int a, int b) {
        if (options.size() == 1) {
            return 0;
        }
        return switch (kind) {
            case CATEGORICAL -> GapMetrics.categorical(option(a), option(b));
            case ORDINAL -> GapMetrics.ordinal(a + 1, b + 1, options.size());
            case NUMERIC, QUANTITY -> GapMetrics.numeric(number(a), number(b), number(0), number(options.size() - 1));
        };
    }
}
