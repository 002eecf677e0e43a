package org.parley.protocol;

/** Walking away: the session ends at once without agreement. */
public record EndNegotiation(int party) implements Action {
}
