package org.parley.formats.negmas;

import java.util.List;

/**
 * One NegMAS utility function as parley reads and writes it: linear additive, u(ω) = bias + Σ_i w_i·f_i(ω_i) with
 * weights and values used as written, optionally wrapped in an exponential discount.
 *
 * @param source        the file it came from (for messages), or its file name when written
 * @param name          the ufun's {@code name}
 * @param values        one value function per issue, in domain order
 * @param weights       one weight per issue
 * @param bias          the constant term (NegMAS reads it; its writers drop it)
 * @param reservedValue the utility of disagreement; {@code -Infinity} when the file gives none
 * @param discount      the {@code ExpDiscountedUFun} wrapper, or null
 */
public record NegmasUfun(String source, String name, List<ValueFunction> values, List<Double> weights, double bias,
        double reservedValue, Discount discount) {

    public NegmasUfun {
        values = List.copyOf(values);
        weights = List.copyOf(weights);
        if (values.size() != weights.size()) {
            throw new IllegalArgumentException("ufun '" + name + "' has " + values.size() + " value functions but "
                    + weights.size() + " weights");
        }
        for (double w : weights) {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("ufun '" + name + "' has the weight " + PythonFloats.repr(w)
                        + "; weights must be finite");
            }
        }
        if (!Double.isFinite(bias)) {
            throw new IllegalArgumentException("ufun '" + name + "' has the bias " + PythonFloats.repr(bias));
        }
        if (Double.isNaN(reservedValue) || reservedValue == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("ufun '" + name + "' has the reserved value "
                    + PythonFloats.repr(reservedValue));
        }
    }

    /**
     * An {@code ExpDiscountedUFun} wrapper: u_t(ω) = discount^(state.factor)·u(ω).
     *
     * @param discount           d in (0, 1)
     * @param factor             the mechanism-state field used as the exponent; parley reads and writes {@code step}
     * @param dynamicReservation the wrapper's {@code dynamic_reservation} flag
     */
    public record Discount(double discount, String factor, boolean dynamicReservation) {
        public Discount {
            if (!(discount > 0 && discount < 1)) {
                throw new IllegalArgumentException("the discount must lie in (0, 1), got "
                        + PythonFloats.repr(discount));
            }
        }
    }

    /** The (undiscounted) utility of an outcome, one value per issue, computed as NegMAS does. */
    public double utility(List<Object> outcome) {
        if (outcome.size() != values.size()) {
            throw new IllegalArgumentException("ufun '" + name + "' scores outcomes of " + values.size()
                    + " values, got " + outcome.size());
        }
        double u = bias;
        for (int i = 0; i < values.size(); i++) {
            u += weights.get(i) * values.get(i).apply(outcome.get(i));
        }
        return u;
    }
}
