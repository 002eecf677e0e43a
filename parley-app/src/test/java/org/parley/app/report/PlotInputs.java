package org.parley.app.report;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.parley.formats.Scenarios;
import org.parley.formats.cases.CaseYaml;
import org.parley.mediation.Case;
import org.parley.preference.Scenario;

/** The shipped scenarios and examples the plot tests draw. */
final class PlotInputs {

    static final Path SCENARIOS = Paths.get(System.getProperty("parley.scenarios", "../scenarios"));
    static final Path EXAMPLES = SCENARIOS.toAbsolutePath().getParent().resolve("examples");

    private PlotInputs() {
    }

    private static Path anac(String folder, String file) {
        return SCENARIOS.resolve("anac").resolve(folder).resolve(file);
    }

    /** ANAC 2010 ItexvsCypress: all five solution points are the same outcome. */
    static Scenario itex2010() {
        return Scenarios.load(List.of(anac("anac__y2010__ItexvsCypress", "ItexvsCypress_domain.xml"),
                anac("anac__y2010__ItexvsCypress", "ItexvsCypress_Itex.xml"),
                anac("anac__y2010__ItexvsCypress", "ItexvsCypress_Cypress.xml")));
    }

    /** ANAC 2012 ItexvsCypress, profile set A (the README's negotiation). */
    static Scenario itex2012() {
        return Scenarios.load(List.of(anac("anac__y2012__ItexvsCypress", "ItexvsCypress-A-domain.xml"),
                anac("anac__y2012__ItexvsCypress", "ItexvsCypress-A-prof1.xml"),
                anac("anac__y2012__ItexvsCypress", "ItexvsCypress-A-prof2.xml")));
    }

    /** The three-party NegMAS scenario. */
    static Scenario fisheries() {
        return Scenarios.load(List.of(SCENARIOS.resolve("negmas").resolve("Fisheries")), note -> { });
    }

    static Case labour() {
        return CaseYaml.read(EXAMPLES.resolve("labour-2026").resolve("case.yaml"));
    }

    static Case peace() {
        return CaseYaml.read(EXAMPLES.resolve("peace-talks-2025").resolve("case.yaml"));
    }
}
