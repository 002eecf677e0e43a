package org.parley.analysis;

import java.util.Arrays;

/** A utility vector as a hash key, compared bit for bit. */
record VectorKey(double[] v) {

    @Override
    public boolean equals(Object o) {
        return o instanceof VectorKey k && Arrays.equals(k.v, v);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(v);
    }
}
