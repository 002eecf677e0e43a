package org.parley.mediation;

/** How the options of a case issue relate to each other; decides how the gap between two positions is measured. */
public enum OptionKind {
    /** Named options without an order: the gap is 0 when positions share an option, else 1. */
    CATEGORICAL,
    /** Named options on a scale, in the listed order: the gap is the rank difference over {@code K − 1}. */
    ORDINAL,
    /** Numbers with a unit on a range: the gap is the difference over the range's width. */
    NUMERIC,
    /** Counts of something exchanged or delivered (persons, remains): measured like {@link #NUMERIC}. */
    QUANTITY;

    /** True for numeric and quantity issues, whose options are numbers. */
    public boolean isNumeric() {
        return this == NUMERIC || this == QUANTITY;
    }

    /** The kind's name as written in a case file. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
