package org.parley.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tester found {@code case record} did to a file: reset its mode to 0600, replaced a symbolic link by a
 * regular file (the target kept the old text), broke hard links, overwrote a read-only file, and lost concurrent
 * updates. (POSIX file systems; the tests need Linux or macOS.)
 */
class FileUpdateTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesTheTextAndKeepsTheMode() throws IOException {
        Path f = file("case.yaml", "a\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(FileUpdate.Mode.REPLACED, FileUpdate.update(f, 1000, t -> t + "b\n"));
        assertEquals("a\nb\n", Files.readString(f));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw-r--"));
        FileUpdate.update(f, 1000, t -> t + "c\n");
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        assertEquals(List.of("case.yaml"), names(), "no temporary file is left");
    }

    @Test
    void followsASymbolicLink() throws IOException {
        Path target = file("real.yaml", "a\n");
        Path link = Files.createSymbolicLink(dir.resolve("case.yaml"), target.getFileName());
        FileUpdate.update(link, 1000, t -> t + "b\n");
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("a\nb\n", Files.readString(target), "the file it points to is updated");
        assertEquals(List.of("case.yaml", "real.yaml"), names());
    }

    /** A rename would leave the other name with the old text: with two links the file is written in place. */
    @Test
    void keepsHardLinks() throws IOException {
        Path f = file("case.yaml", "first line\nsecond line\n");
        Path other = Files.createLink(dir.resolve("other.yaml"), f);
        Object inode = Files.readAttributes(f, BasicFileAttributes.class).fileKey();
        assertEquals(FileUpdate.Mode.IN_PLACE, FileUpdate.update(f, 1000, t -> t.replace("second", "2nd")
                + "third line\n"));
        assertEquals("first line\n2nd line\nthird line\n", Files.readString(other));
        assertEquals("first line\n2nd line\nthird line\n", Files.readString(f));
        assertEquals(inode, Files.readAttributes(f, BasicFileAttributes.class).fileKey());
        assertEquals(2, ((Number) Files.getAttribute(f, "unix:nlink")).intValue());
        FileUpdate.update(other, 1000, t -> t.substring(0, 5) + "\n");
        assertEquals("first\n", Files.readString(f), "a shorter text truncates the file");
        assertEquals(List.of("case.yaml", "other.yaml"), names(), "the backup is gone when the write is done");
    }

    @Test
    void refusesAReadOnlyFile() throws IOException {
        Path f = file("case.yaml", "a\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        FormatException e = assertThrows(FormatException.class, () -> FileUpdate.update(f, 1000, t -> t + "b\n"));
        assertEquals(f + ": the file is read-only (r--r--r--); nothing was written; make it writable to change it",
                e.getMessage());
        assertEquals("a\n", Files.readString(f));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    /** The backup of a write in place that was interrupted holds the old text: nothing may overwrite it. */
    @Test
    void refusesWhileTheBackupOfAnInterruptedWriteIsThere() throws IOException {
        Path f = file("case.yaml", "half-writ");
        Path backup = file(".case.yaml" + FileUpdate.BACKUP_SUFFIX, "old text\n");
        assertEquals(backup, FileUpdate.backup(f));
        FormatException e = assertThrows(FormatException.class, () -> FileUpdate.update(f, 1000, t -> t + "b\n"));
        assertEquals(f + ": an earlier write was interrupted and left the old text in " + backup + "; check the file "
                + "against it, then delete the backup", e.getMessage());
        assertEquals("half-writ", Files.readString(f));
        assertEquals("old text\n", Files.readString(backup));
    }

    @Test
    void aRefusedChangeWritesNothing() throws IOException {
        Path f = file("case.yaml", "a\n");
        byte[] before = Files.readAllBytes(f);
        assertThrows(IllegalArgumentException.class, () -> FileUpdate.update(f, 1000, t -> {
            throw new IllegalArgumentException("no");
        }));
        assertArrayEquals(before, Files.readAllBytes(f));
        assertEquals(FileUpdate.Mode.UNCHANGED, FileUpdate.update(f, 1000, t -> t));
        FormatException big = assertThrows(FormatException.class, () -> FileUpdate.update(f, 1, t -> t + "b"));
        assertEquals(f + ": file is 2 bytes; the limit is 1", big.getMessage());
        FormatException missing = assertThrows(FormatException.class, () -> FileUpdate.update(dir.resolve("no.yaml"),
                1000, t -> t));
        assertEquals(dir.resolve("no.yaml") + ": no such file", missing.getMessage());
        assertEquals(List.of("case.yaml"), names());
    }

    /** Read-modify-write from many threads at once: every increment lands (a lost update would show as less). */
    @Test
    void concurrentUpdatesAllLand() throws Exception {
        Path f = file("counter.txt", "0\n");
        Path hard = file("hard.txt", "0\n");
        Files.createLink(dir.resolve("hard-2.txt"), hard);
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            Path target = k % 2 == 0 ? f : hard;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    FileUpdate.update(target, 1000, t -> (Long.parseLong(t.strip()) + 1) + "\n");
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> d : done) {
            d.get();
        }
        pool.shutdown();
        assertEquals(threads / 2 * each + "\n", Files.readString(f));
        assertEquals(threads / 2 * each + "\n", Files.readString(hard));
        assertFalse(names().stream().anyMatch(n -> n.startsWith(".")), "no temporary file or backup is left");
    }
}
