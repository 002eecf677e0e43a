package org.parley.mediation;

import java.math.BigInteger;
import java.util.List;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.analysis.ParetoFrontier;
import org.parley.preference.Profile;

/**
 * The agreement zone of a case: the packages of an {@link OptionSpace} that give every party at least its
 * reservation level, with the exact frontier and bargaining solutions of that space.
 *
 * @param space        the space analysed
 * @param reservations the reservation levels used
 * @param result       the exact analysis, or null when red lines deadlock an issue
 */
public record CaseZone(OptionSpace space, double[] reservations, OutcomeSpaceAnalysis.Result result) {

    /** Analyses {@code space} against {@code reservations} (one per party). */
    public static CaseZone of(OptionSpace space, double[] reservations) {
        if (space.isEmpty()) {
            return new CaseZone(space, reservations.clone(), null);
        }
        double[] ones = new double[reservations.length];
        java.util.Arrays.fill(ones, 1.0);
        List<Profile> profiles = space.profiles(reservations, ones);
        return new CaseZone(space, reservations.clone(), new OutcomeSpaceAnalysis(profiles).analyze());
    }

    /** True when no package is in the zone. */
    public boolean empty() {
        return result == null || result.agreementZone().empty();
    }

    /** How many packages are in the zone (exact for additive profiles of this size). */
    public BigInteger outcomes() {
        return result == null ? BigInteger.ZERO : result.agreementZone().outcomes();
    }

    /** The Pareto frontier of the space (empty when deadlocked). */
    public List<ParetoFrontier.Point> frontier() {
        return result == null ? List.of() : result.frontier().points();
    }
}
