package org.parley.cli;

import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on stderr (done/total, sessions per second, ETA) when the process runs in a terminal
 * ({@code System.console() != null}); silent otherwise, so logs and pipes stay clean.
 */
final class Progress implements AutoCloseable {

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar for {@code total} sessions of which {@code done} are already recorded, or a silent one. */
    static Progress start(String task, long total, long done) {
        if (System.console() == null) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .startsFrom(done, Duration.ZERO).setUnit(" sessions", 1).showSpeed().setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build());
    }

    /** One more session done (thread-safe). */
    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
