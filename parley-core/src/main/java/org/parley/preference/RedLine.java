package org.parley.preference;

import java.util.List;

/**
 * Options a party declares unacceptable on one issue. A red line is a hard constraint, never a utility: no agreement
 * that takes one of these options is acceptable to the party, whatever its utility. Used by the case model
 * ({@code org.parley.mediation}) and by "what would it take" ({@code org.parley.methods.MinimalRelaxation}).
 *
 * @param party   the party drawing the line (a case party id, or a profile's name)
 * @param issue   the issue (a case issue id, or a domain issue name)
 * @param options indices of the refused options (into the issue's options or values)
 * @param text    the party's wording, may be empty
 * @param source  where it was stated, may be empty
 */
public record RedLine(String party, String issue, List<Integer> options, String text, String source) {

    /** Copies the option list and defaults the optional text. */
    public RedLine {
        if (party == null || issue == null) {
            throw new IllegalArgumentException("a red line needs a party and an issue, got party " + party
                    + " and issue " + issue);
        }
        options = List.copyOf(options);
        text = text == null ? "" : text;
        source = source == null ? "" : source;
    }

    /** A red line without wording or source. */
    public static RedLine of(String party, String issue, Integer... options) {
        return new RedLine(party, issue, List.of(options), "", "");
    }

    /** True when this line refuses option {@code option} of issue {@code issue}. */
    public boolean refuses(String issue, int option) {
        return this.issue.equals(issue) && options.contains(option);
    }
}
