package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Start-up stays lazy: a command loads its own command class and what it uses, not the other commands, and JSON
 * (Jackson) only for {@code --json}; {@code --version} loads neither a command nor picocli's model. Each command runs in
 * a fresh class loader over the test class path that records every class it loads, so what the test's own JVM loaded
 * before does not hide anything. No time is measured (parley-bench/startup.sh does that).
 */
class LazyStartIT {

    /** A class loader that loads the class path's classes itself (the JDK's from the platform) and names them. */
    private static final class Recording extends URLClassLoader {
        final Set<String> loaded = new ConcurrentSkipListSet<>();

        Recording(URL[] path) {
            super("recording", path, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            Class<?> c = super.loadClass(name, resolve);
            if (c.getClassLoader() == this) {
                loaded.add(name);
            }
            return c;
        }
    }

    private record Result(int exit, String out, String err, Set<String> loaded) {
    }

    /** Runs {@code parley args} in a fresh recording class loader. */
    private static Result runFresh(String... args) throws Exception {
        List<URL> path = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                path.add(url(entry));
            }
        }
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        try (Recording loader = new Recording(path.toArray(URL[]::new))) {
            thread.setContextClassLoader(loader);
            Class<?> main = Class.forName(Main.class.getName(), true, loader);
            assertEquals(loader, main.getClassLoader(), "Main comes from the recording loader");
            Method run = main.getMethod("run", String[].class, PrintWriter.class, PrintWriter.class);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = (Integer) run.invoke(null, args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Result(exit, out.toString(), err.toString(), new TreeSet<>(loader.loaded));
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(entry, e);
        }
    }

    /** The loaded classes that belong to a command other than {@code except} (its class or a nested class). */
    private static Set<String> otherCommands(Set<String> loaded, String except) {
        Set<String> others = new TreeSet<>();
        for (String name : Main.NAMES) {
            if (name.equals(except)) {
                continue;
            }
            String command = Main.commandClass(name).getName();
            loaded.stream().filter(c -> c.equals(command) || c.startsWith(command + "$")).forEach(others::add);
        }
        return others;
    }

    private static Set<String> startingWith(Set<String> loaded, String prefix) {
        return loaded.stream().filter(c -> c.startsWith(prefix)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String[] analyzeItex(String... more) {
        List<String> args = new ArrayList<>(List.of("analyze"));
        args.addAll(List.of(CliRunner.itex2010()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void theWholeModelLoadsEveryCommandSoTheRecordingSeesThem() throws Exception {
        Result help = runFresh("--help");
        assertEquals(0, help.exit(), help.err());
        for (String name : Main.NAMES) {
            assertTrue(help.loaded().contains(Main.commandClass(name).getName()), name);
        }
    }

    @Test
    void versionLoadsNoCommandNoModelAndNoJson() throws Exception {
        Result version = runFresh("--version");
        assertEquals(0, version.exit(), version.err());
        assertEquals(CliRunner.run("--version"), new CliRunner.Run(version.exit(), version.out(), version.err()));
        assertTrue(version.loaded().contains(Main.class.getName()));
        assertEquals(Set.of(), otherCommands(version.loaded(), null));
        assertEquals(Set.of(), startingWith(version.loaded(), "picocli.CommandLine$Model"), "no picocli model");
        assertEquals(Set.of(), startingWith(version.loaded(), "com.fasterxml."));
        assertEquals(Set.of(), startingWith(version.loaded(), "org.parley.app."));
        assertEquals(Set.of(), startingWith(version.loaded(), "org.parley.formats."));
    }

    @Test
    void analyzeJsonLoadsOnlyItsCommandAndJacksonsCoreWithoutDatabindsMapper() throws Exception {
        Result analyze = runFresh(analyzeItex("--json"));
        assertEquals(0, analyze.exit(), analyze.err());
        assertTrue(analyze.out().startsWith("{\"domain\":\"ItexvsCypress_domain\""), analyze.out());
        assertTrue(analyze.loaded().contains(AnalyzeCommand.class.getName()));
        assertEquals(Set.of(), otherCommands(analyze.loaded(), "analyze"));
        assertTrue(analyze.loaded().contains("com.fasterxml.jackson.core.JsonGenerator"), "the JSON is written");
        assertFalse(analyze.loaded().contains("com.fasterxml.jackson.databind.ObjectMapper"));
    }

    @Test
    void analyzeWithoutJsonLoadsNoJson() throws Exception {
        Result analyze = runFresh(analyzeItex());
        assertEquals(0, analyze.exit(), analyze.err());
        assertEquals(Set.of(), otherCommands(analyze.loaded(), "analyze"));
        assertEquals(Set.of(), startingWith(analyze.loaded(), "com.fasterxml."));
    }

    @Test
    void aLazyCommandPrintsWhatTheWholeModelPrints() {
        for (String[] args : List.of(analyzeItex(), analyzeItex("--json"))) {
            CliRunner.Run lazy = CliRunner.run(args);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.run(Main.commandLine(), args, new PrintWriter(out, true), new PrintWriter(err, true));
            assertEquals(exit, lazy.exit());
            assertEquals(err.toString(), lazy.err());
            assertEquals(withoutTiming(out.toString()), withoutTiming(lazy.out()));
        }
    }

    /** The output without the analysis' own timing, the one part that differs from run to run. */
    private static String withoutTiming(String out) {
        return out.replaceAll("\"analysisSeconds\":[0-9.Ee-]+", "\"analysisSeconds\":T").replaceAll("\\d+\\.\\d+ s",
                "T s");
    }
}
