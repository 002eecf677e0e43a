package org.parley.formats.negmas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link NegmasScenario} as the files of a NegMAS scenario folder, in the portable key set that NegMAS 0.10,
 * 0.11 and 0.15 all read: short type tags; no {@code path}, {@code stability} or {@code reserved_outcome}; always a
 * {@code reserved_value}; {@code bias} only when it is not 0.
 *
 * <p>The domain goes to {@code <domain name>.yml} and each utility function to {@code <its name>.yml}. NegMAS orders
 * the negotiators by file name, so when the names would not sort in party order (or clash, or start with a dot or an
 * underscore) every ufun file gets its position in front ({@code 1-seller.yml}, {@code 2-buyer.yml}); the
 * {@code name} inside the file stays as it was.
 */
final class NegmasWriter {

    private NegmasWriter() {
    }

    /** The files of the folder, file name → YAML text: the domain first, then the ufuns in order. */
    static Map<String, String> files(NegmasScenario s, List<String> warnings) {
        List<String> stems = new ArrayList<>();
        for (NegmasUfun u : s.ufuns()) {
            stems.add(safe(u.name()));
        }
        if (!inOrder(stems)) {
            int digits = Integer.toString(stems.size()).length();
            List<String> prefixed = new ArrayList<>();
            for (int i = 0; i < stems.size(); i++) {
                prefixed.add(String.format("%0" + digits + "d-%s", i + 1, stems.get(i)));
            }
            warnings.add("ufun files are named " + String.join(", ", prefixed.stream().map(p -> p + ".yml").toList())
                    + ": NegMAS orders parties by file name, and the names alone would not keep parley's order");
            stems = prefixed;
        }
        Set<String> taken = new HashSet<>();
        stems.forEach(st -> taken.add(st.toLowerCase(Locale.ROOT)));
        String domain = safe(s.domainName()).startsWith("_") ? "domain" + safe(s.domainName()) : safe(s.domainName());
        if (taken.contains(domain.toLowerCase(Locale.ROOT))) {
            domain = domain + "-domain";
            for (int k = 2; taken.contains(domain.toLowerCase(Locale.ROOT)); k++) {
                domain = domain.replaceAll("-domain[0-9]*$", "") + "-domain" + k;
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put(domain + ".yml", BlockYaml.write(domain(s)));
        for (int i = 0; i < stems.size(); i++) {
            out.put(stems.get(i) + ".yml", BlockYaml.write(ufun(s.ufuns().get(i))));
        }
        return out;
    }

    /** True when the stems sort strictly in their given order, are unique ignoring case and start plainly. */
    private static boolean inOrder(List<String> stems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < stems.size(); i++) {
            String st = stems.get(i);
            if (st.startsWith("_") || !seen.add(st.toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (i > 0 && NegmasReader.CODE_POINT_ORDER.compare(stems.get(i - 1) + ".yml", st + ".yml") >= 0) {
                return false;
            }
        }
        return true;
    }

    /** A file stem from a name: letters, digits, '.', '_' and '-' kept, anything else '_'; no leading dot. */
    static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        return s.isEmpty() ? "ufun" : s;
    }

    /** A structural key (written bare) and its value. */
    private static void put(Map<Object, Object> m, String key, Object value) {
        m.put(new BlockYaml.Plain(key), value);
    }

    static Map<Object, Object> domain(NegmasScenario s) {
        Map<Object, Object> m = new LinkedHashMap<>();
        List<Object> issues = new ArrayList<>();
        for (NegmasIssue i : s.issues()) {
            Map<Object, Object> im = new LinkedHashMap<>();
            put(im, "name", i.name());
            put(im, "type", new BlockYaml.Plain(i.tag()));
            if (i instanceof NegmasIssue.Categorical c) {
                put(im, "values", new ArrayList<>(c.values()));
            } else if (i instanceof NegmasIssue.Contiguous c) {
                put(im, "values", List.of(c.lo(), c.hi()));
            } else {
                NegmasIssue.Continuous c = (NegmasIssue.Continuous) i;
                put(im, "values", List.of(c.lo(), c.hi()));
                if (c.levels() != null) {
                    put(im, "n_levels", (long) c.levels());
                }
            }
            issues.add(im);
        }
        put(m, "issues", issues);
        put(m, "name", s.domainName());
        put(m, "type", new BlockYaml.Plain(s.discrete() ? "DiscreteCartesianOutcomeSpace" : "CartesianOutcomeSpace"));
        return m;
    }

    static Map<Object, Object> ufun(NegmasUfun u) {
        Map<Object, Object> inner = new LinkedHashMap<>();
        put(inner, "name", u.name());
        put(inner, "reserved_value", u.reservedValue());
        put(inner, "type", new BlockYaml.Plain("LinearAdditiveUtilityFunction"));
        List<Object> values = new ArrayList<>();
        for (ValueFunction f : u.values()) {
            values.add(function(f));
        }
        put(inner, "values", values);
        put(inner, "weights", new ArrayList<Object>(u.weights()));
        if (u.bias() != 0) {
            put(inner, "bias", u.bias());
        }
        if (u.discount() == null) {
            return inner;
        }
        Map<Object, Object> m = new LinkedHashMap<>();
        put(m, "discount", u.discount().discount());
        put(m, "dynamic_reservation", u.discount().dynamicReservation());
        put(m, "factor", new BlockYaml.Plain(u.discount().factor()));
        put(m, "name", u.name());
        put(m, "reserved_value", u.reservedValue());
        put(m, "type", new BlockYaml.Plain("ExpDiscountedUFun"));
        put(m, "ufun", inner);
        return m;
    }

    static Map<Object, Object> function(ValueFunction f) {
        Map<Object, Object> m = new LinkedHashMap<>();
        put(m, "type", new BlockYaml.Plain(f.tag()));
        if (f instanceof ValueFunction.Table t) {
            put(m, "mapping", new LinkedHashMap<Object, Object>(t.mapping()));
        } else if (f instanceof ValueFunction.Affine a) {
            put(m, "slope", a.slope());
            put(m, "bias", a.bias());
        } else if (f instanceof ValueFunction.Linear l) {
            put(m, "slope", l.slope());
        } else if (f instanceof ValueFunction.Const c) {
            put(m, "bias", c.bias());
        } else if (f instanceof ValueFunction.Quadratic q) {
            put(m, "a2", q.a2());
            put(m, "a1", q.a1());
            put(m, "bias", q.bias());
        } else if (f instanceof ValueFunction.Polynomial p) {
            put(m, "coefficients", new ArrayList<Object>(p.coefficients()));
            put(m, "bias", p.bias());
        } else if (f instanceof ValueFunction.Exponential e) {
            put(m, "tau", e.tau());
            put(m, "bias", e.bias());
            put(m, "base", e.base());
        } else if (f instanceof ValueFunction.Log l) {
            put(m, "tau", l.tau());
            put(m, "bias", l.bias());
            put(m, "base", l.base());
            put(m, "scale", l.scale());
        } else if (f instanceof ValueFunction.Sin sn) {
            put(m, "amplitude", sn.amplitude());
            put(m, "multiplier", sn.multiplier());
            put(m, "phase", sn.phase());
            put(m, "bias", sn.bias());
        } else if (f instanceof ValueFunction.Cos cs) {
            put(m, "amplitude", cs.amplitude());
            put(m, "multiplier", cs.multiplier());
            put(m, "phase", cs.phase());
            put(m, "bias", cs.bias());
        } else if (f instanceof ValueFunction.Triangular t) {
            put(m, "start", t.start());
            put(m, "middle", t.middle());
            put(m, "end", t.end());
            if (t.bias() != 0) {
                put(m, "bias", t.bias());
            }
            if (t.scale() != 1) {
                put(m, "scale", t.scale());
            }
        }
        return m;
    }
}
