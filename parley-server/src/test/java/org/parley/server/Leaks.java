package org.parley.server;

import java.util.regex.Pattern;

/**
 * Whether a page, a stream message or the audit trail shows a party's number: the tests that look for leaks ask
 * this instead of {@code contains}, which also found the digits in the clock's instants (45.237100 seconds is written
 * 45.2371Z, and a test failed once in a while) and inside ids.
 */
class Leaks {

    /** An instant as the audit trail and the events write it: its digits are the clock's, not anybody's numbers. */
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

    /**
     * Whether {@code text} shows {@code secret}, a number (41.37, or its digits 4137 as a cents-like leak would write
     * them) or a wording: instants are left out, and the secret must not continue a run of letters and digits (an id
     * or a token, or a longer number such as 10.41 for 0.41); a secret of digits alone must not be followed by one
     * either.
     */
    static boolean shows(String text, String secret) {
        String t = INSTANT.matcher(text).replaceAll("<instant>");
        boolean digits = secret.chars().allMatch(Character::isDigit);
        return Pattern.compile("(?<![0-9A-Za-z])" + Pattern.quote(secret) + (digits ? "(?![0-9A-Za-z])" : ""))
                .matcher(t).find();
    }
}
