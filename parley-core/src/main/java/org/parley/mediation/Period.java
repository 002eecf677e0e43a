package org.parley.mediation;

import java.util.Locale;

/** The unit of delay for cost of delay and for {@code --at} projections. */
public enum Period {
    /** One day. */
    DAY(365.25),
    /** Seven days. */
    WEEK(365.25 / 7),
    /** A twelfth of a year. */
    MONTH(12),
    /** A quarter of a year. */
    QUARTER(4),
    /** A year. */
    YEAR(1);

    private final double perYear;

    Period(double perYear) {
        this.perYear = perYear;
    }

    /** How many such periods a year has (365.25 days). */
    public double perYear() {
        return perYear;
    }

    /** Length in days (a month is 365.25/12 = 30.4375 days). */
    public double days() {
        return 365.25 / perYear;
    }

    /** The name as written in a case file. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
