package org.parley.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import org.parley.util.Decimals;

/**
 * A continuous issue over {@code [lowerBound, upperBound]}, enumerated as {@code intervals + 1} evenly spaced
 * points {@code lb + k·(ub − lb)/intervals}. GENIUS uses 20 intervals (21 points), the default here.
 *
 * <p>Points are computed in decimal arithmetic so that a GeniusWeb range {@code 0.6..1.0 step 0.1} yields
 * exactly {@code 0.7}, not {@code 0.7000000000000001}. Bounds follow {@link Decimals}' rule (no {@code 1e999999999}).
 */
public record RealIssue(String name, BigDecimal lowerBound, BigDecimal upperBound, int intervals) implements Issue {

    /** GENIUS's discretisation: 20 intervals, 21 points. */
    public static final int DEFAULT_INTERVALS = 20;

    public RealIssue {
        Issue.requireName(name);
        if (lowerBound == null || upperBound == null) {
            throw new IllegalArgumentException("real issue '" + name + "' needs both bounds");
        }
        Decimals.require(lowerBound, "the lower bound of real issue '" + name + "'");
        Decimals.require(upperBound, "the upper bound of real issue '" + name + "'");
        if (upperBound.compareTo(lowerBound) < 0) {
            throw new IllegalArgumentException("real issue '" + name + "' has upper bound " + upperBound
                    + " below its lower bound " + lowerBound);
        }
        if (intervals < 1 || intervals >= MAX_VALUES) {
            throw new IllegalArgumentException("real issue '" + name + "' needs 1.." + (MAX_VALUES - 1)
                    + " discretisation intervals, got " + intervals);
        }
        if (upperBound.compareTo(lowerBound) == 0) {
            intervals = 1;
        }
    }

    public RealIssue(String name, double lowerBound, double upperBound) {
        this(name, BigDecimal.valueOf(lowerBound), BigDecimal.valueOf(upperBound), DEFAULT_INTERVALS);
    }

    @Override
    public int size() {
        return upperBound.compareTo(lowerBound) == 0 ? 1 : intervals + 1;
    }

    /** The exact decimal point at {@code index}. */
    public BigDecimal value(int index) {
        checkIndex(index);
        if (index == 0) {
            return lowerBound;
        }
        if (index == intervals) {
            return upperBound;
        }
        BigDecimal span = upperBound.subtract(lowerBound).multiply(BigDecimal.valueOf(index));
        return lowerBound.add(span.divide(BigDecimal.valueOf(intervals), MathContext.DECIMAL64)).stripTrailingZeros();
    }

    @Override
    public String label(int index) {
        return value(index).toPlainString();
    }

    @Override
    public double numericValue(int index) {
        return value(index).doubleValue();
    }

    @Override
    public int indexOf(String label) {
        BigDecimal v;
        try {
            v = new BigDecimal(label.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
        for (int i = 0; i < size(); i++) {
            if (value(i).compareTo(v) == 0) {
                return i;
            }
        }
        double d = v.doubleValue();
        double tolerance = org.parley.util.Tolerance.EPS
                * Math.max(1, upperBound.subtract(lowerBound).abs().doubleValue());
        for (int i = 0; i < size(); i++) {
            if (Math.abs(numericValue(i) - d) <= tolerance) {
                return i;
            }
        }
        return -1;
    }
}
