package org.parley.formats.negmas;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** The NegMAS-format examples shipped under scenarios/negmas. */
final class NegmasExamples {

    static final List<String> ALL = List.of("Catering", "Sublet", "Fisheries", "Pie7");

    private NegmasExamples() {
    }

    static Path dir(String name) {
        String prop = System.getProperty("parley.scenarios");
        Path base = prop != null ? Paths.get(prop) : Paths.get("..", "scenarios");
        return base.resolve("negmas").resolve(name).normalize();
    }
}
