package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options the {@code case} subcommands share, as picocli mixins. */
final class CaseOptions {

    /** What a case file is, in help (lines within the help's width). */
    static final String CASE_1 = "CASE.yaml is a case file (docs/cases.md), not a scenario: parties, issues with";
    static final String CASE_2 = "options, each party's preferences, red lines, reservation levels, cost of";
    static final String CASE_3 = "delay, the memoranda, the state of the talks, and commitments with tranches.";
    static final String CASE_4 = "'parley case export-scenario' turns it into a scenario for analyze/negotiate.";

    private CaseOptions() {
    }

    /**
     * A date option ({@code --date}, {@code --at}): YYYY-MM-DD, a real calendar date; anything else is one line
     * saying so, without a Java exception's text.
     */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; write YYYY-MM-DD, e.g. 2025-06-16");
            }
        }
    }

    /** The case file, the first parameter of every case command. */
    static final class CaseFile {
        @Parameters(index = "0", paramLabel = "CASE.yaml", description = "The case file (docs/cases.md).")
        Path file;
    }

    /** {@code --json}: one JSON object instead of Markdown. */
    static final class Json {
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;
    }

    /** {@code --html FILE.html}: also a self-contained report with charts. */
    static final class Html {
        @Option(names = "--html", paramLabel = "FILE.html", description = "Also write a self-contained HTML report "
                + "with charts.")
        Path html;

        /** Refuses an HTML target without the .html extension or in a missing folder (before any work). */
        void check() {
            if (html == null) {
                return;
            }
            String name = html.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".html") && !name.endsWith(".htm")) {
                throw new IllegalArgumentException("--html " + html + ": the file name must end in .html");
            }
            Path dir = html.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                throw new IllegalArgumentException("--html " + html + ": folder " + dir + " does not exist");
            }
        }
    }
}
