package org.parley.methods;

/** The two sides of a two-party method, A and B, in the order the caller passes their data. */
public enum Party {
    A, B;

    /** The other side. */
    public Party other() {
        return this == A ? B : A;
    }
}
