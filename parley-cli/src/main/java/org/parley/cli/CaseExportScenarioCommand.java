package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.app.CaseExportScenarioJob;
import org.parley.formats.Scenarios;
import org.parley.formats.cases.CaseYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley case export-scenario}: the case as a scenario for analyze, negotiate and tournaments. */
@Command(name = "export-scenario", mixinStandardHelpOptions = true,
        description = {"Write the case's options and preferences as a scenario that 'parley analyze', 'parley "
            + "negotiate', 'parley convert' and tournament files read: the options no red line refuses (an issue "
            + "red lines leave empty stays at its status quo), each party's preferences, its reservation level as "
            + "its reservation value and its cost of delay over the case's horizon as its discount factor. It is the "
            + "scenario 'parley case simulate' negotiates on.",
            "OUT is a file for yaml (the default), a folder for genius, geniusweb and negmas."},
        footer = {"", CaseOptions.CASE_1, CaseOptions.CASE_2, CaseOptions.CASE_3, "",
            "Examples:",
            "  parley case export-scenario examples/labour-2026/case.yaml /tmp/labour.yaml",
            "  parley analyze /tmp/labour.yaml",
            "  parley case export-scenario examples/labour-2026/case.yaml --to genius \\",
            "      /tmp/labour/",
            "", "Exit codes: 0 ok, 2 bad input (one line: file:line:col: problem)."})
final class CaseExportScenarioCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseOptions.CaseFile caseFile;

    @Parameters(index = "1", paramLabel = "OUT", description = "The scenario file (yaml) or folder to write.")
    Path out;

    @Option(names = "--to", defaultValue = "yaml", paramLabel = "FORMAT", description = "yaml (default), genius, "
            + "geniusweb or negmas.")
    String to;

    @Override
    public Integer call() throws IOException {
        Scenarios.Format format = Scenarios.Format.parse(to);
        CaseExportScenarioJob.Result r = CaseExportScenarioJob.run(CaseYaml.read(caseFile.file), format, out);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        r.notes().forEach(n -> stderr.println("parley: note: " + n));
        r.files().forEach(p -> stdout.println("wrote " + p));
        stdout.flush();
        stderr.flush();
        return 0;
    }
}
