package org.parley.formats.yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.agent.AgentRegistry;
import org.parley.agent.UnknownAgentException;
import org.parley.formats.FileKind;
import org.parley.formats.Sources;
import org.parley.formats.tournament.ScenarioPaths;
import org.parley.formats.tournament.ScenarioSource;
import org.parley.formats.tournament.TournamentDefinition;
import org.parley.protocol.Deadline;
import org.parley.protocol.Protocols;
import org.parley.tournament.Entrant;
import org.parley.tournament.TournamentSettings;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Builds a {@link TournamentDefinition} from the node tree of a tournament file (format version 1). */
final class TournamentYamlReader {

    static final List<String> TOP = List.of("parley-tournament", "name", "seed", "deadline", "repetitions", "roles",
            "parties", "self-play", "call-budget", "protocol", "agentPath", "agents", "scenarios");
    static final List<String> AGENT = List.of("name", "spec");
    static final List<String> SCENARIO = List.of("name", "domain", "profiles", "sides");

    /** Most scenarios one entry with {@code sides} may give (one per choice of a profile per side). */
    static final int MAX_SIDE_CHOICES = 10_000;

    /** Most repetitions accepted. */
    static final long MAX_REPETITIONS = 1_000_000;

    private final YamlDoc doc;
    private final Path base;
    private final AgentRegistry registry;

    TournamentYamlReader(YamlDoc doc, Path base, AgentRegistry registry) {
        this.doc = doc;
        this.base = base;
        this.registry = registry;
    }

    TournamentDefinition read(Node root) {
        String other = FileKind.wrongKind(doc.fields(root, "a tournament", null).keys(), FileKind.TOURNAMENT);
        if (other != null) {
            throw doc.error(root, other);
        }
        YamlDoc.Fields top = doc.fields(root, "a tournament", TOP);
        if (!top.has("parley-tournament")) {
            throw doc.error(root, "missing 'parley-tournament: 1' (the format version) at the top of the file");
        }
        long version = doc.integer(top.get("parley-tournament"), "the format version 'parley-tournament'");
        if (version != 1) {
            throw doc.error(top.get("parley-tournament"), "unsupported format version " + version + "; this parley "
                    + "reads version 1");
        }
        String name = top.has("name") ? doc.text(top.get("name"), "name")
                : ScenarioPaths.defaultName(Sources.fileName(doc.file));
        long seed = top.has("seed") ? doc.integer(top.get("seed"), "seed") : 0;
        Deadline deadline = top.has("deadline") ? deadline(top.get("deadline")) : Deadline.defaultDeadline();
        int repetitions = (int) bounded(top, "repetitions", 1, 1, MAX_REPETITIONS);
        int parties = (int) bounded(top, "parties", 2, 2, TournamentSettings.MAX_PARTIES);
        TournamentSettings.Roles roles = TournamentSettings.Roles.ALL;
        if (top.has("roles")) {
            String r = doc.text(top.get("roles"), "roles");
            switch (r) {
                case "all" -> roles = TournamentSettings.Roles.ALL;
                case "fixed" -> roles = TournamentSettings.Roles.FIXED;
                default -> throw doc.error(top.get("roles"), "roles must be 'all' (every ordering of the profiles) or "
                        + "'fixed' (file order), got '" + r + "'");
            }
        }
        boolean selfPlay = top.has("self-play") && bool(top.get("self-play"), "self-play");
        double budget = TournamentSettings.defaultCallBudget(deadline);
        if (top.has("call-budget")) {
            budget = doc.finite(top.get("call-budget"), "call-budget");
            if (!(budget > 0) || budget > 86_400) {
                throw doc.error(top.get("call-budget"), "call-budget must be a number of seconds in (0, 86400], got "
                        + budget);
            }
        }
        String protocol = "saop";
        if (top.has("protocol")) {
            try {
                protocol = Protocols.spec(Protocols.parse(doc.text(top.get("protocol"), "protocol")));
            } catch (IllegalArgumentException e) {
                throw doc.error(top.get("protocol"), e.getMessage());
            }
        }
        List<Path> agentPath = top.has("agentPath") ? agentPath(top.get("agentPath")) : List.of();
        List<Entrant> agents;
        AgentRegistry known;
        try {
            known = registry.withAgentPath(agentPath);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw doc.error(top.get("agentPath"), e.getMessage(), e);
        }
        try {
            agents = agents(doc.require(top, "agents", "a tournament"), known);
        } finally {
            if (known != registry) {
                known.close();
            }
        }
        List<ScenarioSource> scenarios = scenarios(doc.require(top, "scenarios", "a tournament"), parties);
        try {
            return new TournamentDefinition(doc.file, name, new TournamentSettings(seed, deadline, repetitions, roles,
                    parties, selfPlay, budget, agents), scenarios, agentPath, protocol);
        } catch (IllegalArgumentException e) {
            throw doc.error(root, e.getMessage());
        }
    }

    private long bounded(YamlDoc.Fields f, String key, long dflt, long min, long max) {
        if (!f.has(key)) {
            return dflt;
        }
        long v = doc.integer(f.get(key), key);
        if (v < min || v > max) {
            throw doc.error(f.get(key), key + " must lie in " + min + ".." + max + ", got " + v);
        }
        return v;
    }

    private boolean bool(Node n, String what) {
        String t = doc.text(n, what);
        if (n instanceof ScalarNode s && s.isPlain() && (t.equals("true") || t.equals("false"))) {
            return t.equals("true");
        }
        throw doc.error(n, what + " must be true or false, got '" + t + "'");
    }

    private Deadline deadline(Node n) {
        YamlDoc.Fields f = doc.fields(n, "deadline", List.of("rounds", "seconds"));
        if (f.has("rounds") == f.has("seconds")) {
            throw doc.error(n, "deadline needs exactly one of 'rounds: N' or 'seconds: S'");
        }
        if (f.has("rounds")) {
            long r = doc.integer(f.get("rounds"), "rounds");
            if (r < 1 || r > 1_000_000_000) {
                throw doc.error(f.get("rounds"), "rounds must lie in 1..1000000000, got " + r);
            }
            return Deadline.rounds((int) r);
        }
        double s = doc.finite(f.get("seconds"), "seconds");
        if (!(s > 0) || s > 86_400) {
            throw doc.error(f.get("seconds"), "seconds must lie in (0, 86400], got " + s);
        }
        return Deadline.seconds(s);
    }

    /** {@code agentPath:} as one path or a list of paths, each resolved against the file's folder. */
    private List<Path> agentPath(Node n) {
        List<Node> items = n instanceof ScalarNode ? List.of(n) : doc.sequence(n, "agentPath");
        List<Path> out = new ArrayList<>();
        for (Node item : items) {
            String p = doc.text(item, "an agentPath entry");
            try {
                out.add(base.resolve(p).normalize());
            } catch (java.nio.file.InvalidPathException e) {
                throw doc.error(item, "agentPath entry '" + p + "' is not a valid path: " + e.getReason());
            }
        }
        return out;
    }

    private List<Entrant> agents(Node n, AgentRegistry known) {
        List<Entrant> out = new ArrayList<>();
        Map<String, Node> seen = new HashMap<>();
        for (Node a : doc.sequence(n, "agents")) {
            String name;
            String spec;
            if (a instanceof MappingNode) {
                YamlDoc.Fields f = doc.fields(a, "an agent", AGENT);
                spec = doc.text(doc.require(f, "spec", "an agent given as a mapping"), "spec").trim();
                name = f.has("name") ? doc.text(f.get("name"), "name").trim() : spec;
            } else {
                spec = doc.text(a, "an agent").trim();
                name = spec;
            }
            try {
                known.factory(spec);
                out.add(new Entrant(name, spec));
            } catch (UnknownAgentException e) {
                throw doc.error(a, e.getMessage() + "; list its jar or folder under agentPath: in this file "
                        + "(docs/tournament.md)", e);
            } catch (IllegalArgumentException e) {
                throw doc.error(a, e.getMessage());
            }
            Node prev = seen.putIfAbsent(name, a);
            if (prev != null) {
                throw doc.error(a, "a second agent named '" + name + "' (the first is at " + YamlDoc.at(prev)
                        + "); give it another name with {name: ..., spec: ...}");
            }
        }
        if (out.isEmpty()) {
            throw doc.error(n, "a tournament needs at least one agent");
        }
        return out;
    }

    private List<ScenarioSource> scenarios(Node n, int parties) {
        List<ScenarioSource> out = new ArrayList<>();
        Map<String, Path> names = new HashMap<>();
        for (Node s : doc.sequence(n, "scenarios")) {
            try {
                if (s instanceof MappingNode) {
                    for (ScenarioSource src : explicit(s, parties)) {
                        add(out, names, s, src);
                    }
                } else {
                    String pattern = doc.text(s, "a scenario path");
                    for (Path p : ScenarioPaths.expand(base, pattern)) {
                        List<Path> files = withProfiles(p);
                        add(out, names, s, new ScenarioSource(ScenarioPaths.defaultName(p), files, files.size() > 1));
                    }
                }
            } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                throw doc.error(s, e.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw doc.error(n, "a tournament needs at least one scenario");
        }
        return out;
    }

    private List<ScenarioSource> explicit(Node s, int parties) {
        YamlDoc.Fields f = doc.fields(s, "a scenario", SCENARIO);
        Node d = doc.require(f, "domain", "a scenario given as a mapping");
        Path domain = one(d, doc.text(d, "domain"));
        List<Path> files = new ArrayList<>();
        if (f.has("profiles") || f.has("sides")) {
            String key = f.has("profiles") ? "profiles" : "sides";
            if (isYaml(domain)) {
                throw doc.error(f.keyNode(key), "a YAML scenario holds its own parties; drop '" + key + "'");
            }
            if (Files.isDirectory(domain)) {
                throw doc.error(f.keyNode(key), "a NegMAS scenario folder holds its own parties; drop '" + key + "'");
            }
        }
        if (f.has("profiles")) {
            files.add(domain);
            for (Node p : doc.sequence(f.get("profiles"), "profiles")) {
                files.add(one(p, doc.text(p, "a profile path")));
            }
        } else {
            files.addAll(withProfiles(domain));
        }
        String name = f.has("name") ? doc.text(f.get("name"), "name").trim() : ScenarioPaths.defaultName(domain);
        if (f.has("sides")) {
            return bySides(f.get("sides"), name, files, parties);
        }
        return List.of(new ScenarioSource(name, files, !f.has("profiles") && files.size() > 1));
    }

    /**
     * {@code sides: [[GLOB, ...], ...]}: one list of profile-name globs per party, matched against the file names of
     * the scenario's profiles ({@code files} after the domain). Gives one scenario per choice of one profile from each
     * side, named {@code NAME/P1+P2...} after the chosen profiles' file names; its profiles are in side order, so
     * {@code roles: all} plays every seating of them and {@code roles: fixed} seats side 1 first. Two profiles of one
     * side never meet.
     */
    private List<ScenarioSource> bySides(Node n, String name, List<Path> files, int parties) {
        List<Node> sides = doc.sequence(n, "sides");
        if (sides.size() != parties) {
            throw doc.error(n, "sides lists " + sides.size() + " side(s); a session has " + parties + " parties "
                    + "('parties'), one profile from each side");
        }
        List<Path> profiles = files.subList(1, files.size());
        List<String> profileNames = new ArrayList<>();
        profiles.forEach(p -> profileNames.add(p.getFileName().toString()));
        Map<Path, Integer> sideOf = new HashMap<>();
        List<List<Path>> members = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            List<Node> globs = doc.sequence(sides.get(i), "side " + (i + 1));
            if (globs.isEmpty()) {
                throw doc.error(sides.get(i), "side " + (i + 1) + " lists no profile");
            }
            List<Path> side = new ArrayList<>();
            for (Node g : globs) {
                String glob = doc.text(g, "a profile name or glob");
                java.nio.file.PathMatcher m;
                try {
                    m = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
                } catch (IllegalArgumentException e) {
                    throw doc.error(g, "'" + glob + "' is not a valid glob: " + e.getMessage());
                }
                boolean any = false;
                for (Path p : profiles) {
                    if (!m.matches(p.getFileName())) {
                        continue;
                    }
                    any = true;
                    Integer other = sideOf.putIfAbsent(p, i);
                    if (other != null && other != i) {
                        throw doc.error(g, "profile " + p.getFileName() + " is in side " + (other + 1) + " and side "
                                + (i + 1) + "; a profile belongs to one side");
                    }
                    if (!side.contains(p)) {
                        side.add(p);
                    }
                }
                if (!any) {
                    throw doc.error(g, "'" + glob + "' matches none of the profiles of scenario '" + name + "' ("
                            + String.join(", ", profileNames) + "); sides name profiles by file name");
                }
            }
            members.add(side);
        }
        long choices = 1;
        for (List<Path> side : members) {
            choices *= side.size();
            if (choices > MAX_SIDE_CHOICES) {
                throw doc.error(n, "the sides give more than " + MAX_SIDE_CHOICES + " choices of one profile per side");
            }
        }
        List<ScenarioSource> out = new ArrayList<>();
        int[] pick = new int[members.size()];
        for (long c = 0; c < choices; c++) {
            List<Path> chosen = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            chosen.add(files.get(0));
            for (int i = 0; i < members.size(); i++) {
                Path p = members.get(i).get(pick[i]);
                chosen.add(p);
                String file = p.getFileName().toString();
                int dot = file.lastIndexOf('.');
                labels.add(dot > 0 ? file.substring(0, dot) : file);
            }
            out.add(new ScenarioSource(name + "/" + String.join("+", labels), chosen));
            for (int i = members.size() - 1; i >= 0; i--) {
                if (++pick[i] < members.get(i).size()) {
                    break;
                }
                pick[i] = 0;
            }
        }
        return out;
    }

    private Path one(Node n, String path) {
        if (ScenarioPaths.isGlob(path)) {
            throw doc.error(n, "globs are allowed only in plain scenario entries, not in '" + path + "'");
        }
        try {
            return ScenarioPaths.expand(base, path).get(0);
        } catch (IllegalArgumentException e) {
            throw doc.error(n, e.getMessage());
        }
    }

    private static List<Path> withProfiles(Path file) {
        if (isYaml(file) || Files.isDirectory(file)) {
            return List.of(file);
        }
        List<Path> files = new ArrayList<>();
        files.add(file);
        files.addAll(ScenarioPaths.profilesOf(file));
        return files;
    }

    private static boolean isYaml(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /** Adds a source; a default name already taken gets its folder's name in front, an explicit one is an error. */
    private void add(List<ScenarioSource> out, Map<String, Path> names, Node at, ScenarioSource src) {
        ScenarioSource s = src;
        Path first = s.files().get(0);
        if (names.containsKey(s.name()) && first.getParent() != null && first.getParent().getFileName() != null
                && !(at instanceof MappingNode)) {
            s = new ScenarioSource(first.getParent().getFileName() + "/" + s.name(), s.files(), s.found());
        }
        Path prev = names.putIfAbsent(s.name(), first);
        if (prev != null) {
            throw doc.error(at, "two scenarios are named '" + s.name() + "' (" + prev + " and " + first + "); name "
                    + "one with {name: ..., domain: ...}");
        }
        out.add(s);
    }
}
