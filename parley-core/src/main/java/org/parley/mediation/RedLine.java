package org.parley.mediation;

import java.util.List;

/**
 * Options a party declares unacceptable on one issue. A red line is a hard constraint: no package that takes one
 * of these options is in the agreement zone, whatever its utility.
 *
 * @param party   the party drawing the line
 * @param issue   the issue id
 * @param options indices of the refused options (into the issue's options)
 * @param text    the party's wording, may be empty
 * @param source  where it was stated, may be empty
 */
public record RedLine(String party, String issue, List<Integer> options, String text, String source) {

    /** Copies the option list. */
    public RedLine {
        options = List.copyOf(options);
        text = text == null ? "" : text;
        source = source == null ? "" : source;
    }
}
