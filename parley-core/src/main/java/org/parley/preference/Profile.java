package org.parley.preference;

import java.util.Arrays;
import org.parley.domain.Domain;

/**
 * A party's private preferences: a utility function, a reservation value (the undiscounted walk-away utility) and a
 * discount factor.
 *
 * @param name              a label, e.g. the profile file's base name
 * @param utility           the utility function
 * @param reservationValue  utility of no agreement, undiscounted (GENIUS default 0); at most 1, since utilities are
 *                          capped at 1 (unless it is the utility of {@code reservationOutcome}). Below 0 it is
 *                          allowed here, because some evaluators (NegMAS's, GENIUS linear ones) score below 0; the
 *                          readers of formats whose utilities lie in [0, 1] refuse it ({@link #reservationProblem})
 * @param discountFactor    d in (0, 1]; discounted utility is {@code U·d^t} (GENIUS default 1)
 * @param reservationOutcome a GeniusWeb reservation bid, or null; when given, the reservation value is its utility
 */
public record Profile(String name, UtilityFunction utility, double reservationValue, double discountFactor,
        int[] reservationOutcome) {

    public Profile {
        if (name == null) {
            name = "";
        }
        org.parley.util.Names.requireNoControl(name, "profile");
        if (utility == null) {
            throw new IllegalArgumentException("profile '" + name + "' has no utility function");
        }
        if (!Double.isFinite(reservationValue)) {
            throw new IllegalArgumentException("profile '" + name + "' has reservation value " + reservationValue);
        }
        if (reservationOutcome == null && reservationValue > 1) {
            throw new IllegalArgumentException(reservationProblem(name, reservationValue));
        }
        if (!(discountFactor > 0 && discountFactor <= 1)) {
            throw new IllegalArgumentException("profile '" + name + "' has discount factor " + discountFactor
                    + "; it must lie in (0, 1]");
        }
        if (reservationOutcome != null) {
            reservationOutcome = reservationOutcome.clone();
            utility.domain().checkOutcome(reservationOutcome);
        }
    }

    /**
     * The message for a reservation value outside [0, 1] (null when it lies inside), for formats whose utilities lie
     * in [0, 1]: a reservation above 1 refuses every agreement and one below 0 is no reservation at all.
     */
    public static String reservationProblem(String name, double reservationValue) {
        if (reservationValue >= 0 && reservationValue <= 1) {
            return null;
        }
        return "profile '" + name + "' has reservation value " + reservationValue + "; it must lie in [0, 1], as "
                + "utilities do (" + (reservationValue > 1 ? "above 1 no agreement could ever be accepted"
                        : "0 already means that any agreement beats none") + ")";
    }

    public Profile(String name, UtilityFunction utility, double reservationValue, double discountFactor) {
        this(name, utility, reservationValue, discountFactor, null);
    }

    /** A profile with a GeniusWeb reservation bid; the reservation value becomes that bid's utility. */
    public static Profile withReservationOutcome(String name, UtilityFunction utility, int[] reservationOutcome) {
        return new Profile(name, utility, utility.utility(reservationOutcome), 1.0, reservationOutcome);
    }

    /** GENIUS's reading of a file's discount factor: values ≤ 0 or > 1 mean "no discount". */
    public static double validDiscount(double d) {
        return d <= 0 || d > 1 || !Double.isFinite(d) ? 1.0 : d;
    }

    public Domain domain() {
        return utility.domain();
    }

    public double utility(int[] outcome) {
        return utility.utility(outcome);
    }

    /** {@code U(ω)·d^t}, with t clamped to [0, 1]. */
    public double discountedUtility(int[] outcome, double t) {
        return discount(utility.utility(outcome), t);
    }

    /** {@code u·d^t}, with t clamped to [0, 1]. */
    public double discount(double u, double t) {
        double tc = t < 0 ? 0 : (t > 1 ? 1 : t);
        return discountFactor == 1.0 ? u : u * Math.pow(discountFactor, tc);
    }

    /** True when the profile is discounted (d &lt; 1). */
    public boolean isDiscounted() {
        return discountFactor < 1;
    }

    public int[] reservationOutcome() {
        return reservationOutcome == null ? null : reservationOutcome.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Profile p && p.name.equals(name) && p.utility.equals(utility)
                && Double.compare(p.reservationValue, reservationValue) == 0
                && Double.compare(p.discountFactor, discountFactor) == 0
                && Arrays.equals(p.reservationOutcome, reservationOutcome);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + utility.hashCode();
    }

    @Override
    public String toString() {
        return "Profile[" + name + ", reservation=" + reservationValue + ", discount=" + discountFactor + "]";
    }
}
