package org.parley.formats.tournament;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;
import org.parley.tournament.TournamentRunner;

/**
 * {@code started.log} in a tournament's results folder: a line {@code start ID} written (one unbuffered
 * {@code write}, so it survives the process) before session ID runs, and {@code exit ID PARTY} when the process is
 * ending by {@code System.exit} while that party's agent is in a call. A session that was started but has no result
 * was running when the process ended: killed by the user, or ended by an agent ({@code System.exit},
 * {@code Runtime.halt}). Resuming reads the journal ({@link #interrupted}) so that such a session is run again alone,
 * and recorded as an error instead of run a third time when it ended the process again (see
 * {@code TournamentJob}).
 */
public final class StartJournal implements TournamentRunner.Journal, AutoCloseable {

    public static final String FILE = "started.log";

    /**
     * A session that was started and never recorded.
     *
     * @param starts    how many runs started it
     * @param exitParty the party whose agent was in a call when the process exited, or -1 when unknown
     */
    public record Interrupted(int starts, int exitParty) {
    }

    private final Path file;
    private final FileOutputStream out;
    private final Map<Integer, int[]> seen = new TreeMap<>();

    private StartJournal(Path file) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    read(line);
                }
            }
        }
        this.out = new FileOutputStream(file.toFile(), true);
    }

    /** Opens (or creates) the journal in {@code dir}, reading what earlier runs wrote. */
    public static StartJournal open(Path dir) {
        try {
            return new StartJournal(dir.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    private void read(String line) {
        String[] f = line.strip().split(" ");
        try {
            if (f.length == 2 && f[0].equals("start")) {
                seen.computeIfAbsent(Integer.parseInt(f[1]), k -> new int[] {0, -1})[0]++;
            } else if (f.length == 3 && f[0].equals("exit")) {
                seen.computeIfAbsent(Integer.parseInt(f[1]), k -> new int[] {0, -1})[1] = Integer.parseInt(f[2]);
            }
        } catch (NumberFormatException e) {
            // a line cut short when the process ended mid-write; the others still count
        }
    }

    /** The sessions started in earlier runs and not in {@code done}, by id. */
    public Map<Integer, Interrupted> interrupted(BitSet done) {
        Map<Integer, Interrupted> m = new TreeMap<>();
        seen.forEach((id, v) -> {
            if (id >= 0 && !done.get(id)) {
                m.put(id, new Interrupted(v[0], v[1]));
            }
        });
        return m;
    }

    /** Every session during which an agent called {@code System.exit} (recorded or not): id → party. */
    public Map<Integer, Integer> exits() {
        Map<Integer, Integer> m = new TreeMap<>();
        seen.forEach((id, v) -> {
            if (v[1] >= 0) {
                m.put(id, v[1]);
            }
        });
        return m;
    }

    @Override
    public void started(int id) {
        write("start " + id + "\n");
    }

    @Override
    public void exited(int id, int party) {
        write("exit " + id + " " + party + "\n");
    }

    private synchronized void write(String line) {
        try {
            out.write(line.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
