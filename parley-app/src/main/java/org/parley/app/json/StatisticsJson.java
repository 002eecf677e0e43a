package org.parley.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.stats.BootstrapRanking;
import org.parley.tournament.TournamentStatistics;

/**
 * A tournament's statistics ({@code statistics.json}, written by {@code report}; schema
 * {@code docs/schema/tournament-statistics.schema.json}, described in {@code docs/json.md}): the ranking with
 * bootstrap intervals and the pairwise Wilcoxon tests with Holm correction ({@link TournamentStatistics}).
 */
public final class StatisticsJson {

    private StatisticsJson() {
    }

    /** The document as a tree. */
    public static ObjectNode tree(TournamentStatistics s) {
        ObjectNode root = Json.object();
        root.put("metric", "discountedUtility");
        root.put("alpha", TournamentStatistics.ALPHA);
        ObjectNode boot = root.putObject("bootstrap");
        boot.put("replicates", TournamentStatistics.REPLICATES);
        boot.put("seed", TournamentStatistics.SEED);
        ArrayNode ranking = root.putArray("ranking");
        for (TournamentStatistics.Ranked r : s.ranking()) {
            BootstrapRanking.Place p = r.place();
            ObjectNode o = ranking.addObject();
            o.put("agent", r.agent());
            o.put("n", r.n());
            o.put("rank", p.rank());
            o.put("rankLow", p.rankLow());
            o.put("rankHigh", p.rankHigh());
            number(o, "mean", p.mean());
            number(o, "meanLow", p.meanLow());
            number(o, "meanHigh", p.meanHigh());
        }
        ArrayNode comparisons = root.putArray("comparisons");
        for (TournamentStatistics.Comparison c : s.comparisons()) {
            ObjectNode o = comparisons.addObject();
            o.put("agentA", c.agentA());
            o.put("agentB", c.agentB());
            o.put("pairs", c.pairs());
            o.put("zeros", c.test().zeros());
            number(o, "meanDifference", c.meanDifference());
            o.put("wPlus", c.test().wPlus());
            o.put("wMinus", c.test().wMinus());
            number(o, "pValue", c.test().pValue());
            o.put("exact", c.test().exact());
            number(o, "pHolm", c.pHolm());
            number(o, "rankBiserial", c.test().rankBiserial());
            o.put("significant", c.significant());
        }
        return root;
    }

    /** The document as one line of JSON (no newline). */
    public static String toJson(TournamentStatistics s) {
        return Json.write(tree(s));
    }

    private static void number(ObjectNode o, String key, double x) {
        if (Double.isFinite(x)) {
            o.put(key, x);
        } else {
            o.putNull(key);
        }
    }
}
