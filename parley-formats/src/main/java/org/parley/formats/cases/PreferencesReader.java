package org.parley.formats.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.parley.mediation.CaseIssue;
import org.parley.mediation.Party;
import org.parley.mediation.Period;
import org.parley.mediation.Preferences;
import org.parley.methods.CostOfDelay;
import org.parley.preference.RedLine;

/**
 * Reads each party's preferences: INSPIRE points and ratings ({@code w = points/100}, {@code v = rating/100}) or
 * weights and values, the reservation level, red lines and cost of delay.
 */
final class PreferencesReader extends Reading {

    private static final double TOLERANCE = 1e-9;

    private final List<CaseIssue> issues;
    private final Period period;

    PreferencesReader(CaseTree tree, List<CaseIssue> issues, Period period) {
        super(tree);
        this.issues = issues;
        this.period = period;
    }

    List<Preferences> read(JsonNode all, List<Party> parties) {
        List<String> ids = parties.stream().map(Party::id).toList();
        for (Map.Entry<String, JsonNode> e : fields(all)) {
            if (!ids.contains(e.getKey())) {
                throw keyError(child("/preferences", e.getKey()), "preferences for unknown party '" + e.getKey()
                        + "'" + Hints.hint(e.getKey(), ids, "party"));
            }
        }
        List<Preferences> out = new ArrayList<>();
        for (String id : ids) {
            JsonNode p = all.get(id);
            if (p == null) {
                throw error("/preferences", "party '" + id + "' has no preferences");
            }
            out.add(party(id, p, child("/preferences", id)));
        }
        return out;
    }

    private Preferences party(String id, JsonNode p, String ptr) {
        boolean inspire = p.has("points");
        if (inspire == p.has("weights")) {
            throw error(ptr, "party '" + id + "' needs either 'points' and 'ratings' (INSPIRE) or 'weights' and "
                    + "'values'");
        }
        String weightKey = inspire ? "points" : "weights";
        String valueKey = inspire ? "ratings" : "values";
        String wrong = inspire ? "values" : "ratings";
        if (p.has(wrong)) {
            throw keyError(child(ptr, wrong), "'" + wrong + "' goes with '" + (inspire ? "weights" : "points")
                    + "'; with '" + weightKey + "' give '" + valueKey + "'");
        }
        double scale = inspire ? 100 : 1;
        double[] w = new double[issues.size()];
        double sum = 0;
        for (Map.Entry<String, JsonNode> e : fields(p.get(weightKey))) {
            int i = issue(e.getKey(), child(child(ptr, weightKey), e.getKey()));
            w[i] = e.getValue().doubleValue() / scale;
            sum += e.getValue().doubleValue();
        }
        if (Math.abs(sum - scale) > TOLERANCE * scale) {
            throw error(child(ptr, weightKey), inspire
                    ? "the points of party '" + id + "' add up to " + fmt(sum) + ", not 100"
                    : "the weights of party '" + id + "' add up to " + fmt(sum) + ", not 1");
        }
        List<double[]> values = new ArrayList<>();
        JsonNode tables = p.get(valueKey);
        for (Map.Entry<String, JsonNode> e : fields(tables)) {
            issue(e.getKey(), child(child(ptr, valueKey), e.getKey()));
        }
        for (int i = 0; i < issues.size(); i++) {
            JsonNode t = tables == null ? null : tables.get(issues.get(i).id());
            String tp = child(child(ptr, valueKey), issues.get(i).id());
            if (t == null) {
                if (w[i] > 0) {
                    throw error(child(ptr, valueKey), "party '" + id + "' gives issue '" + issues.get(i).id()
                            + "' " + weightKey + " but no " + valueKey);
                }
                values.add(new double[issues.get(i).size()]);
            } else {
                values.add(table(issues.get(i), t, tp, scale, valueKey));
            }
        }
        double reservation = p.path("reservation").asDouble(0);
        List<RedLine> red = redLines(id, p.get("redLines"), child(ptr, "redLines"));
        CostOfDelay cost = p.has("costOfDelay") ? cost(p.get("costOfDelay"), child(ptr, "costOfDelay"))
                : CostOfDelay.NONE;
        return new Preferences(id, inspire ? Preferences.Elicitation.INSPIRE : Preferences.Elicitation.WEIGHTS, w,
                values, reservation, red, cost, text(p, "note", ""));
    }

    private int issue(String id, String pointer) {
        int i = CaseReader.indexOf(issues, id);
        if (i < 0) {
            throw keyError(pointer, "unknown issue '" + id + "'"
                    + Hints.hint(id, issues.stream().map(CaseIssue::id).toList(), "issue"));
        }
        return i;
    }

    /** One value per option; numeric issues interpolate linearly between the given anchors and stay flat beyond. */
    private double[] table(CaseIssue issue, JsonNode t, String ptr, double scale, String what) {
        double[] v = new double[issue.size()];
        String range = scale == 100 ? "0..100" : "0..1";
        TreeMap<BigDecimal, Double> anchors = new TreeMap<>();
        boolean[] given = new boolean[issue.size()];
        for (Map.Entry<String, JsonNode> e : fields(t)) {
            String p = child(ptr, e.getKey());
            double x = e.getValue().doubleValue() / scale;
            if (!(x >= 0 && x <= 1)) {
                throw error(p, "'" + e.getKey() + "' is rated " + e.getValue().asText() + "; " + what
                        + " must lie in " + range);
            }
            if (issue.kind().isNumeric()) {
                BigDecimal at = number(com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()));
                if (at == null || at.compareTo(issue.numbers().get(0)) < 0
                        || at.compareTo(issue.numbers().get(issue.size() - 1)) > 0) {
                    throw keyError(p, "issue '" + issue.id() + "' has no option " + e.getKey() + " ("
                            + Reading.range(issue) + ")");
                }
                anchors.put(at, x);
            } else {
                int o = issue.indexOf(e.getKey());
                if (o < 0) {
                    throw keyError(p, "issue '" + issue.id() + "' has no option '" + e.getKey() + "'"
                            + Hints.hint(e.getKey(), issue.options(), "option"));
                }
                v[o] = x;
                given[o] = true;
            }
        }
        if (issue.kind().isNumeric()) {
            if (anchors.isEmpty()) {
                throw error(ptr, "issue '" + issue.id() + "' needs at least one rated value");
            }
            for (int o = 0; o < v.length; o++) {
                v[o] = interpolate(anchors, issue.numbers().get(o));
            }
            return v;
        }
        for (int o = 0; o < v.length; o++) {
            if (!given[o]) {
                throw error(ptr, "option '" + issue.option(o) + "' of issue '" + issue.id() + "' has no "
                        + what.substring(0, what.length() - 1));
            }
        }
        return v;
    }

    private static double interpolate(TreeMap<BigDecimal, Double> anchors, BigDecimal x) {
        Map.Entry<BigDecimal, Double> lo = anchors.floorEntry(x);
        Map.Entry<BigDecimal, Double> hi = anchors.ceilingEntry(x);
        if (lo == null) {
            return hi.getValue();
        }
        if (hi == null || lo.getKey().compareTo(hi.getKey()) == 0) {
            return lo.getValue();
        }
        double f = x.subtract(lo.getKey()).doubleValue() / hi.getKey().subtract(lo.getKey()).doubleValue();
        return lo.getValue() + f * (hi.getValue() - lo.getValue());
    }

    private List<RedLine> redLines(String party, JsonNode list, String ptr) {
        List<RedLine> out = new ArrayList<>();
        List<JsonNode> items = elements(list);
        for (int k = 0; k < items.size(); k++) {
            JsonNode r = items.get(k);
            String p = ptr + "/" + k;
            int i = issue(r.get("issue").asText(), p + "/issue");
            List<Integer> opts = new ArrayList<>();
            List<JsonNode> os = elements(r.get("options"));
            for (int o = 0; o < os.size(); o++) {
                opts.add(option(issues.get(i), os.get(o), p + "/options/" + o));
            }
            out.add(new RedLine(party, issues.get(i).id(), opts, text(r, "text", ""), text(r, "source", "")));
        }
        return out;
    }

    private CostOfDelay cost(JsonNode c, String ptr) {
        int bases = (c.has("gdpShare") ? 1 : 0) + (c.has("lossPerPeriod") ? 1 : 0) + (c.has("delta") ? 1 : 0);
        if (bases != 1) {
            throw error(ptr, "a cost of delay needs exactly one of 'gdpShare' (with 'stakeGdpYears'), "
                    + "'lossPerPeriod' (with 'stake') or 'delta'");
        }
        String figure = text(c, "figure", "");
        String source = text(c, "source", "");
        String unit = period.key();
        if (c.has("delta")) {
            double d = c.get("delta").doubleValue();
            return new CostOfDelay(-Math.log(d), figure, source, "δ = " + fmt(d) + " per " + unit + " as given");
        }
        if (c.has("lossPerPeriod")) {
            if (!c.has("stake")) {
                throw error(ptr, "'lossPerPeriod' needs 'stake', the value at stake in the same units");
            }
            double loss = c.get("lossPerPeriod").doubleValue();
            double stake = c.get("stake").doubleValue();
            double delta = discountFactor(loss, stake, ptr);
            double rate = loss / stake;
            return new CostOfDelay(rate, figure, source, String.format(Locale.ROOT,
                    "c/V = %s / %s = %s per %s; δ = exp(−c/V) = %.6f", fmt(loss), fmt(stake), fmt(rate), unit,
                    delta));
        }
        if (!c.has("stakeGdpYears")) {
            throw error(ptr, "'gdpShare' needs 'stakeGdpYears', the value at stake in years of GDP");
        }
        double share = c.get("gdpShare").doubleValue();
        double base = c.path("baselineShare").asDouble(0);
        double stake = c.get("stakeGdpYears").doubleValue();
        // in years of GDP: a period's GDP is 1/perYear, the extra spending c = (m − m_base)·GDP per period, the stake
        // V = stakeGdpYears; spending at or below the peacetime baseline is no cost of delay (δ = 1)
        double cost;
        try {
            cost = Math.max(0, CostOfDelay.perPeriodCost(share, base, 1 / period.perYear()));
        } catch (IllegalArgumentException e) {
            throw error(ptr, e.getMessage());
        }
        double delta = discountFactor(cost, stake, ptr);
        double rate = cost / stake;
        return new CostOfDelay(rate, figure, source, String.format(Locale.ROOT,
                "c/V = (%s − %s) / %s GDP-years / %s %ss a year = %s per %s; δ = exp(−c/V) = %.6f", fmt(share),
                fmt(base), fmt(stake), fmt(period.perYear()), unit, fmt(rate), unit, delta));
    }

    /** {@code δ = exp(−c/V)} by {@link org.parley.methods.CostOfDelay#discountFactor}, its refusals as file errors. */
    private double discountFactor(double cost, double stake, String ptr) {
        try {
            return CostOfDelay.discountFactor(cost, stake);
        } catch (IllegalArgumentException e) {
            throw error(ptr, e.getMessage());
        }
    }

    private static String fmt(double x) {
        return new BigDecimal(Double.toString(x)).round(new java.math.MathContext(6)).stripTrailingZeros()
                .toPlainString();
    }
}
