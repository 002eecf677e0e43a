package org.parley.spark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.parley.app.TournamentEngine;
import org.parley.formats.FormatException;
import org.parley.tournament.TournamentSummary;
import org.parley.util.IoErrors;

/**
 * The job jar's entry point for {@code spark-submit}:
 *
 * <pre>
 * spark-submit --class org.parley.spark.SparkTournamentMain parley-spark.jar FILE.yaml --out URI
 *     [--resume] [--no-report] [--partitions N] [--agent-path JAR]...
 * </pre>
 *
 * <p>The master, executors and extra jars come from {@code spark-submit}'s own options. Exit codes: 0 ok, 2 bad input
 * (one line on stderr), 1 anything else.
 */
public final class SparkTournamentMain {

    private static final String USAGE = "usage: spark-submit --class " + SparkTournamentMain.class.getName()
            + " parley-spark.jar FILE.yaml --out URI [--resume] [--no-report] [--partitions N] [--agent-path JAR]...";

    private SparkTournamentMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the job described by {@code args}; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Path file = null;
        String target = null;
        boolean resume = false;
        boolean report = true;
        int partitions = 0;
        List<Path> agentPath = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--out" -> target = value(args, ++i, a);
                    case "--resume" -> resume = true;
                    case "--no-report" -> report = false;
                    case "--partitions" -> partitions = partitions(value(args, ++i, a));
                    case "--agent-path" -> agentPath.add(Path.of(value(args, ++i, a)));
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> {
                        if (a.startsWith("-") || file != null) {
                            throw new IllegalArgumentException("unexpected argument '" + a + "'; " + USAGE);
                        }
                        file = Path.of(a);
                    }
                }
            }
            if (file == null || target == null) {
                throw new IllegalArgumentException("give the tournament file and --out; " + USAGE);
            }
        } catch (IllegalArgumentException e) {
            err.println("parley: " + e.getMessage());
            return 2;
        }
        SparkSession spark = SparkSession.builder().appName("parley tournament " + file.getFileName()).getOrCreate();
        try {
            TournamentEngine.Outcome o = SparkTournament.run(spark, new TournamentEngine.Request(file, target, resume,
                    report, null, agentPath), partitions, note -> err.println("parley: " + note));
            TournamentSummary s = o.summary();
            out.printf(Locale.ROOT, "Tournament %s: %,d sessions (%d agents, %d scenarios); %,d were already "
                    + "recorded, %,d ran; %,d agreements, %,d errors in %.1f s. Wrote %s.%n", o.name(), o.sessions(),
                    o.agents(), o.scenarios(), o.recordedBefore(), o.ran(), s.agreements(), s.errors(), o.seconds(),
                    String.join(", ", o.files()));
            return 0;
        } catch (IllegalArgumentException | FormatException e) {
            err.println("parley: " + e.getMessage().replace('\n', ' '));
            return 2;
        } catch (java.io.UncheckedIOException | java.io.IOException e) {
            err.println("parley: " + IoErrors.describe(e));
            return 2;
        } catch (Exception e) {
            err.println("parley: internal error: " + e);
            e.printStackTrace(err);
            return 1;
        } finally {
            spark.stop();
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        }
        return args[i];
    }

    private static int partitions(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("--partitions must be a positive whole number, got '" + text + "'");
    }
}
