package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.formats.Scenarios;
import org.parley.formats.genius.GeniusScenarioFiles;
import org.parley.formats.genius.GeniusXml;
import org.parley.formats.geniusweb.GeniusWebJson;
import org.parley.formats.yaml.ParleyYaml;
import org.parley.preference.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parley convert}: converts a scenario between GENIUS XML, GeniusWeb JSON and parley YAML. Files are written
 * to a temporary place first and moved into OUT only when everything was written, so a failure leaves nothing
 * half-written.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a scenario between GENIUS XML, GeniusWeb JSON and parley YAML.",
            "IN is a domain file followed by its profile files (GENIUS or GeniusWeb), or one YAML scenario. "
                + "OUT is a folder for genius and geniusweb (created if needed; one domain file and one file per "
                + "party), and a file for yaml.",
            "YAML holds everything parley models, so conversions to it are lossless. GENIUS XML and GeniusWeb JSON "
                + "lack some features (GeniusWeb has no discount factor, GENIUS no reservation bid); what had to "
                + "change is reported on stderr."},
        footer = {"", "Examples:",
            "  parley convert scenarios/anac/anac__y2010__ItexvsCypress/ItexvsCypress_domain.xml \\",
            "      scenarios/anac/anac__y2010__ItexvsCypress/ItexvsCypress_Itex.xml \\",
            "      scenarios/anac/anac__y2010__ItexvsCypress/ItexvsCypress_Cypress.xml --to yaml itex.yaml",
            "  parley convert itex.yaml --to geniusweb itex-json/",
            "", "Exit codes: 0 ok, 2 bad input."})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "IN... OUT")
    List<Path> files;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "genius, geniusweb or yaml")
    String to;

    @Override
    public Integer call() throws IOException {
        if (files.size() < 2) {
            throw new IllegalArgumentException("convert needs the input file(s) and then OUT; got only " + files.get(0));
        }
        Scenarios.Format format = Scenarios.Format.parse(to);
        List<Path> in = files.subList(0, files.size() - 1);
        Path out = files.get(files.size() - 1);
        Scenario scenario = Scenarios.load(in);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<Path> written;
        if (format == Scenarios.Format.YAML) {
            Path target = Files.isDirectory(out) ? out.resolve(safe(scenario.name()) + ".yaml") : out;
            requireParent(target);
            Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".parley-", ".yaml");
            try {
                ParleyYaml.write(scenario, tmp);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            written = List.of(target);
        } else {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new IllegalArgumentException(out + ": for --to " + to + " OUT must be a folder");
            }
            requireParent(out);
            Path tmp = Files.createTempDirectory(out.toAbsolutePath().getParent(), ".parley-");
            try {
                List<Path> made = new ArrayList<>();
                if (format == Scenarios.Format.GENIUS) {
                    GeniusScenarioFiles f = GeniusXml.writeScenario(scenario, tmp);
                    made.add(f.domainFile());
                    made.addAll(f.profileFiles());
                } else {
                    GeniusWebJson.WriteResult r = GeniusWebJson.writeScenario(scenario, tmp);
                    made.add(r.domainFile());
                    made.addAll(r.profileFiles());
                    r.warnings().forEach(w -> stderr.println("parley: warning: " + w));
                }
                Files.createDirectories(out);
                written = new ArrayList<>();
                for (Path p : made) {
                    Path target = out.resolve(p.getFileName().toString());
                    Files.move(p, target, StandardCopyOption.REPLACE_EXISTING);
                    written.add(target);
                }
            } finally {
                deleteTree(tmp);
            }
        }
        written.forEach(p -> stdout.println("wrote " + p));
        stdout.flush();
        stderr.flush();
        return 0;
    }

    private static void requireParent(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException(target + ": folder " + parent + " does not exist");
        }
    }

    private static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]+", "_");
        return s.isEmpty() ? "scenario" : s;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
