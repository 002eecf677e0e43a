package org.parley.preference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.parley.domain.Issue;

/**
 * GeniusWeb number utilities: linear interpolation from {@code (lowValue, lowUtility)} to
 * {@code (highValue, highUtility)}, 0 outside {@code [lowValue, highValue]}, quantised to 8 decimals (half up).
 */
public record NumberLinearEvaluator(double lowValue, double lowUtility, double highValue, double highUtility)
        implements Evaluator {

    public NumberLinearEvaluator {
        Evaluator.requireFinite("lowValue", lowValue);
        Evaluator.requireFinite("highValue", highValue);
        Evaluator.requireFinite("lowUtility", lowUtility);
        Evaluator.requireFinite("highUtility", highUtility);
        if (!(highValue > lowValue)) {
            throw new IllegalArgumentException("number utilities need highValue > lowValue, got " + lowValue
                    + " and " + highValue);
        }
        if (lowUtility < 0 || lowUtility > 1 || highUtility < 0 || highUtility > 1) {
            throw new IllegalArgumentException("number utilities must lie in [0, 1], got lowUtility=" + lowUtility
                    + ", highUtility=" + highUtility);
        }
    }

    @Override
    public double evaluate(Issue issue, int valueIndex) {
        double x = issue.numericValue(valueIndex);
        if (x < lowValue || x > highValue) {
            return 0;
        }
        double u = lowUtility + (highUtility - lowUtility) * (x - lowValue) / (highValue - lowValue);
        return BigDecimal.valueOf(u).setScale(8, RoundingMode.HALF_UP).doubleValue();
    }

    @Override
    public void checkFits(Issue issue) {
        if (!issue.isNumeric()) {
            throw new IllegalArgumentException("issue '" + issue.name() + "' is discrete, so it cannot have "
                    + "number utilities");
        }
    }
}
