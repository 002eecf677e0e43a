package org.parley.util;

/**
 * An input is larger than a {@link SizeLimit} allows. The message names what was measured, the limit in force and
 * the system property that raises it; a front end may add how to set that property.
 */
public final class SizeLimitException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final SizeLimit limit;
    private final long value;

    /** {@code what} (e.g. "domain 'x' has 1,000,000 values") is above {@code value}, the limit in force. */
    public SizeLimitException(SizeLimit limit, long value, String what) {
        super(what + ", above the limit of " + SizeLimit.format(value) + " " + limit.description()
                + " (raise it with the Java system property " + limit.property() + ")");
        this.limit = limit;
        this.value = value;
    }

    /** Which limit was exceeded. */
    public SizeLimit limit() {
        return limit;
    }

    /** The limit in force when it was exceeded. */
    public long value() {
        return value;
    }
}
