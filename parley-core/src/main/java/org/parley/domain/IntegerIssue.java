package org.parley.domain;

/** An issue whose values are the integers {@code lowerBound..upperBound}, both included. */
public record IntegerIssue(String name, long lowerBound, long upperBound) implements Issue {

    public IntegerIssue {
        Issue.requireName(name);
        if (upperBound < lowerBound) {
            throw new IllegalArgumentException("integer issue '" + name + "' has upper bound " + upperBound
                    + " below its lower bound " + lowerBound);
        }
        if (upperBound - lowerBound + 1 > MAX_VALUES || upperBound - lowerBound < 0) {
            throw new IllegalArgumentException("integer issue '" + name + "' spans " + lowerBound + ".." + upperBound
                    + "; at most " + MAX_VALUES + " values are supported");
        }
    }

    @Override
    public int size() {
        return (int) (upperBound - lowerBound + 1);
    }

    /** The integer at {@code index}. */
    public long value(int index) {
        checkIndex(index);
        return lowerBound + index;
    }

    @Override
    public String label(int index) {
        return Long.toString(value(index));
    }

    @Override
    public double numericValue(int index) {
        return value(index);
    }

    @Override
    public int indexOf(String label) {
        try {
            long v = Long.parseLong(label.trim());
            return v < lowerBound || v > upperBound ? -1 : (int) (v - lowerBound);
        } catch (NumberFormatException e) {
            try {
                double d = Double.parseDouble(label.trim());
                long v = (long) d;
                return v != d || v < lowerBound || v > upperBound ? -1 : (int) (v - lowerBound);
            } catch (NumberFormatException e2) {
                return -1;
            }
        }
    }
}
