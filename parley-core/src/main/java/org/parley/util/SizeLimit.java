package org.parley.util;

import java.util.Locale;

/**
 * The sizes parley bounds before it commits to work that grows with them, so that a hostile or mistaken input is
 * refused at once with a {@link SizeLimitException} instead of running for minutes or exhausting memory. Each limit
 * has a default and can be raised (or lowered) for one run with a Java system property, e.g.
 * {@code -Dparley.maxValues=2000000}.
 *
 * <ul>
 * <li>{@link #VALUES}: the values of one domain, summed over its issues (every discrete option, integer and real
 * point), since every profile keeps a score per value and every analysis visits each value;</li>
 * <li>{@link #ISSUES}: the issues of one domain, since every outcome, bid and trace line holds one value per
 * issue;</li>
 * <li>{@link #FRONTIER}: the partial utility vectors a Pareto-frontier computation holds at once (merged candidates
 * of the additive frontier, the archive of the enumerating one); it bounds their memory, and their work with
 * {@link #comparisons()}, {@link #frontierSteps()} and {@link #merged()}.</li>
 * </ul>
 */
public enum SizeLimit {

    /** Values of one domain summed over its issues. */
    VALUES("parley.maxValues", 100_000, "values in one domain (summed over its issues)"),

    /** Issues of one domain. */
    ISSUES("parley.maxIssues", 1_000, "issues in one domain"),

    /** Partial utility vectors a Pareto-frontier computation may hold at once. */
    FRONTIER("parley.maxFrontier", 1_000_000, "utility vectors held while computing a Pareto frontier");

    private final String property;
    private final long defaultValue;
    private final String description;

    SizeLimit(String property, long defaultValue, String description) {
        this.property = property;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** The Java system property that sets this limit. */
    public String property() {
        return property;
    }

    /** The limit when the property is not set. */
    public long defaultValue() {
        return defaultValue;
    }

    /** What is counted, e.g. "values in one domain (summed over its issues)". */
    public String description() {
        return description;
    }

    /**
     * The limit in force: the system property when it holds a positive whole number, else the default.
     */
    public long value() {
        String s = System.getProperty(property);
        if (s != null) {
            try {
                long v = Long.parseLong(s.strip().replace("_", ""));
                if (v > 0) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // an unusable setting keeps the default; the refusal message names the limit in force
            }
        }
        return defaultValue;
    }

    /**
     * Pairwise comparisons the enumerating Pareto filter may make (1,000 per vector of {@link #FRONTIER}).
     */
    public static long comparisons() {
        return perFrontierVector(1000);
    }

    /** How many steps per vector of {@link #FRONTIER} {@link #frontierSteps()} allows. */
    public static final int STEPS_PER_VECTOR = 100;

    /**
     * Steps an issue-by-issue (additive) frontier may take ({@value #STEPS_PER_VECTOR} per vector of
     * {@link #FRONTIER}): nodes of its k-d tree visited (four parties or more) and merged candidates weighted by the
     * size of their outcome counts. A hundred million by default, one to two seconds: the ANAC scenarios need at most
     * 30 million (26 profiles, 41,204 frontier vectors), four random profiles over 20 issues of 3 values about 5
     * million.
     */
    public static long frontierSteps() {
        return perFrontierVector(STEPS_PER_VECTOR);
    }

    /** How many candidate vectors per vector of {@link #FRONTIER} {@link #merged()} allows. */
    public static final int MERGED_PER_VECTOR = 5;

    /**
     * Candidate vectors an issue-by-issue frontier may merge over all its issues together ({@value #MERGED_PER_VECTOR}
     * per vector of {@link #FRONTIER}): it keeps a back-pointer per kept vector to rebuild the outcomes, and spends its
     * time on them, so this bounds both when every single merge is within the limit but the issues are many. Five
     * million by default, about a second of merging: enough for two random profiles over 200 issues of 10 values
     * (about 3.5 million), not for spaces whose partial vectors keep growing issue after issue.
     */
    public static long merged() {
        return perFrontierVector(MERGED_PER_VECTOR);
    }

    /** {@code factor} times the {@link #FRONTIER} limit in force, at most {@code Long.MAX_VALUE}. */
    private static long perFrontierVector(long factor) {
        long f = FRONTIER.value();
        return f > Long.MAX_VALUE / factor ? Long.MAX_VALUE : f * factor;
    }

    /**
     * Throws a {@link SizeLimitException} when {@code size} is above this limit.
     *
     * @param what the thing measured, e.g. "domain 'x' has 1,000,000 values"
     */
    public void check(long size, String what) {
        long limit = value();
        if (size > limit) {
            throw new SizeLimitException(this, limit, what);
        }
    }

    /** {@code n} with thousands separators, as every limit message writes numbers. */
    public static String format(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
