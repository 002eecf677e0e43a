package org.parley.mediation;

import java.util.ArrayList;
import java.util.List;
import org.parley.methods.CostOfDelay;
import org.parley.preference.RedLine;

/**
 * One party's private preferences: an additive utility {@code U(x) = Σ_i w_i · v_i(x_i)} with weights summing to 1
 * and option values in [0, 1], a reservation level, red lines and a cost of delay.
 *
 * <p>INSPIRE elicitation (100 points over the issues, then 0–100 for each option) gives {@code w_i = points_i/100}
 * and {@code v_i(o) = rating_i(o)/100}.
 *
 * @param party        the party's id
 * @param elicitation  how the numbers were obtained
 * @param weights      one weight per case issue, in case order
 * @param values       per case issue, one value per option
 * @param reservation  the utility below which the party prefers no agreement (its walk-away level)
 * @param redLines     the options it declares unacceptable
 * @param costOfDelay  its cost of delay
 * @param note         e.g. "illustrative assumption, not a claim about the party"
 */
public record Preferences(String party, Elicitation elicitation, double[] weights, List<double[]> values,
        double reservation, List<RedLine> redLines, CostOfDelay costOfDelay, String note) {

    /** How preferences were obtained. */
    public enum Elicitation {
        /** 100 points over issues, 0–100 per option (Kersten &amp; Noronha 1999). */
        INSPIRE,
        /** Weights summing to 1 and values in [0, 1], given directly. */
        WEIGHTS
    }

    /** Copies and validates weights and values. */
    public Preferences {
        weights = weights.clone();
        List<double[]> copy = new ArrayList<>();
        for (double[] v : values) {
            copy.add(v.clone());
        }
        values = List.copyOf(copy);
        if (weights.length != values.size()) {
            throw new IllegalArgumentException("party '" + party + "' has " + weights.length + " weights and "
                    + values.size() + " value tables");
        }
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || !Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("party '" + party + "' has weight " + weights[i]
                        + "; weights must be finite and ≥ 0");
            }
            sum += weights[i];
            for (double v : values.get(i)) {
                if (!(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException("party '" + party + "' has option value " + v
                            + "; values must lie in [0, 1]");
                }
            }
        }
        if (!org.parley.util.Tolerance.close(sum, 1)) {
            throw new IllegalArgumentException("the weights of party '" + party + "' add up to " + sum + ", not 1");
        }
        redLines = List.copyOf(redLines);
        costOfDelay = costOfDelay == null ? CostOfDelay.NONE : costOfDelay;
        note = note == null ? "" : note;
    }

    /** {@code w_i}. */
    public double weight(int issue) {
        return weights[issue];
    }

    /** {@code v_i(o)}. */
    public double value(int issue, int option) {
        return values.get(issue)[option];
    }

    /** The utility of a package given as one option index per case issue. */
    public double utility(int[] outcome) {
        double u = 0;
        for (int i = 0; i < weights.length; i++) {
            u += weights[i] * values.get(i)[outcome[i]];
        }
        return u;
    }

    /** True when one of this party's red lines refuses option {@code option} of issue {@code issueId}. */
    public boolean refuses(String issueId, int option) {
        for (RedLine r : redLines) {
            if (r.issue().equals(issueId) && r.options().contains(option)) {
                return true;
            }
        }
        return false;
    }

    /** The option of {@code candidates} this party values most (the first on ties). */
    public int favourite(int issue, List<Integer> candidates) {
        int best = candidates.get(0);
        for (int o : candidates) {
            if (values.get(issue)[o] > values.get(issue)[best]) {
                best = o;
            }
        }
        return best;
    }
}
