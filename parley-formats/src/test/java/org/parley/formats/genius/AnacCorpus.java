package org.parley.formats.genius;

import java.nio.file.Path;
import java.nio.file.Paths;

/** The shipped ANAC corpus for tests, loaded once per JVM with {@link GeniusCorpus}. */
public final class AnacCorpus {

    private static GeniusCorpus.Result cached;

    private AnacCorpus() {
    }

    public static Path anacDir() {
        String prop = System.getProperty("parley.scenarios");
        Path base = prop != null ? Paths.get(prop) : Paths.get("..", "scenarios");
        return base.resolve("anac").normalize();
    }

    public static synchronized GeniusCorpus.Result get() {
        if (cached == null) {
            cached = GeniusCorpus.load(anacDir());
        }
        return cached;
    }
}
