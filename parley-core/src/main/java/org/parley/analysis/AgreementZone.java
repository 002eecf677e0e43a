package org.parley.analysis;

import java.math.BigInteger;

/**
 * The outcomes every party prefers to no agreement: {@code { ω : U_i(ω) ≥ d_i for all i }}.
 *
 * @param outcomes how many outcomes it holds (an estimate when {@code exact} is false; null when it was neither
 *                 counted nor estimated, as in {@code MinimalRelaxation} on spaces too large to count)
 * @param empty    whether it is empty (always exact: it is empty iff no Pareto point qualifies)
 * @param exact    whether {@code outcomes} is an exact count
 */
public record AgreementZone(BigInteger outcomes, boolean empty, boolean exact) {
}
