package org.parley.spark;

import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;
import org.parley.app.TournamentEngine;

/**
 * The {@code spark} engine of {@code parley tournament --engine spark}: starts a Spark session on the requested
 * master ({@code local[*]} by default: every core of this machine), runs {@link SparkTournament} and stops the
 * session. Registered with {@link java.util.ServiceLoader}, so the command line finds it only when it is asked for.
 */
public final class SparkEngine implements TournamentEngine {

    /** The master when none is given: every core of this machine. */
    public static final String DEFAULT_MASTER = "local[*]";

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public Outcome run(Request request, Consumer<String> notes) throws Exception {
        String master = request.master() == null ? DEFAULT_MASTER : request.master();
        SparkSession.Builder builder = SparkSession.builder().appName("parley tournament " + request.file()
                .getFileName()).master(master);
        if (master.startsWith("local")) {
            // one machine: no web UI to bind a port for, and Spark's own log only for warnings
            builder = builder.config("spark.ui.enabled", "false");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            spark.sparkContext().setLogLevel("WARN");
            return SparkTournament.run(spark, request, 0, notes);
        } finally {
            spark.stop();
        }
    }
}
