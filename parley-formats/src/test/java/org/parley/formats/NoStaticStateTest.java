package org.parley.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No static mutable state in the packages a long-lived server shares between requests: every static field is final
 * and holds nothing a caller could change (no mutable collections, non-empty arrays, atomics or caches). Immutable
 * configuration (patterns, {@code List.of}, configured Jackson mappers) is fine.
 */
class NoStaticStateTest {

    static final List<String> PACKAGES = List.of("org/parley/formats", "org/parley/analysis",
            "org/parley/preference", "org/parley/domain", "org/parley/tournament");

    @Test
    void everyStaticFieldIsFinalAndImmutable() throws Exception {
        List<String> found = new ArrayList<>();
        int classes = 0;
        for (String pkg : PACKAGES) {
            for (String name : classNames(pkg)) {
                classes++;
                Class<?> c = Class.forName(name, true, getClass().getClassLoader());
                for (Field f : c.getDeclaredFields()) {
                    String problem = problem(f);
                    if (problem != null) {
                        found.add(c.getName() + "." + f.getName() + ": " + problem);
                    }
                }
            }
        }
        assertTrue(classes > 100, "found only " + classes + " classes: the scan is looking in the wrong place");
        assertEquals(List.of(), found);
    }

    @Test
    void theCheckSeesMutableState() throws Exception {
        assertTrue(problem(Examples.class.getDeclaredField("counter")).contains("not final"));
        assertTrue(problem(Examples.class.getDeclaredField("cache")).contains("mutable"));
        assertTrue(problem(Examples.class.getDeclaredField("table")).contains("array"));
        assertEquals(null, problem(Examples.class.getDeclaredField("names")));
        assertEquals(null, problem(Examples.class.getDeclaredField("none")));
    }

    @SuppressWarnings("unused")
    private static final class Examples {
        static int counter;
        static final Map<String, String> cache = new java.util.HashMap<>();
        static final double[] table = {1};
        static final List<String> names = List.of("a");
        static final String[] none = {};
    }

    private static String problem(Field f) throws IllegalAccessException {
        int m = f.getModifiers();
        if (!Modifier.isStatic(m) || f.isSynthetic() || f.isEnumConstant()) {
            return null;
        }
        if (!Modifier.isFinal(m)) {
            return "static but not final";
        }
        f.setAccessible(true);
        Object v = f.get(null);
        if (v == null) {
            return null;
        }
        if (v.getClass().isArray()) {
            return Array.getLength(v) == 0 ? null : "a static array (arrays are mutable)";
        }
        if (v instanceof Collection<?> || v instanceof Map<?, ?>) {
            return immutable(v) ? null : "a mutable " + v.getClass().getName();
        }
        String type = v.getClass().getName();
        if (type.startsWith("java.util.concurrent.") || type.startsWith("java.lang.ref.")) {
            return "mutable shared state (" + type + ")";
        }
        return null;
    }

    private static boolean immutable(Object v) {
        String type = v.getClass().getName();
        return type.startsWith("java.util.ImmutableCollections") || type.startsWith("java.util.Collections$Unmodifiable")
                || type.startsWith("java.util.Collections$Empty") || v == Collections.emptyList();
    }

    /** The classes under {@code pkg} (and its subpackages) on the test class path, folders and jars alike. */
    private static List<String> classNames(String pkg) throws IOException, URISyntaxException {
        TreeSet<String> out = new TreeSet<>();
        Enumeration<URL> roots = NoStaticStateTest.class.getClassLoader().getResources(pkg);
        while (roots.hasMoreElements()) {
            URL url = roots.nextElement();
            if (url.getProtocol().equals("file")) {
                Path dir = Path.of(url.toURI());
                if (dir.toString().contains("test-classes")) {
                    continue;
                }
                Path root = dir;
                for (int i = 0; i < pkg.split("/").length; i++) {
                    root = root.getParent();
                }
                Path base = root;
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> p.toString().endsWith(".class")).forEach(p -> out.add(className(
                            base.relativize(p).toString().replace('\\', '/'))));
                }
            } else if (url.getProtocol().equals("jar")) {
                JarURLConnection conn = (JarURLConnection) url.openConnection();
                conn.setUseCaches(false);
                try (JarFile jar = conn.getJarFile()) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                        String n = e.nextElement().getName();
                        if (n.startsWith(pkg + "/") && n.endsWith(".class")) {
                            out.add(className(n));
                        }
                    }
                }
            }
        }
        out.removeIf(n -> n.endsWith("package-info") || n.endsWith("module-info"));
        return new ArrayList<>(out);
    }

    private static String className(String resource) {
        return resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
    }
}
