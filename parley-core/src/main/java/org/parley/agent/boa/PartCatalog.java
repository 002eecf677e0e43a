package org.parley.agent.boa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The parts a {@link BoaSpec} can name, with their parameters, defaults and ranges. */
final class PartCatalog {

    private PartCatalog() {
    }

    /** The four slots of a BOA agent. */
    enum Kind {
        OFFER("offer", "offering"), MODEL("model", "opponent model"), OMS("oms", "OM strategy"),
        ACCEPT("accept", "acceptance");

        final String key;
        final String noun;

        Kind(String key, String noun) {
            this.key = key;
            this.noun = noun;
        }

        static Kind byKey(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key)) {
                    return k;
                }
            }
            return null;
        }

        static String keys() {
            List<String> keys = new ArrayList<>();
            for (Kind k : values()) {
                keys.add(k.key);
            }
            return String.join(", ", keys);
        }
    }

    /** A range check: null when {@code v} is fine, else what it must be. */
    interface Check {
        String problem(double v);
    }

    static final Check ANY = v -> null;
    static final Check NON_NEGATIVE = v -> v >= 0 ? null : "must be ≥ 0";
    static final Check POSITIVE = v -> v > 0 ? null : "must be > 0";
    static final Check UNIT = v -> v >= 0 && v <= 1 ? null : "must lie in [0, 1]";
    static final Check DECAY = v -> v > 0 && v <= 1 ? null : "must lie in (0, 1]";
    static final Check COUNT = v -> v >= 1 && v <= 1_000_000 && v == Math.rint(v) ? null
            : "must be a whole number ≥ 1";

    /** A named parameter; a NaN default means "not set" (e.g. td's min: the profile's minimum). */
    record Param(String name, double defaultValue, Check check) {
    }

    /** A known part: its slot, name, parameters in canonical order, and how to build it from values. */
    record Def(Kind kind, String name, List<Param> params, Function<double[], Object> make) {

        int indexOf(String param) {
            for (int i = 0; i < params.size(); i++) {
                if (params.get(i).name().equals(param)) {
                    return i;
                }
            }
            return -1;
        }

        String paramNames() {
            List<String> names = new ArrayList<>();
            for (Param p : params) {
                names.add(p.name());
            }
            return names.isEmpty() ? "none" : String.join(", ", names);
        }

        double[] defaults() {
            double[] v = new double[params.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = params.get(i).defaultValue();
            }
            return v;
        }
    }

    /** Every part by slot and name: built once, read-only. */
    private static final Map<Kind, Map<String, Def>> DEFS;

    private static void def(Map<Kind, Map<String, Def>> defs, Kind kind, String name, Function<double[], Object> make,
            Param... params) {
        defs.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(name, new Def(kind, name, List.of(params), make));
    }

    private static Param p(String name, double def, Check check) {
        return new Param(name, def, check);
    }

    static {
        Map<Kind, Map<String, Def>> d = new LinkedHashMap<>();
        def(d, Kind.OFFER, "td", v -> new TimeDependentOffering(v[0], v[1], v[2], v[3]),
                p("e", 1, NON_NEGATIVE), p("k", 0, UNIT), p("min", Double.NaN, ANY), p("max", Double.NaN, ANY));
        def(d, Kind.MODEL, "hardheaded", v -> new HardHeadedFrequencyModel(v[0]), p("l", 0.2, POSITIVE));
        def(d, Kind.MODEL, "recency", v -> new RecencyFrequencyModel(v[0]), p("decay", 0.9, DECAY));
        def(d, Kind.MODEL, "none", v -> null);
        def(d, Kind.OMS, "best", v -> new BestBid());
        def(d, Kind.OMS, "bestn", v -> new OfferBestN((int) v[0]), p("n", 3, COUNT));
        def(d, Kind.OMS, "null", v -> new NullStrategy());
        def(d, Kind.ACCEPT, "next", v -> new AcNext(v[0], v[1]), p("a", 1, ANY), p("b", 0, ANY));
        def(d, Kind.ACCEPT, "const", v -> new AcConst(v[0]), p("c", 0.9, ANY));
        def(d, Kind.ACCEPT, "time", v -> new AcTime(v[0]), p("t", 0.99, ANY));
        def(d, Kind.ACCEPT, "combi", v -> new AcCombi(v[0], v[1], v[2]), p("a", 1, ANY), p("b", 0, ANY),
                p("t", 0.98, ANY));
        def(d, Kind.ACCEPT, "mac", v -> new AcCombiMaxInWindow(v[0]), p("t", 0.98, ANY));
        def(d, Kind.ACCEPT, "previous", v -> new AcPrevious(v[0], v[1]), p("a", 1, ANY), p("b", 0, ANY));
        def(d, Kind.ACCEPT, "gap", v -> new AcGap(v[0]), p("c", 0.01, ANY));
        def(d, Kind.ACCEPT, "combimax", v -> new AcCombiMax(v[0]), p("t", 0.98, ANY));
        def(d, Kind.ACCEPT, "combiavg", v -> new AcCombiAvg(v[0]), p("t", 0.98, ANY));
        Map<Kind, Map<String, Def>> frozen = new LinkedHashMap<>();
        d.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
        DEFS = Collections.unmodifiableMap(frozen);
    }

    /** The part named {@code name} in slot {@code kind}, or null. */
    static Def find(Kind kind, String name) {
        return DEFS.get(kind).get(name);
    }

    /** The names known in slot {@code kind}, comma-separated, for error hints. */
    static String known(Kind kind) {
        return String.join(", ", DEFS.get(kind).keySet());
    }

    /** Every part, by slot (read-only). */
    static Map<Kind, Map<String, Def>> all() {
        return DEFS;
    }
}
