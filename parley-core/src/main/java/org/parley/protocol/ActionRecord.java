package org.parley.protocol;

/** One action in a session's trace: the round (1-based), the normalised time it was made at, and the action. */
public record ActionRecord(int round, double time, Action action) {
}
