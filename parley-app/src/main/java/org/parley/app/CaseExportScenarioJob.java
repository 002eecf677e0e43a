package org.parley.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.formats.Scenarios;
import org.parley.mediation.Case;
import org.parley.mediation.CaseSimulation;

/**
 * {@code case export-scenario}: a case's options and preferences as a scenario that {@code analyze}, {@code negotiate},
 * {@code convert} and tournament files read. It is the scenario {@code case simulate} negotiates on
 * ({@link CaseSimulation}): the options no red line refuses, each party's preferences as its utility function, its
 * reservation level as its reservation value and its cost of delay over the case's horizon as its discount factor.
 */
public final class CaseExportScenarioJob {

    /**
     * What was written.
     *
     * @param files the files written
     * @param notes what the translation changed (from {@link CaseSimulation#notes()}), then the format's warnings
     */
    public record Result(List<Path> files, List<String> notes) {

        public Result {
            files = List.copyOf(files);
            notes = List.copyOf(notes);
        }
    }

    private CaseExportScenarioJob() {
    }

    /** Writes the scenario of {@code c} in {@code format} to {@code out} (as {@link ConvertJob#run} does). */
    public static Result run(Case c, Scenarios.Format format, Path out) throws IOException {
        CaseSimulation sim = CaseSimulation.of(c);
        ConvertJob.Result written = ConvertJob.run(sim.scenario(), format, out);
        List<String> notes = new ArrayList<>(sim.notes());
        notes.addAll(written.warnings());
        return new Result(written.files(), notes);
    }
}
