package org.parley.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Runs the CLI in-process and captures its streams. */
final class CliRunner {

    record Run(int exit, String out, String err) {
    }

    private CliRunner() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    static Path anac(String folder, String file) {
        return Paths.get(System.getProperty("parley.scenarios", "../scenarios")).resolve("anac").resolve(folder)
                .resolve(file);
    }

    static String[] itex2010() {
        return new String[] {anac("anac__y2010__ItexvsCypress", "ItexvsCypress_domain.xml").toString(),
            anac("anac__y2010__ItexvsCypress", "ItexvsCypress_Itex.xml").toString(),
            anac("anac__y2010__ItexvsCypress", "ItexvsCypress_Cypress.xml").toString()};
    }
}
