package org.parley.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a read-only output folder gave "UncheckedIOException: cannot open roout/.lock" without the reason; I/O
 * errors named the exception class but not the cause. The cause is now said in words.
 */
class IoErrorsTest {

    @Test
    void theReasonOfAFileExceptionIsSaidInWords() {
        UncheckedIOException ro = new UncheckedIOException("cannot open roout: roout/.lock",
                new AccessDeniedException("roout/.lock"));
        assertEquals("cannot open roout: roout/.lock: permission denied", IoErrors.describe(ro));
        assertEquals("cannot read x.yaml: no such file or folder",
                IoErrors.describe(new UncheckedIOException("cannot read x.yaml", new NoSuchFileException("x.yaml"))));
    }

    @Test
    void theFileSystemsOwnReasonIsKept() {
        FileSystemException full = new FileSystemException("out/tournament.json.tmp", null, "No space left on device");
        assertEquals("cannot open out: out/tournament.json.tmp: No space left on device",
                IoErrors.describe(new UncheckedIOException("cannot open out", full)));
        assertEquals("out/x: Read-only file system", IoErrors.describe(
                new FileSystemException("out/x", null, "Read-only file system")));
    }

    @Test
    void aPlainIoExceptionKeepsItsMessage() {
        assertEquals("cannot write to out: No space left on device", IoErrors.describe(new UncheckedIOException(
                "cannot write to out", new IOException("No space left on device"))));
        assertEquals("IOException", IoErrors.describe(new IOException()));
    }
}
