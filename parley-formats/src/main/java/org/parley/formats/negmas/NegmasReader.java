package org.parley.formats.negmas;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.formats.FormatException;
import org.parley.formats.yaml.YamlDoc;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads the YAML files of a NegMAS scenario folder into a {@link NegmasScenario}, with NegMAS's rules: files are
 * recognised by their {@code type} (containing {@code OutcomeSpace}: the domain; containing {@code fun} in any case:
 * a utility function; anything else is ignored), utility functions come in sorted file-name order, lists align with
 * the domain's issues by position, and scalars are typed with YAML 1.1 as PyYAML types them.
 *
 * <p>Everything NegMAS itself would fail on (a table without an entry for some value, a numeric function on text
 * values, lists of the wrong length, unknown keys) and every kind parley does not read (unbounded and optional
 * issues, mapping, weighted and constant utility functions, linear discounting, pickled code) is a one-line
 * {@link FormatException} naming the file, the line:column and the problem. Keys NegMAS writes but that carry
 * nothing for parley ({@code path}, {@code stability}, {@code id}, {@code n_values}, {@code outcome_space}, a null
 * {@code reserved_outcome}) are ignored.
 */
final class NegmasReader {

    /** Largest file read, in bytes. */
    static final int MAX_BYTES = 16 << 20;

    static final List<String> DOMAIN_TYPES = List.of("DiscreteCartesianOutcomeSpace", "CartesianOutcomeSpace");
    static final List<String> ISSUE_TYPES = List.of("CategoricalIssue", "ContiguousIssue", "ContinuousIssue",
            "DiscreteCardinalIssue", "DiscreteOrdinalIssue");
    static final List<String> UFUN_TYPES = List.of("LinearAdditiveUtilityFunction",
            "LinearUtilityAggregationFunction", "AffineUtilityFunction", "LinearUtilityFunction", "ExpDiscountedUFun");
    static final List<String> FUN_TYPES = List.of("TableFun", "AffineFun", "LinearFun", "IdentityFun", "ConstFun",
            "QuadraticFun", "PolynomialFun", "ExponentialFun", "LogFun", "SinFun", "CosFun", "TriangularFun");

    private static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("CountableInfiniteIssue", "unbounded issues are not supported"),
            Map.entry("ContinuousInfiniteIssue", "unbounded issues are not supported"),
            Map.entry("OptionalIssue", "optional issues are not supported (NegMAS cannot load them either)"),
            Map.entry("CallableIssue", "issues defined by code are not supported"),
            Map.entry("SingletonIssue", "singleton issues are not supported"),
            Map.entry("LinDiscountedUFun", "linear (cost per step) discounting is not supported; parley discounts "
                    + "exponentially only"),
            Map.entry("WeightedUtilityFunction", "weighted sums of utility functions are not supported; give one "
                    + "linear-additive function"),
            Map.entry("ConstUtilityFunction", "constant utility functions are not supported"),
            Map.entry("MappingUtilityFunction", "utility tables over whole outcomes are not supported (and PyYAML "
                    + "cannot read their tuple keys back)"),
            Map.entry("HyperRectangleUtilityFunction", "hyper-rectangle utility functions are not supported in NegMAS "
                    + "form; read the GENIUS XML originals instead"),
            Map.entry("LambdaFun", "value functions given as pickled Python code are not supported"),
            Map.entry("TrapezoidalFun", "this value function (NegMAS 0.12 and later only) is not supported"),
            Map.entry("GaussianFun", "this value function (NegMAS 0.12 and later only) is not supported"),
            Map.entry("AggregatingFun", "this value function (NegMAS 0.12 and later only) is not supported"),
            Map.entry("BiasedFun", "this value function (NegMAS 0.12 and later only) is not supported"),
            Map.entry("MultiModalTrapezoidalFun", "this value function (NegMAS 0.12 and later only) is not supported"),
            Map.entry("MultiModalGaussianFun", "this value function (NegMAS 0.12 and later only) is not supported"));

    private static final List<String> DOMAIN_KEYS = List.of("type", "name", "issues", "path", "id");
    private static final List<String> ISSUE_KEYS = List.of("type", "name", "values", "n_values", "n_levels", "id");
    private static final List<String> UFUN_COMMON = List.of("type", "name", "reserved_value", "reserved_outcome",
            "stability", "id", "outcome_space", "path");
    private static final Map<String, List<String>> FUN_KEYS = Map.ofEntries(
            Map.entry("TableFun", List.of("mapping")),
            Map.entry("AffineFun", List.of("slope", "bias")),
            Map.entry("LinearFun", List.of("slope")),
            Map.entry("IdentityFun", List.of()),
            Map.entry("ConstFun", List.of("bias")),
            Map.entry("QuadraticFun", List.of("a2", "a1", "bias")),
            Map.entry("PolynomialFun", List.of("coefficients", "bias")),
            Map.entry("ExponentialFun", List.of("tau", "bias", "base")),
            Map.entry("LogFun", List.of("tau", "bias", "base", "scale")),
            Map.entry("SinFun", List.of("amplitude", "multiplier", "phase", "bias")),
            Map.entry("CosFun", List.of("amplitude", "multiplier", "phase", "bias")),
            Map.entry("TriangularFun", List.of("start", "middle", "end", "bias", "scale")));

    /** One file of the folder: a name for messages (a path, or just the file name) and its bytes. */
    record Source(String name, byte[] bytes) {
    }

    /** What a folder holds, with what the reader chose to note (e.g. ignored table entries). */
    record Read(NegmasScenario scenario, List<String> notes) {
    }

    private final Set<String> notes = new LinkedHashSet<>();

    private NegmasReader() {
    }

    /** The file-name part of a source name. */
    static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    /** True for the names NegMAS's YAML finder takes: {@code .yml} or {@code .yaml}, not starting with a dot. */
    static boolean isYamlName(String fileName) {
        return !fileName.startsWith(".") && (fileName.endsWith(".yml") || fileName.endsWith(".yaml"));
    }

    /** Python's string order (by code point), which fixes the negotiators' order. */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    /**
     * Reads a scenario from its YAML files. Sources whose file names NegMAS would not read (not {@code .yml} or
     * {@code .yaml}, or starting with a dot) are skipped.
     *
     * @param name   the scenario's name (NegMAS uses the folder's name)
     * @param folder the folder, named in messages about the folder as a whole; may be null
     */
    static Read read(String name, Path folder, List<Source> sources) {
        return new NegmasReader().readAll(name, folder, sources);
    }

    private Read readAll(String name, Path folder, List<Source> sources) {
        List<Source> files = new ArrayList<>();
        for (Source s : sources) {
            if (isYamlName(fileName(s.name()))) {
                files.add(s);
            }
        }
        files.sort(Comparator.comparing((Source s) -> fileName(s.name()), CODE_POINT_ORDER));
        Doc domain = null;
        List<Doc> domains = new ArrayList<>();
        List<Doc> ufuns = new ArrayList<>();
        for (Source s : files) {
            MappingNode root = parse(s);
            Node type = typeOf(root);
            if (type == null) {
                continue;
            }
            Doc d = new Doc(s.name(), root);
            String t = d.text(type, "type");
            if (t.contains("OutcomeSpace")) {
                domains.add(d);
                domain = d;
            } else if (t.toLowerCase(Locale.ROOT).contains("fun")) {
                ufuns.add(d);
            }
        }
        if (domain == null) {
            throw new FormatException(folder, null, "scenario '" + name + "' has no NegMAS domain file (a .yml or "
                    + ".yaml mapping whose type contains OutcomeSpace) among " + files.size() + " YAML file"
                    + (files.size() == 1 ? "" : "s") + "; for GENIUS XML or GeniusWeb JSON, give the domain file and "
                    + "then the profile files");
        }
        if (domains.size() > 1) {
            notes.add("scenario '" + name + "' has " + domains.size() + " domain files; the last in name order, "
                    + fileName(domain.source) + ", is used, as NegMAS does");
        }
        Domain dom = domain(domain);
        if (ufuns.isEmpty()) {
            throw new FormatException(domain.file, null, "scenario '" + name + "' has a domain but no utility "
                    + "function files (YAML mappings whose type contains 'fun')");
        }
        List<NegmasUfun> out = new ArrayList<>();
        for (Doc u : ufuns) {
            out.add(ufun(u, dom));
        }
        try {
            return new Read(new NegmasScenario(name, domain.source, dom.name, dom.issues, out), List.copyOf(notes));
        } catch (IllegalArgumentException e) {
            throw new FormatException(domain.file, null, e.getMessage());
        }
    }

    /** The value of a top-level {@code type} key, or null; other keys are not checked (side files are free-form). */
    private static Node typeOf(MappingNode root) {
        for (NodeTuple t : root.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("type")) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static MappingNode parse(Source s) {
        Path file = Path.of(s.name());
        if (s.bytes().length > MAX_BYTES) {
            throw new FormatException(file, null, "file is " + s.bytes().length + " bytes; the limit is " + MAX_BYTES
                    + " (16 MiB)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(s.bytes())).toString();
        } catch (CharacterCodingException e) {
            throw new FormatException(file, null, "file is not valid UTF-8", e);
        }
        Node root = YamlDoc.parse(file, text, MAX_BYTES + 1, Yaml11.SCHEMA);
        if (!(root instanceof MappingNode m)) {
            throw new FormatException(file, YamlDoc.at(root), "NegMAS reads every .yml/.yaml file of a scenario "
                    + "folder and needs each to be a mapping (key: value), got " + YamlDoc.describe(root));
        }
        return m;
    }

    /** The domain as read: its name and issues. */
    private record Domain(String name, List<NegmasIssue> issues, Map<String, Integer> positions) {
    }

    private Domain domain(Doc d) {
        Map<String, Node> f = d.fields(d.root, "a NegMAS domain", DOMAIN_KEYS);
        String type = shortTag(d.text(f.get("type"), "type"));
        if (!DOMAIN_TYPES.contains(type)) {
            throw d.error(f.get("type"), "outcome space type '" + type + "' is not supported; parley reads "
                    + String.join(" and ", DOMAIN_TYPES));
        }
        String name = f.containsKey("name") ? d.text(f.get("name"), "name") : stem(d.source);
        Node issuesNode = d.require(f, "issues", "a NegMAS domain");
        List<NegmasIssue> issues = new ArrayList<>();
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (Node n : d.list(issuesNode, "issues")) {
            NegmasIssue issue = issue(d, n);
            if (positions.putIfAbsent(issue.name(), issues.size()) != null) {
                throw d.error(n, "a second issue named '" + issue.name() + "'");
            }
            if (type.equals("DiscreteCartesianOutcomeSpace") && !issue.finite()) {
                throw d.error(n, "continuous issue '" + issue.name() + "' in a DiscreteCartesianOutcomeSpace (NegMAS "
                        + "refuses this too); use CartesianOutcomeSpace");
            }
            issues.add(issue);
        }
        if (issues.isEmpty()) {
            throw d.error(issuesNode, "the domain has no issues");
        }
        return new Domain(name, issues, positions);
    }

    private NegmasIssue issue(Doc d, Node n) {
        Map<String, Node> f = d.fields(n, "an issue", ISSUE_KEYS);
        Node typeNode = d.require(f, "type", "an issue");
        String type = shortTag(d.text(typeNode, "type"));
        String name = d.text(d.require(f, "name", "an issue"), "an issue name");
        Node values = d.require(f, "values", "issue '" + name + "'");
        try {
            switch (type) {
                case "CategoricalIssue":
                case "DiscreteCardinalIssue":
                case "DiscreteOrdinalIssue": {
                    List<Object> vs = new ArrayList<>();
                    for (Node v : d.list(values, "the values of issue '" + name + "'")) {
                        vs.add(d.issueValue(v, name));
                    }
                    return new NegmasIssue.Categorical(name, type, vs);
                }
                case "ContiguousIssue": {
                    if (values instanceof ScalarNode) {
                        long n1 = d.integer(values, "the values of issue '" + name + "'");
                        if (n1 < 1) {
                            throw d.error(values, "issue '" + name + "' needs at least one value, got " + n1);
                        }
                        return new NegmasIssue.Contiguous(name, 0, n1 - 1);
                    }
                    List<Node> b = d.list(values, "the values of issue '" + name + "'");
                    if (b.size() != 2) {
                        throw d.error(values, "issue '" + name + "' needs its bounds as [lo, hi], got " + b.size()
                                + " values");
                    }
                    return new NegmasIssue.Contiguous(name, d.integer(b.get(0), "a lower bound"),
                            d.integer(b.get(1), "an upper bound"));
                }
                case "ContinuousIssue": {
                    List<Node> b = d.list(values, "the values of issue '" + name + "'");
                    if (b.size() != 2) {
                        throw d.error(values, "issue '" + name + "' needs its bounds as [lo, hi], got " + b.size()
                                + " values");
                    }
                    Integer levels = null;
                    if (f.containsKey("n_levels") && !d.isNull(f.get("n_levels"))) {
                        long l = d.integer(f.get("n_levels"), "n_levels");
                        if (l < 2 || l > org.parley.domain.Issue.MAX_VALUES) {
                            throw d.error(f.get("n_levels"), "n_levels must lie in 2.."
                                    + org.parley.domain.Issue.MAX_VALUES + ", got " + l);
                        }
                        levels = (int) l;
                    }
                    double lo = d.number(b.get(0), "a lower bound");
                    double hi = d.number(b.get(1), "an upper bound");
                    if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
                        throw d.error(values, "issue '" + name + "' is unbounded; unbounded issues are not supported");
                    }
                    return new NegmasIssue.Continuous(name, lo, hi, levels);
                }
                default:
                    throw d.error(typeNode, unknownTag(type, "issue", ISSUE_TYPES));
            }
        } catch (IllegalArgumentException e) {
            throw d.error(n, e.getMessage());
        }
    }

    private NegmasUfun ufun(Doc d, Domain dom) {
        Node typeNode = d.fields.get("type");
        String type = shortTag(d.text(typeNode, "type"));
        if (type.equals("ExpDiscountedUFun")) {
            Map<String, Node> f = d.fields(d.root, "an ExpDiscountedUFun", with(UFUN_COMMON, "discount", "factor",
                    "dynamic_reservation", "ufun"));
            Node innerNode = d.require(f, "ufun", "an ExpDiscountedUFun");
            Map<String, Node> inner = d.fields(innerNode, "the discounted ufun", null);
            Node innerType = d.require(inner, "type", "the discounted ufun");
            String it = shortTag(d.text(innerType, "type"));
            if (it.equals("ExpDiscountedUFun")) {
                throw d.error(innerType, "a discounted ufun inside a discounted ufun is not supported");
            }
            NegmasUfun base = additive(d, innerNode, it, innerType, dom, null);
            double outerReserved = reserved(d, f);
            double reservedValue = Double.isFinite(outerReserved) ? outerReserved : base.reservedValue();
            String name = f.containsKey("name") ? d.text(f.get("name"), "name") : base.name();
            NegmasUfun.Discount discount = null;
            if (f.containsKey("discount") && !d.isNull(f.get("discount"))) {
                double disc = d.number(f.get("discount"), "discount");
                if (Double.isNaN(disc) || disc < 0 || disc > 1) {
                    throw d.error(f.get("discount"), "discount must lie in [0, 1] (0 and 1 mean none), got "
                            + PythonFloats.repr(disc));
                }
                String factor = f.containsKey("factor") ? d.text(f.get("factor"), "factor") : "step";
                if (!factor.equals("step")) {
                    throw d.error(f.get("factor"), "factor '" + factor + "' is not supported; parley reads "
                            + "exponential discounts per step (factor: step)");
                }
                boolean dynamic = !f.containsKey("dynamic_reservation")
                        || d.bool(f.get("dynamic_reservation"), "dynamic_reservation");
                if (disc > 0 && disc < 1) {
                    discount = new NegmasUfun.Discount(disc, factor, dynamic);
                }
            }
            return new NegmasUfun(d.source, name, base.values(), base.weights(), base.bias(), reservedValue,
                    discount);
        }
        return additive(d, d.root, type, typeNode, dom, stem(d.source));
    }

    private NegmasUfun additive(Doc d, Node node, String type, Node typeNode, Domain dom, String defaultName) {
        if (!UFUN_TYPES.contains(type)) {
            throw d.error(typeNode, unknownTag(type, "utility function", UFUN_TYPES));
        }
        boolean affine = type.equals("AffineUtilityFunction") || type.equals("LinearUtilityFunction");
        Map<String, Node> f = affine ? d.fields(node, "an " + type, with(UFUN_COMMON, "weights", "bias"))
                : d.fields(node, "a " + type, with(UFUN_COMMON, "values", "weights", "bias"));
        if (f.containsKey("reserved_outcome") && !d.isNull(f.get("reserved_outcome"))) {
            notes.add(fileName(d.source) + ": reserved_outcome is ignored; parley uses reserved_value");
        }
        String name = f.containsKey("name") ? d.text(f.get("name"), "name")
                : defaultName != null ? defaultName : stem(d.source);
        int n = dom.issues.size();
        List<ValueFunction> values = new ArrayList<>();
        List<Node> at = new ArrayList<>();
        if (affine) {
            if (!f.containsKey("weights")) {
                throw d.error(node, "an " + type + " needs 'weights'");
            }
            for (int i = 0; i < n; i++) {
                values.add(new ValueFunction.Identity());
                at.add(f.get("weights"));
            }
        } else {
            values = values(d, d.require(f, "values", "a " + type), dom, at);
        }
        List<Double> weights = weights(d, f.get("weights"), dom);
        double bias = f.containsKey("bias") && !type.equals("LinearUtilityFunction") ? d.number(f.get("bias"), "bias")
                : 0.0;
        if (!Double.isFinite(bias)) {
            throw d.error(f.get("bias"), "bias must be a finite number, got " + PythonFloats.repr(bias));
        }
        for (int i = 0; i < n; i++) {
            check(d, at.get(i), values.get(i), dom.issues.get(i), name);
        }
        double reservedValue = reserved(d, f);
        try {
            return new NegmasUfun(d.source, name, values, weights, bias, reservedValue, null);
        } catch (IllegalArgumentException e) {
            throw d.error(node, e.getMessage());
        }
    }

    /** A value function must be able to score every value of its issue, as NegMAS evaluates it. */
    private void check(Doc d, Node at, ValueFunction vf, NegmasIssue issue, String ufun) {
        if (vf.numeric()) {
            if (issue instanceof NegmasIssue.Categorical c && !c.numeric()) {
                throw d.error(at, vf.tag() + " reads numbers, but issue '" + issue.name() + "' has text values");
            }
        }
        if (vf instanceof ValueFunction.Table t) {
            if (issue instanceof NegmasIssue.Continuous) {
                throw d.error(at, "a TableFun cannot score the continuous issue '" + issue.name() + "'");
            }
            List<Object> all = issue instanceof NegmasIssue.Categorical c ? c.values()
                    : ((NegmasIssue.Contiguous) issue).values();
            Set<Object> used = new LinkedHashSet<>();
            for (Object v : all) {
                if (!t.has(v)) {
                    List<String> unused = new ArrayList<>();
                    for (Object k : t.mapping().keySet()) {
                        if (!containsKey(all, k)) {
                            unused.add(Values.label(k));
                        }
                    }
                    String hint = unused.isEmpty() ? "" : YamlDoc.hint(Values.label(v), unused, "key");
                    if (hint.startsWith("; expected")) {
                        hint = "; its keys not among the issue's values: " + String.join(", ", unused);
                    }
                    throw d.error(at, "the TableFun of ufun '" + ufun + "' for issue '" + issue.name()
                            + "' has no entry for " + Values.show(v) + hint + typeHint(v, t));
                }
                used.add(Values.key(v));
            }
            List<String> extra = new ArrayList<>();
            for (Object k : t.mapping().keySet()) {
                if (!used.contains(Values.key(k))) {
                    extra.add(Values.show(k));
                }
            }
            if (!extra.isEmpty()) {
                notes.add(fileName(d.source) + ": the table for issue '" + issue.name() + "' has entries for "
                        + "values the issue does not have, ignored: " + String.join(", ", extra));
            }
        }
    }

    private static boolean containsKey(List<Object> values, Object k) {
        Object key = Values.key(k);
        return values.stream().anyMatch(v -> Values.key(v).equals(key));
    }

    /** "(the table has the text '2')" when a number is missing but its text is there, or the other way round. */
    private static String typeHint(Object v, ValueFunction.Table t) {
        for (Object k : t.mapping().keySet()) {
            if (Values.label(k).equals(Values.label(v)) && !Values.key(k).equals(Values.key(v))) {
                return " (the table has " + Values.show(k) + ", of another type: NegMAS compares types, so quote "
                        + "both or neither)";
            }
        }
        return "";
    }

    /** The value functions in issue order; {@code at} receives the node of each (for messages). */
    private List<ValueFunction> values(Doc d, Node n, Domain dom, List<Node> at) {
        int count = dom.issues.size();
        List<ValueFunction> out = new ArrayList<>();
        if (n instanceof MappingNode m) {
            Map<Integer, ValueFunction> byIssue = new HashMap<>();
            Map<Integer, Node> nodes = new HashMap<>();
            for (NodeTuple t : m.getValue()) {
                int i = issueByName(d, t.getKeyNode(), dom);
                if (byIssue.put(i, valueFunction(d, t.getValueNode())) != null) {
                    throw d.error(t.getKeyNode(), "issue '" + dom.issues.get(i).name() + "' is given twice");
                }
                nodes.put(i, t.getValueNode());
            }
            for (int i = 0; i < count; i++) {
                out.add(byIssue.getOrDefault(i, new ValueFunction.Identity()));
                at.add(nodes.getOrDefault(i, n));
            }
            return out;
        }
        List<Node> list = d.list(n, "values");
        if (list.size() != count) {
            throw d.error(n, "values lists " + list.size() + " value function" + (list.size() == 1 ? "" : "s")
                    + " but the domain has " + count + " issue" + (count == 1 ? "" : "s") + "; they align by position");
        }
        for (Node v : list) {
            out.add(valueFunction(d, v));
            at.add(v);
        }
        return out;
    }

    private List<Double> weights(Doc d, Node n, Domain dom) {
        int count = dom.issues.size();
        List<Double> out = new ArrayList<>();
        if (n == null || d.isNull(n)) {
            for (int i = 0; i < count; i++) {
                out.add(1.0);
            }
            return out;
        }
        if (n instanceof MappingNode m) {
            Double[] w = new Double[count];
            for (NodeTuple t : m.getValue()) {
                int i = issueByName(d, t.getKeyNode(), dom);
                if (w[i] != null) {
                    throw d.error(t.getKeyNode(), "issue '" + dom.issues.get(i).name() + "' is given twice");
                }
                w[i] = d.finiteNumber(t.getValueNode(), "a weight");
            }
            for (int i = 0; i < count; i++) {
                out.add(w[i] == null ? 1.0 : w[i]);
            }
            return out;
        }
        List<Node> list = d.list(n, "weights");
        if (list.size() != count) {
            throw d.error(n, "weights lists " + list.size() + " number" + (list.size() == 1 ? "" : "s")
                    + " but the domain has " + count + " issue" + (count == 1 ? "" : "s") + "; they align by position");
        }
        for (Node w : list) {
            out.add(d.finiteNumber(w, "a weight"));
        }
        return out;
    }

    private static int issueByName(Doc d, Node key, Domain dom) {
        String name = d.text(key, "an issue name");
        Integer i = dom.positions.get(name);
        if (i == null) {
            throw d.error(key, "no issue named '" + name + "'" + YamlDoc.hint(name,
                    new ArrayList<>(dom.positions.keySet()), "issue"));
        }
        return i;
    }

    private ValueFunction valueFunction(Doc d, Node n) {
        if (n instanceof SequenceNode) {
            throw d.error(n, "a value function given as a bare list is not readable (NegMAS fails on it too); "
                    + "write a TableFun");
        }
        if (!(n instanceof MappingNode m)) {
            throw d.error(n, "a value function must be a mapping with a type, got " + YamlDoc.describe(n));
        }
        boolean bareTable = m.getValue().stream().noneMatch(t -> t.getKeyNode() instanceof ScalarNode k
                && k.getValue().equals("type"));
        if (bareTable) {
            return table(d, n);
        }
        Map<String, Node> all = d.fields(n, "a value function", null);
        Node typeNode = all.get("type");
        String type = shortTag(d.text(typeNode, "type"));
        if (!FUN_KEYS.containsKey(type)) {
            throw d.error(typeNode, unknownTag(type, "value function", FUN_TYPES));
        }
        Map<String, Node> f = d.fields(n, "a " + type, with(List.of("type"), FUN_KEYS.get(type).toArray(String[]::new)));
        try {
            switch (type) {
                case "TableFun":
                    return table(d, d.require(f, "mapping", "a TableFun"));
                case "AffineFun":
                    return new ValueFunction.Affine(d.num(f, "slope", null), d.num(f, "bias", 0.0));
                case "LinearFun":
                    return new ValueFunction.Linear(d.num(f, "slope", null));
                case "IdentityFun":
                    return new ValueFunction.Identity();
                case "ConstFun":
                    return new ValueFunction.Const(d.num(f, "bias", null));
                case "QuadraticFun":
                    return new ValueFunction.Quadratic(d.num(f, "a2", null), d.num(f, "a1", null),
                            d.num(f, "bias", 0.0));
                case "PolynomialFun": {
                    List<Double> cs = new ArrayList<>();
                    for (Node c : d.list(d.require(f, "coefficients", "a PolynomialFun"), "coefficients")) {
                        cs.add(d.finiteNumber(c, "a coefficient"));
                    }
                    return new ValueFunction.Polynomial(cs, d.num(f, "bias", 0.0));
                }
                case "ExponentialFun":
                    return new ValueFunction.Exponential(d.num(f, "tau", null), d.num(f, "bias", 0.0),
                            d.num(f, "base", Math.E));
                case "LogFun":
                    return new ValueFunction.Log(d.num(f, "tau", null), d.num(f, "bias", 0.0), d.num(f, "base", Math.E),
                            d.num(f, "scale", 1.0));
                case "SinFun":
                    return new ValueFunction.Sin(d.num(f, "amplitude", 1.0), d.num(f, "multiplier", 1.0),
                            d.num(f, "phase", 0.0), d.num(f, "bias", 0.0));
                case "CosFun":
                    return new ValueFunction.Cos(d.num(f, "amplitude", 1.0), d.num(f, "multiplier", 1.0),
                            d.num(f, "phase", 0.0), d.num(f, "bias", 0.0));
                case "TriangularFun":
                    return new ValueFunction.Triangular(d.num(f, "start", null), d.num(f, "middle", null),
                            d.num(f, "end", null), d.num(f, "bias", 0.0), d.num(f, "scale", 1.0));
                default:
                    throw new IllegalStateException(type);
            }
        } catch (IllegalArgumentException e) {
            throw d.error(n, e.getMessage());
        }
    }

    private ValueFunction.Table table(Doc d, Node n) {
        if (!(n instanceof MappingNode m)) {
            throw d.error(n, "a TableFun's mapping must be a mapping (value: number), got " + YamlDoc.describe(n));
        }
        Map<Object, Double> mapping = new LinkedHashMap<>();
        Map<Object, Node> seen = new HashMap<>();
        for (NodeTuple t : m.getValue()) {
            Object k = d.issueValue(t.getKeyNode(), null);
            Node prev = seen.putIfAbsent(Values.key(k), t.getKeyNode());
            if (prev != null) {
                throw d.error(t.getKeyNode(), "the table maps " + Values.show(k) + " twice (first at "
                        + YamlDoc.at(prev) + ")");
            }
            mapping.put(k, d.number(t.getValueNode(), "the value of " + Values.show(k)));
        }
        try {
            return new ValueFunction.Table(mapping);
        } catch (IllegalArgumentException e) {
            throw d.error(n, e.getMessage());
        }
    }

    private double reserved(Doc d, Map<String, Node> f) {
        Node n = f.get("reserved_value");
        if (n == null || d.isNull(n)) {
            return Double.NEGATIVE_INFINITY;
        }
        double r = d.number(n, "reserved_value");
        if (Double.isNaN(r) || r == Double.POSITIVE_INFINITY) {
            throw d.error(n, "reserved_value must be a number or -.inf, got " + PythonFloats.repr(r));
        }
        return r;
    }

    /** The class name after the last dot: {@code negmas.outcomes.CategoricalIssue} → {@code CategoricalIssue}. */
    static String shortTag(String type) {
        String t = type.strip();
        return t.substring(t.lastIndexOf('.') + 1);
    }

    private static String unknownTag(String type, String kind, List<String> known) {
        String reason = REFUSED.get(type);
        if (reason != null) {
            return type + ": " + reason;
        }
        if (type.startsWith("LambdaCenter") || type.endsWith("CenterUFun")) {
            return type + ": ANL 2025 multi-deal centre utility functions are not supported";
        }
        return "unknown " + kind + " type '" + type + "'" + YamlDoc.hint(type, known, "type");
    }

    private static String stem(String source) {
        String f = fileName(source);
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }

    private static List<String> with(List<String> base, String... more) {
        List<String> out = new ArrayList<>(base);
        out.addAll(List.of(more));
        return out;
    }

    /** One parsed file and typed accessors whose errors name it and the node's line:column. */
    private static final class Doc {
        final String source;
        final Path file;
        final MappingNode root;
        final Map<String, Node> fields;

        Doc(String source, MappingNode root) {
            this.source = source;
            this.file = Path.of(source);
            this.root = root;
            this.fields = fields(root, "a NegMAS file", null);
        }

        FormatException error(Node n, String problem) {
            return new FormatException(file, n == null ? null : YamlDoc.at(n), problem);
        }

        /** A mapping's entries by key; keys outside {@code allowed} (when given) are refused with a hint. */
        Map<String, Node> fields(Node n, String what, List<String> allowed) {
            if (!(n instanceof MappingNode m)) {
                throw error(n, what + " must be a mapping (key: value), got " + YamlDoc.describe(n));
            }
            Map<String, Node> out = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    throw error(t.getKeyNode(), "keys must be plain text, got " + YamlDoc.describe(t.getKeyNode()));
                }
                String key = k.getValue();
                if (allowed != null && !allowed.contains(key)) {
                    throw error(k, "unknown key '" + key + "' in " + what + YamlDoc.hint(key, allowed, "key"));
                }
                if (out.put(key, t.getValueNode()) != null) {
                    throw error(k, "duplicate key '" + key + "'");
                }
            }
            return out;
        }

        Node require(Map<String, Node> f, String key, String what) {
            Node n = f.get(key);
            if (n == null) {
                throw error(root, what + " needs '" + key + "'");
            }
            return n;
        }

        List<Node> list(Node n, String what) {
            if (!(n instanceof SequenceNode s)) {
                throw error(n, what + " must be a list, got " + YamlDoc.describe(n));
            }
            return s.getValue();
        }

        Object scalar(Node n, String what) {
            if (!(n instanceof ScalarNode s)) {
                throw error(n, what + " must be a single value, got " + YamlDoc.describe(n));
            }
            try {
                return Yaml11.value(s);
            } catch (IllegalArgumentException e) {
                throw error(n, e.getMessage());
            }
        }

        boolean isNull(Node n) {
            return n instanceof ScalarNode && scalar(n, "a value") == null;
        }

        String text(Node n, String what) {
            if (n == null) {
                throw error(root, what + " is missing");
            }
            if (!(n instanceof ScalarNode s)) {
                throw error(n, what + " must be text, got " + YamlDoc.describe(n));
            }
            Object v = scalar(n, what);
            if (v == null || v instanceof Yaml11.Date) {
                throw error(n, what + " must be text, got " + (v == null ? "null" : "the date " + s.getValue()));
            }
            String t = v instanceof Double dd ? PythonFloats.repr(dd) : String.valueOf(v);
            if (v instanceof Boolean) {
                t = s.getValue();
            }
            if (t.isBlank()) {
                throw error(n, what + " is empty");
            }
            return t;
        }

        double number(Node n, String what) {
            Object v = scalar(n, what);
            if (v instanceof Long l) {
                return l;
            }
            if (v instanceof BigInteger b) {
                return b.doubleValue();
            }
            if (v instanceof Double dd) {
                return dd;
            }
            throw error(n, what + " must be a number, got " + describe(n, v) + numberHint(n));
        }

        double finiteNumber(Node n, String what) {
            double v = number(n, what);
            if (!Double.isFinite(v)) {
                throw error(n, what + " must be a finite number, got " + PythonFloats.repr(v));
            }
            return v;
        }

        /** An optional finite number with a default (null: required). */
        double num(Map<String, Node> f, String key, Double dflt) {
            Node n = f.get(key);
            if (n == null || isNull(n)) {
                if (dflt == null) {
                    throw error(root, "'" + key + "' is missing" + (n == null ? "" : " (null)"));
                }
                return dflt;
            }
            return finiteNumber(n, key);
        }

        long integer(Node n, String what) {
            Object v = scalar(n, what);
            if (v instanceof Long l) {
                return l;
            }
            if (v instanceof BigInteger) {
                throw error(n, what + " " + ((ScalarNode) n).getValue() + " does not fit in 64 bits; unbounded issues "
                        + "are not supported");
            }
            throw error(n, what + " must be an integer, got " + describe(n, v));
        }

        boolean bool(Node n, String what) {
            Object v = scalar(n, what);
            if (v instanceof Boolean b) {
                return b;
            }
            throw error(n, what + " must be true or false, got " + describe(n, v));
        }

        /** An issue value or table key: text, an integer or a float. */
        Object issueValue(Node n, String issue) {
            Object v = scalar(n, issue == null ? "a table key" : "a value of issue '" + issue + "'");
            if (v instanceof String || v instanceof Long) {
                return v;
            }
            if (v instanceof Double dd) {
                if (!Double.isFinite(dd)) {
                    throw error(n, "the value " + PythonFloats.repr(dd) + " is not supported in an issue");
                }
                return dd;
            }
            String what = issue == null ? "a table key" : "a value of issue '" + issue + "'";
            if (v instanceof BigInteger) {
                throw error(n, what + " " + ((ScalarNode) n).getValue() + " does not fit in 64 bits");
            }
            throw error(n, what + " must be text or a number, got " + describe(n, v)
                    + "; quote it to make it text");
        }

        private static String describe(Node n, Object v) {
            String raw = ((ScalarNode) n).getValue();
            if (v == null) {
                return "null ('" + raw + "')";
            }
            if (v instanceof Boolean) {
                return "the boolean '" + raw + "'";
            }
            if (v instanceof Yaml11.Date) {
                return "the date '" + raw + "'";
            }
            if (v instanceof String s) {
                return "the text '" + s + "'";
            }
            return "'" + raw + "'";
        }

        /** Why a number-looking text is text under YAML 1.1. */
        private static String numberHint(Node n) {
            if (n instanceof ScalarNode s && s.isPlain() && s.getValue().matches("[-+]?[0-9.]+[eE][-+]?[0-9]+")) {
                return " (YAML 1.1, which NegMAS uses, reads a float only with a dot in the mantissa and a signed "
                        + "exponent, e.g. 1.0e-05)";
            }
            return "";
        }
    }
}
