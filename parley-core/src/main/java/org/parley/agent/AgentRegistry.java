package org.parley.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.parley.agent.process.AgentManifest;
import org.parley.agent.process.ManifestAgents;
import org.parley.agent.process.ProcessAgents;
import org.parley.protocol.AgentFactory;
import org.parley.util.Suggestions;

/**
 * The agents a run can use, by name: the built-ins ({@link BuiltInAgents}: the classic agents, BOA specs and
 * presets; {@code process(cmd=...)}, an agent process in any language, {@link ProcessAgents}), the agents of
 * {@link AgentProvider}s, found with {@link ServiceLoader} in the jars and class folders of an agent path
 * ({@link #withAgentPath}) or given directly ({@link #with}), and agent processes named by manifests on the agent
 * path ({@link AgentManifest}). An immutable instance: each run builds
 * the registry it needs, and nothing is shared between runs.
 *
 * <p>A spec is a name, optionally followed by options ({@code ?genius}, or arguments in parentheses) that the agent's
 * provider interprets ({@link AgentSpec}). Names are case-insensitive. A provider may not offer a built-in's name,
 * nor a name another provider of the same registry offers.
 *
 * <p>A registry with an agent path holds class loaders for its jars; {@link #close()} releases them once its
 * agents are no longer needed (a command-line run just exits). Each registry closes only the class loaders it opened
 * itself: a registry built from another one still uses that one's, so close it first.
 */
public final class AgentRegistry implements AutoCloseable {

    /** Where a provider's service registration lives in a jar or class folder. */
    public static final String SERVICE_FILE = "META-INF/services/" + AgentProvider.class.getName();

    private static final AgentProvider BUILT_INS = new BuiltInAgents();

    /** One name's provider and where it came from ({@code built-in}, or the jar or folder). */
    private record Entry(AgentProvider provider, String origin) {
    }

    private final Map<String, Entry> entries;
    private final List<URLClassLoader> loaders;

    private AgentRegistry(Map<String, Entry> entries, List<URLClassLoader> loaders) {
        this.entries = Collections.unmodifiableMap(entries);
        this.loaders = List.copyOf(loaders);
    }

    /** The built-in agents only (with {@code process(...)}, agent processes started from a command). */
    public static AgentRegistry builtIns() {
        Map<String, Entry> m = new TreeMap<>();
        for (String name : BUILT_INS.names()) {
            m.put(name, new Entry(BUILT_INS, "built-in"));
        }
        m.put(ProcessAgents.NAME, new Entry(new ProcessAgents(), "built-in"));
        return new AgentRegistry(m, List.of());
    }

    /**
     * This registry with relative folders in {@code process(...)} specs resolved against {@code dir} (e.g. a
     * tournament file's folder) instead of the current folder.
     */
    public AgentRegistry withBaseDirectory(Path dir) {
        Map<String, Entry> m = new TreeMap<>(entries);
        Entry e = m.get(ProcessAgents.NAME);
        if (e != null && e.provider() instanceof ProcessAgents) {
            m.put(ProcessAgents.NAME, new Entry(new ProcessAgents(dir), e.origin()));
        }
        return new AgentRegistry(m, List.of());
    }

    /**
     * This registry's agents and those of {@code providers}.
     *
     * @throws IllegalArgumentException when a provider offers an invalid name or one already known
     */
    public AgentRegistry with(List<? extends AgentProvider> providers) {
        Map<String, Entry> m = new TreeMap<>(entries);
        for (AgentProvider p : providers) {
            add(m, p, p.getClass().getName());
        }
        return new AgentRegistry(m, List.of());
    }

    /**
     * This registry's agents and those of the providers registered in {@code agentPath}: each entry is a jar, an
     * agent manifest ({@code NAME.agent.json}, an agent process, see {@link AgentManifest}), or a folder standing for
     * every {@code *.jar} and {@code *.agent.json} directly inside it plus the folder itself as a class folder. A
     * provider is registered by naming its class in {@code META-INF/services/org.parley.agent.AgentProvider}.
     *
     * @throws IllegalArgumentException naming the path when it does not exist, is neither a jar, a manifest nor a
     *                                  folder, holds no provider or manifest, a manifest is invalid, or a provider
     *                                  cannot be loaded or offers a name already known
     */
    public AgentRegistry withAgentPath(List<Path> agentPath) {
        if (agentPath.isEmpty()) {
            return this;
        }
        Set<Path> roots = new LinkedHashSet<>();
        for (Path p : agentPath) {
            roots.add(p.toAbsolutePath().normalize());
        }
        List<URL> urls = new ArrayList<>();
        List<Path> manifests = new ArrayList<>();
        Set<Path> jarRoots = new LinkedHashSet<>();
        for (Path root : roots) {
            if (AgentManifest.isManifest(root) && Files.isRegularFile(root)) {
                manifests.add(root);
                continue;
            }
            List<Path> parts = parts(root);
            List<Path> found = Files.isDirectory(root) ? manifestsIn(root) : List.of();
            boolean providers = parts.stream().anyMatch(AgentRegistry::registersProvider);
            if (!providers && found.isEmpty()) {
                throw new IllegalArgumentException("agent path " + root + " provides no agents: "
                        + (Files.isDirectory(root) ? "neither the folder nor a jar in it has " + SERVICE_FILE
                        + " naming an AgentProvider class, and it holds no agent manifest (*" + AgentManifest.SUFFIX
                        + ")" : "the jar has no " + SERVICE_FILE + " naming an AgentProvider class")
                        + " (see docs/agent-api.md and docs/agent-protocol.md)");
            }
            manifests.addAll(found);
            if (providers) {
                jarRoots.add(root);
                for (Path part : parts) {
                    urls.add(url(part));
                }
            }
        }
        Map<String, Entry> m = new TreeMap<>(entries);
        for (Path f : manifests) {
            add(m, new ManifestAgents(AgentManifest.read(f)), "manifest " + f);
        }
        if (urls.isEmpty()) {
            return new AgentRegistry(m, List.of());
        }
        URLClassLoader loader = new URLClassLoader("parley-agents", urls.toArray(new URL[0]),
                AgentRegistry.class.getClassLoader());
        try {
            for (AgentProvider p : providers(loader, jarRoots)) {
                add(m, p, p.getClass().getName() + " (" + origin(p) + ")");
            }
            return new AgentRegistry(m, List.of(loader));
        } catch (RuntimeException | Error e) {
            closeQuietly(loader);
            throw e;
        }
    }

    /** The agent manifests directly in {@code dir}, sorted. */
    private static List<Path> manifestsIn(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> AgentManifest.isManifest(f) && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("agent path " + dir + ": cannot list the folder: " + e.getMessage(), e);
        }
    }

    /**
     * The providers registered by the service files of {@code loader}'s own jars and folders, instantiated (those
     * that the parent class loader registers already, e.g. on the class path, are not the agent path's).
     */
    private static List<AgentProvider> providers(URLClassLoader loader, Set<Path> roots) {
        try {
            Set<String> inherited = new HashSet<>();
            ServiceLoader.load(AgentProvider.class, loader.getParent()).stream()
                    .forEach(p -> inherited.add(p.type().getName()));
            List<AgentProvider> out = new ArrayList<>();
            for (ServiceLoader.Provider<AgentProvider> p : ServiceLoader.load(AgentProvider.class, loader).stream()
                    .toList()) {
                if (!inherited.contains(p.type().getName())) {
                    out.add(p.get());
                }
            }
            return out;
        } catch (ServiceConfigurationError e) {
            throw new IllegalArgumentException("agent path " + String.join(", ", roots.stream().map(Path::toString)
                    .toList()) + ": cannot load an AgentProvider: " + oneLine(e), e);
        }
    }

    private static List<Path> parts(Path root) {
        if (!Files.exists(root)) {
            throw new IllegalArgumentException("agent path " + root + " does not exist");
        }
        if (Files.isDirectory(root)) {
            List<Path> out = new ArrayList<>();
            out.add(root);
            try (Stream<Path> s = Files.list(root)) {
                s.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")
                        && Files.isRegularFile(f)).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException("agent path " + root + ": cannot list the folder: " + e.getMessage(),
                        e);
            }
            return out;
        }
        if (!root.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")) {
            throw new IllegalArgumentException("agent path " + root + " is neither a .jar file, an agent manifest (*"
                    + AgentManifest.SUFFIX + ") nor a folder");
        }
        return List.of(root);
    }

    private static boolean registersProvider(Path part) {
        if (Files.isDirectory(part)) {
            return Files.isRegularFile(part.resolve(SERVICE_FILE));
        }
        try (JarFile jar = new JarFile(part.toFile())) {
            return jar.getEntry(SERVICE_FILE) != null;
        } catch (IOException e) {
            throw new IllegalArgumentException("agent path " + part + " is not a readable jar: " + e.getMessage(), e);
        }
    }

    private static URL url(Path part) {
        try {
            return part.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("agent path " + part + ": " + e.getMessage(), e);
        }
    }

    private static String origin(AgentProvider p) {
        CodeSource cs = p.getClass().getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) {
            return "unknown location";
        }
        try {
            return Path.of(cs.getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return cs.getLocation().toString();
        }
    }

    private static void add(Map<String, Entry> m, AgentProvider p, String origin) {
        List<String> names;
        try {
            names = p.names();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("agent provider " + origin + " failed to list its agents: "
                    + oneLine(e), e);
        }
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("agent provider " + origin + " offers no agent names");
        }
        for (String name : names) {
            if (name == null || !name.matches("[a-z0-9][a-z0-9_-]*")) {
                throw new IllegalArgumentException("agent provider " + origin + " offers the name '" + name
                        + "'; names need lower-case letters, digits, '-' or '_'");
            }
            Entry prev = m.get(name);
            if (prev != null) {
                throw new IllegalArgumentException("agent provider " + origin + " offers '" + name + "', "
                        + (prev.origin().equals("built-in") ? "the name of a built-in agent"
                        : "a name already offered by " + prev.origin()) + "; rename one of them");
            }
            m.put(name, new Entry(p, origin));
        }
    }

    /** Every known name, sorted. */
    public List<String> names() {
        return List.copyOf(entries.keySet());
    }

    /** True when {@code name} (lower-case) is known. */
    public boolean contains(String name) {
        return entries.containsKey(name);
    }

    /** The one-line description of agent {@code name}, or empty if its provider gives none. */
    public String description(String name) {
        Entry e = entries.get(name);
        if (e == null) {
            throw new IllegalArgumentException("unknown agent '" + name + "'");
        }
        try {
            String d = e.provider().description(name);
            return d == null ? "" : d.replace('\n', ' ');
        } catch (RuntimeException ex) {
            return "";
        }
    }

    /** Where agent {@code name} comes from: {@code built-in}, or its provider class and jar or folder. */
    public String origin(String name) {
        Entry e = entries.get(name);
        if (e == null) {
            throw new IllegalArgumentException("unknown agent '" + name + "'");
        }
        return e.origin();
    }

    /**
     * The factory for {@code spec}, e.g. {@code boulware}, {@code Conceder-Party?genius}, {@code boa(...)} or the name
     * of a provided agent.
     *
     * @throws UnknownAgentException  when no provider offers the name (the message lists the known ones)
     * @throws IllegalArgumentException when the provider rejects the spec's options, or gives no factory
     */
    public AgentFactory factory(String spec) {
        AgentSpec s = AgentSpec.parse(spec);
        Entry e = entries.get(s.name());
        if (e == null) {
            String hint = Suggestions.best(s.name(), names());
            throw new UnknownAgentException(s.name(), "unknown agent '" + (spec == null ? "" : spec.trim())
                    + "'; known: " + String.join(", ", names()) + (hint == null ? "" : " (did you mean " + hint
                    + "?)") + "; an agent of your own comes in through an org.parley.agent.AgentProvider in a jar "
                    + "on the agent path (docs/agent-api.md)");
        }
        AgentFactory f;
        try {
            f = e.provider().factory(s);
        } catch (IllegalArgumentException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException("agent provider " + e.origin() + " failed on '" + s + "': "
                    + oneLine(ex), ex);
        }
        if (f == null) {
            throw new IllegalArgumentException("agent '" + s.name() + "' gave no factory for '" + s + "'");
        }
        return f;
    }

    /**
     * Releases the class loaders this registry opened for its agent path (agents whose classes are not yet loaded
     * can then not be made); those of the registry it was built from stay open.
     */
    @Override
    public void close() {
        for (URLClassLoader l : loaders) {
            closeQuietly(l);
        }
    }

    private static void closeQuietly(URLClassLoader l) {
        try {
            l.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return (m == null ? e.getClass().getSimpleName() : m).replace('\n', ' ');
    }
}
