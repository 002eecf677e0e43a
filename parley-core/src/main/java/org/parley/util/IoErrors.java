package org.parley.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The one rule for describing an I/O failure to a person: what was being done (the message of the outermost
 * exception) followed by the cause in words ("permission denied", "Read-only file system", "No space left on
 * device"), never only the exception's class. The JDK's file exceptions often carry nothing but the path
 * ({@code AccessDeniedException: out/.lock}); this supplies the reason their class stands for.
 */
public final class IoErrors {

    private IoErrors() {
    }

    /** One line: {@code t}'s message and the reason of the innermost I/O exception in its causes. */
    public static String describe(Throwable t) {
        String message = t.getMessage() == null || t instanceof UncheckedIOException && t.getCause() != null
                && t.getMessage().equals(t.getCause().toString()) ? null : t.getMessage();
        IOException io = null;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException e) {
                io = e;
            }
        }
        if (io == null) {
            return message == null ? t.getClass().getSimpleName() : message.replace('\n', ' ');
        }
        String reason = reason(io);
        String file = io instanceof FileSystemException fs ? fs.getFile() : null;
        StringBuilder b = new StringBuilder(message == null ? "" : message);
        if (file != null && !b.toString().contains(file)) {
            b.append(b.length() == 0 ? "" : ": ").append(file);
        }
        if (!b.toString().contains(reason)) {
            b.append(b.length() == 0 ? "" : ": ").append(reason);
        }
        return b.toString().replace('\n', ' ');
    }

    /** The cause in words: the file system's reason when it gave one, else what the exception's type means. */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null && !fs.getReason().isBlank()) {
            return fs.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage() + (e.getClass() == IOException.class ? "" : " (" + e.getClass().getSimpleName() + ")");
        }
        return e.getClass().getSimpleName();
    }
}
