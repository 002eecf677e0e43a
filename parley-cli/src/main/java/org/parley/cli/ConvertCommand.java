package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.app.ConvertJob;
import org.parley.formats.Scenarios;
import org.parley.preference.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parley convert}: converts a scenario between GENIUS XML, GeniusWeb JSON, parley YAML and NegMAS scenario
 * folders.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a scenario between GENIUS XML, GeniusWeb JSON, parley YAML and NegMAS scenario "
                + "folders.",
            "IN is a domain file followed by its profile files (GENIUS or GeniusWeb), one YAML scenario, or one "
                + "NegMAS scenario folder. OUT is a folder for genius, geniusweb and negmas (created if needed; one "
                + "domain file and one file per party), and a file for yaml.",
            "YAML holds everything parley models, so conversions to it are lossless. GENIUS XML, GeniusWeb JSON and "
                + "NegMAS lack some features (GeniusWeb has no discount factor, GENIUS no reservation bid, NegMAS no "
                + "cap at 1 and only per-step discounting); what had to change is reported on stderr, what cannot "
                + "be expressed is refused."},
        footer = {"", "Examples:",
            "  parley convert \\",
            "      scenarios/anac/anac__y2010__ItexvsCypress/ItexvsCypress_domain.xml \\",
            "      scenarios/anac/anac__y2010__ItexvsCypress/ItexvsCypress_Itex.xml \\",
            "      scenarios/anac/anac__y2010__ItexvsCypress/ItexvsCypress_Cypress.xml \\",
            "      --to yaml /tmp/itex.yaml",
            "  parley convert /tmp/itex.yaml --to geniusweb /tmp/itex-json/",
            "  parley convert scenarios/negmas/Catering --to genius /tmp/catering-xml/",
            "", "Exit codes: 0 ok, 2 bad input."})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "IN... OUT")
    List<Path> files;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "genius, geniusweb, yaml or negmas")
    String to;

    @Override
    public Integer call() throws IOException {
        if (files.size() < 2) {
            throw new IllegalArgumentException("convert needs the input file(s) and then OUT; got only " + files.get(0));
        }
        Scenarios.Format format = Scenarios.Format.parse(to);
        List<Path> in = files.subList(0, files.size() - 1);
        Path out = files.get(files.size() - 1);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Scenario scenario = Scenarios.load(in, note -> stderr.println("parley: note: " + note));
        if (format != Scenarios.Format.YAML && Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException(out + ": for --to " + to + " OUT must be a folder");
        }
        ConvertJob.Result r = ConvertJob.run(scenario, format, out, in);
        r.warnings().forEach(w -> stderr.println("parley: warning: " + w));
        r.files().forEach(p -> stdout.println("wrote " + p));
        stdout.flush();
        stderr.flush();
        return 0;
    }
}
