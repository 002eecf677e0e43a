package org.parley.formats.tournament;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.parley.protocol.GeniusCsv;
import org.parley.tournament.ResultRepository;
import org.parley.tournament.SessionRecord;

/**
 * A tournament's results folder: {@code tournament.json} (what is being run), {@code results.jsonl} (one
 * {@link ResultsJson} line per finished session, the record of truth) and {@code results.csv} (the same sessions as
 * GENIUS CSV rows, rebuilt from the JSON lines on resume).
 *
 * <p>Durability: each session is appended to both files with one {@code write} system call per line, straight from
 * the record (no buffering in the process), so once {@link #append} returns the line belongs to the operating system:
 * killing the process (even with SIGKILL) loses nothing that was appended, and at most the line being written is cut
 * short. There is no {@code fsync} per line: a power cut or an operating-system crash may lose the last lines, which
 * resuming then runs again. Resuming keeps every valid line (a damaged line in the middle is skipped, left in place
 * and reported with its number; its session runs again), cuts only a last line without its newline, rebuilds the
 * CSV, and marks the kept ids done, so no session is lost and none is recorded twice. A lock on {@code .lock} keeps two processes from writing one folder.
 *
 * <p>This is the first {@link ResultRepository}: {@link #open} gives one for writing (and reading),
 * {@link #openForReading} one that only reads (no lock, nothing written; for reports while a run may go on).
 */
public final class ResultStore implements ResultRepository {

    public static final String MANIFEST = "tournament.json";
    public static final String RESULTS = "results.jsonl";
    public static final String CSV = "results.csv";
    public static final String LOCK = ".lock";

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final FileOutputStream json;
    private final FileOutputStream csv;
    private final BitSet done;
    private final ResultsJson.Scan scan;
    private volatile ResultsJson.Scan lastRead;
    private boolean closed;

    private ResultStore(Path dir, FileChannel lockChannel, FileLock lock, BitSet done, ResultsJson.Scan scan)
            throws IOException {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.done = done;
        this.scan = scan;
        this.json = new FileOutputStream(dir.resolve(RESULTS).toFile(), true);
        this.csv = new FileOutputStream(dir.resolve(CSV).toFile(), true);
    }

    /** A store that only reads. */
    private ResultStore(Path dir) {
        this.dir = dir;
        this.lockChannel = null;
        this.lock = null;
        this.json = null;
        this.csv = null;
        this.done = null;
        this.scan = null;
    }

    /**
     * Opens the results folder {@code dir} for reading only: no lock is taken and nothing is written or cut, so a
     * tournament may still be appending to it. {@link #records} reads the complete, valid lines of
     * {@code results.jsonl} as they are at that moment.
     *
     * @throws IllegalArgumentException when {@code dir} holds no {@code results.jsonl}
     */
    public static ResultStore openForReading(Path dir) {
        if (!Files.isRegularFile(dir.resolve(RESULTS))) {
            throw new IllegalArgumentException(dir + " holds no " + RESULTS);
        }
        return new ResultStore(dir);
    }

    /**
     * Opens {@code dir} for a tournament with the given manifest ({@link Manifest}), {@code parties} per session
     * and {@code sessions} in its plan: a new folder (missing or empty) is set up; an existing one only with
     * {@code resume}, and only if it was started by the same tournament.
     *
     * @throws ResultFolderException   for a non-empty folder without {@code resume}, or another tournament's folder
     * @throws IllegalArgumentException for a folder another process is writing, or damaged results
     */
    public static ResultStore open(Path dir, String manifest, int parties, int sessions, boolean resume) {
        try {
            boolean fresh = checkUsable(dir, resume);
            if (!fresh && !Files.isRegularFile(dir.resolve(MANIFEST))) {
                throw new ResultFolderException(ResultFolderException.Problem.NOT_RESULTS, dir, "output folder " + dir
                        + " holds no " + MANIFEST + ", so it is not a tournament's results");
            }
            Files.createDirectories(dir);
            FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                ch.close();
                throw new IllegalArgumentException("another parley tournament is writing " + dir);
            }
            try {
                if (fresh) {
                    try {
                        writeAtomically(dir.resolve(MANIFEST), manifest + "\n");
                        Files.writeString(dir.resolve(RESULTS), "");
                        writeAtomically(dir.resolve(CSV), GeniusCsv.header(parties) + "\n");
                        return new ResultStore(dir, ch, lock, new BitSet(), new ResultsJson.Scan(0, 0, 0));
                    } catch (IOException | RuntimeException e) {
                        undoSetup(dir);
                        throw e;
                    }
                }
                Manifest.checkSame(Files.readString(dir.resolve(MANIFEST)), manifest, dir);
                return recover(dir, ch, lock, parties, sessions);
            } catch (IOException | RuntimeException e) {
                lock.release();
                ch.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses {@code dir} when it is not a folder, or not empty and {@code resume} is false (a
     * {@link ResultFolderException}; cheap: callers check before loading anything). Returns true when the folder is
     * missing or empty.
     */
    public static boolean checkUsable(Path dir, boolean resume) {
        try {
            boolean fresh = !Files.exists(dir) || isEmpty(dir);
            if (!fresh && !resume) {
                throw new ResultFolderException(ResultFolderException.Problem.NOT_EMPTY, dir, "output folder " + dir
                        + " is not empty");
            }
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    private static ResultStore recover(Path dir, FileChannel ch, FileLock lock, int parties, int sessions)
            throws IOException {
        Path results = dir.resolve(RESULTS);
        if (!Files.exists(results)) {
            Files.writeString(results, "");
        }
        BitSet done = new BitSet();
        Path tmp = dir.resolve(CSV + ".tmp");
        ResultsJson.Scan scan;
        boolean ok = false;
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(GeniusCsv.header(parties));
            w.write('\n');
            scan = ResultsJson.read(results, r -> {
                if (r.id() < 0 || r.id() >= sessions) {
                    throw new IllegalArgumentException(results + ": session id " + r.id() + " is outside the plan of "
                            + sessions + " sessions");
                }
                if (done.get(r.id())) {
                    throw new IllegalArgumentException(results + ": session " + r.id() + " is recorded twice");
                }
                done.set(r.id());
                try {
                    w.write(r.geniusRow());
                    w.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            ok = true;
        } finally {
            if (!ok) {
                Files.deleteIfExists(tmp);
            }
        }
        if (scan.damagedTail()) {
            try (FileChannel f = FileChannel.open(results, StandardOpenOption.WRITE)) {
                f.truncate(scan.validBytes());
            }
        }
        Files.move(tmp, dir.resolve(CSV), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new ResultStore(dir, ch, lock, done, scan);
    }

    /** The ids recorded: those found when the folder was opened and those appended since (a copy). */
    @Override
    public BitSet done() {
        if (done == null) {
            BitSet ids = new BitSet();
            try (Stream<SessionRecord> s = records()) {
                s.forEach(r -> ids.set(r.id()));
            }
            return ids;
        }
        synchronized (this) {
            return (BitSet) done.clone();
        }
    }

    /**
     * What opening for writing found: records kept, and whether a damaged last line was cut off (and how many bytes).
     * Null for a store opened for reading (see {@link #lastRead}).
     */
    public ResultsJson.Scan recovered() {
        return scan;
    }

    /**
     * The records of {@code results.jsonl} in file order, read lazily up to the first incomplete or unreadable line;
     * close the stream to release the file. Once it has been read to its end, {@link #lastRead} tells how far that
     * was.
     */
    @Override
    public Stream<SessionRecord> records() {
        ResultsJson.Lines lines = new ResultsJson.Lines(dir.resolve(RESULTS));
        Iterator<SessionRecord> it = new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = lines.hasNext();
                if (!more) {
                    lastRead = lines.scan();
                }
                return more;
            }

            @Override
            public SessionRecord next() {
                return lines.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(lines::close);
    }

    /**
     * What the last {@link #records} stream read to its end found: how many records, and whether
     * {@code results.jsonl} ends in an incomplete or unreadable line that was left out. Null before that.
     */
    public ResultsJson.Scan lastRead() {
        return lastRead;
    }

    public Path dir() {
        return dir;
    }

    /** Appends one session to both files (thread-safe; see the class comment for what survives a kill). */
    @Override
    public void append(SessionRecord r) {
        if (json == null) {
            throw new IllegalStateException(dir + " was opened for reading only");
        }
        byte[] line = (ResultsJson.line(r) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] row = (r.geniusRow() + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the results in " + dir + " are closed");
            }
            if (done.get(r.id())) {
                throw new IllegalArgumentException(dir.resolve(RESULTS) + ": session " + r.id()
                        + " is recorded already");
            }
            try {
                json.write(line);
                csv.write(row);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write to " + dir + ": " + e.getMessage(), e);
            }
            done.set(r.id());
        }
    }

    @Override
    public synchronized void close() {
        if (closed || json == null) {
            closed = true;
            return;
        }
        closed = true;
        try (lockChannel; json; csv) {
            lock.release();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("output " + dir + " is not a folder");
        }
        try (Stream<Path> s = Files.list(dir)) {
            // a lock file alone is what a setup killed before writing anything leaves; the folder is still unused
            return s.noneMatch(p -> !p.getFileName().toString().equals(LOCK));
        }
    }

    /** Writes a temporary file next to {@code file} and renames it; a failed write leaves no temporary file. */
    static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /**
     * Removes what setting up a new folder wrote (a disk that filled up while the manifest was written), so the
     * folder is empty again and the same command can be run once there is space.
     */
    private static void undoSetup(Path dir) {
        for (String name : new String[] {MANIFEST, MANIFEST + ".tmp", RESULTS, CSV, CSV + ".tmp", LOCK}) {
            try {
                Files.deleteIfExists(dir.resolve(name));
            } catch (IOException | RuntimeException e) {
                // best effort: the error that stopped the setup is the one reported
            }
        }
    }
}
