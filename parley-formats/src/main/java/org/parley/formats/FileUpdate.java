package org.parley.formats;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A read-modify-write of a UTF-8 text file that loses nothing: neither a concurrent update, nor the file's mode,
 * owner, group or links, nor the old text when the change is refused or the machine stops half-way.
 *
 * <ul>
 * <li><b>Lock.</b> The update holds an exclusive {@link FileLock} on the file from before it reads until after it
 * has written. It excludes other processes; within this JVM, where a second lock on the same file is refused at
 * once ({@link OverlappingFileLockException}) instead of waiting, the update waits and tries again, so no static
 * lock table is kept. When the file was replaced while waiting for the lock, the update locks the new file and
 * reads that, so two updates at once both land, one after the other.</li>
 * <li><b>Links.</b> A symbolic link is followed: the file it points to is updated and the link stays a link.</li>
 * <li><b>Refusals.</b> A read-only file (no write permission for anyone, or not writable by this user) is refused
 * with nothing written; so is a change that throws.</li>
 * <li><b>Replace.</b> Normally the new text goes to a temporary file in the same folder, which gets the file's mode
 * (and owner and group), is flushed to disk and renamed over the file, and the folder is flushed: readers see the
 * old text or the new one, never a mixture, even after a crash.</li>
 * <li><b>In place.</b> A rename would cut a file with more than one hard link off its other names (they would keep
 * the old text), and would hand the file to this user when its owner or group cannot be carried over. Then the
 * update writes in place instead, through the locked channel: it first saves the old text as a backup beside the
 * file ({@code .NAME.parley-backup}, same mode, flushed to disk), then writes the new text from the first byte that
 * changes, flushes, and deletes the backup. If the machine stops during that write the backup holds the old text,
 * and the next update refuses to run while the backup exists, so it cannot be overwritten.</li>
 * </ul>
 */
public final class FileUpdate {

    /** The suffix of the backup an in-place write keeps until it is done. */
    public static final String BACKUP_SUFFIX = ".parley-backup";

    /** How long an update waits before it tries again for a lock another thread of this JVM holds. */
    private static final long RETRY_MILLIS = 5;

    private FileUpdate() {
    }

    /** How the new text was written. */
    public enum Mode {
        /** A temporary file renamed over the old one. */
        REPLACED,
        /** In place, with a backup until done (hard links, or an owner or group a new file could not carry). */
        IN_PLACE,
        /** Nothing changed, so nothing was written. */
        UNCHANGED
    }

    /**
     * Reads {@code file} (at most {@code maxBytes}, strict UTF-8), applies {@code change} and writes the result back,
     * all under the file's lock. A {@link RuntimeException} from {@code change} propagates with nothing written.
     *
     * @return how the file was written
     * @throws FormatException naming {@code file} when it cannot be read or written (missing, read-only, too large,
     *                         not UTF-8, a folder that refuses a temporary file, a backup left by an interrupted write)
     */
    public static Mode update(Path file, long maxBytes, UnaryOperator<String> change) {
        Objects.requireNonNull(change, "change");
        Path target;
        try {
            target = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new FormatException(file, null, "no such file");
        } catch (IOException e) {
            throw new FormatException(file, null, "cannot read: " + reason(e), e);
        }
        refuseReadOnly(file, target);
        try (FileChannel channel = lockCurrent(target)) {
            Path backup = backup(target);
            if (Files.exists(backup, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new FormatException(file, null, "an earlier write was interrupted and left the old text in "
                        + backup + "; check the file against it, then delete the backup");
            }
            byte[] old = read(file, channel, maxBytes);
            String text = decode(file, old);
            String updated = change.apply(text);
            if (updated.equals(text)) {
                return Mode.UNCHANGED;
            }
            byte[] bytes = updated.getBytes(StandardCharsets.UTF_8);
            if (!replace(file, target, bytes)) {
                inPlace(file, target, channel, old, bytes, backup);
                return Mode.IN_PLACE;
            }
            return Mode.REPLACED;
        } catch (IOException e) {
            throw new FormatException(file, null, "cannot write: " + reason(e), e);
        }
    }

    private static void refuseReadOnly(Path file, Path target) {
        Set<PosixFilePermission> perms = permissions(target);
        boolean noWriteBit = perms != null && !perms.contains(PosixFilePermission.OWNER_WRITE)
                && !perms.contains(PosixFilePermission.GROUP_WRITE) && !perms.contains(PosixFilePermission.OTHERS_WRITE);
        if (noWriteBit || !Files.isWritable(target)) {
            throw new FormatException(file, null, "the file is read-only" + (perms == null ? ""
                    : " (" + PosixFilePermissions.toString(perms) + ")") + "; nothing was written; make it writable "
                    + "to change it");
        }
    }

    /**
     * Opens and locks the file the real path names now: when another update renamed a new file over it while this
     * one waited, the lock is on a file no longer there, so it locks the new one.
     */
    private static FileChannel lockCurrent(Path target) throws IOException {
        while (true) {
            Object before = key(target);
            FileChannel channel = FileChannel.open(target, StandardOpenOption.READ, StandardOpenOption.WRITE);
            boolean keep = false;
            try {
                lock(channel);
                Object after = key(target);
                if (before == null || before.equals(after)) {
                    keep = true;
                    return channel;
                }
            } finally {
                if (!keep) {
                    channel.close();
                }
            }
        }
    }

    /**
     * Locks {@code channel}, waiting for other processes in the system call and for other threads of this JVM (whose
     * lock on the same file makes {@link FileChannel#lock()} throw at once) by trying again.
     */
    private static void lock(FileChannel channel) throws IOException {
        while (true) {
            try {
                channel.lock();
                return;
            } catch (OverlappingFileLockException e) {
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for the lock on the file");
                }
            }
        }
    }

    private static Object key(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
    }

    private static byte[] read(Path file, FileChannel channel, long maxBytes) throws IOException {
        long size = channel.size();
        if (size > maxBytes) {
            throw new FormatException(file, null, "file is " + size + " bytes; the limit is " + maxBytes);
        }
        ByteBuffer buf = ByteBuffer.allocate((int) size);
        long at = 0;
        while (buf.hasRemaining()) {
            int n = channel.read(buf, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        byte[] out = new byte[buf.position()];
        buf.flip().get(out);
        return out;
    }

    private static String decode(Path file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new FormatException(file, null, "file is not valid UTF-8", e);
        }
    }

    /**
     * Writes {@code bytes} to a temporary file beside {@code target} with its mode, owner and group, and renames it
     * over {@code target}; false (nothing changed) when a rename would lose a hard link, the owner or the group.
     */
    private static boolean replace(Path file, Path target, byte[] bytes) throws IOException {
        PosixFileAttributes attrs = posix(target);
        if (links(target) > 1) {
            return false;
        }
        Path dir = target.getParent();
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        } catch (AccessDeniedException e) {
            throw new FormatException(file, null, "cannot create a temporary file in folder " + dir + " (permission "
                    + "denied); nothing was written");
        }
        boolean moved = false;
        try {
            if (attrs != null) {
                PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
                if (!sameOwner(view, attrs.owner(), attrs.group())) {
                    return false;
                }
                view.setPermissions(attrs.permissions());
            }
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    out.write(buf);
                }
                out.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            syncFolder(dir);
            return true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Gives the temporary file the owner and group of the original; false when this user may not. */
    private static boolean sameOwner(PosixFileAttributeView view, UserPrincipal owner, GroupPrincipal group)
            throws IOException {
        PosixFileAttributes now = view.readAttributes();
        try {
            if (!now.owner().equals(owner)) {
                view.setOwner(owner);
            }
            if (!now.group().equals(group)) {
                view.setGroup(group);
            }
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static void inPlace(Path file, Path target, FileChannel channel, byte[] old, byte[] bytes, Path backup)
            throws IOException {
        try {
            Files.write(backup, old, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new FormatException(file, null, "a backup " + backup + " appeared while writing; nothing was "
                    + "written");
        } catch (AccessDeniedException e) {
            throw new FormatException(file, null, "cannot create a backup in folder " + target.getParent()
                    + " (permission denied); nothing was written");
        }
        Set<PosixFilePermission> perms = permissions(target);
        if (perms != null) {
            Files.setPosixFilePermissions(backup, perms);
        }
        try (FileChannel b = FileChannel.open(backup, StandardOpenOption.WRITE)) {
            b.force(true);
        }
        syncFolder(target.getParent());
        int same = 0;
        while (same < old.length && same < bytes.length && old[same] == bytes[same]) {
            same++;
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes, same, bytes.length - same);
        long at = same;
        while (buf.hasRemaining()) {
            at += channel.write(buf, at);
        }
        channel.truncate(bytes.length);
        channel.force(true);
        Files.delete(backup);
        syncFolder(target.getParent());
    }

    /** The backup an in-place write of {@code target} keeps: {@code .NAME.parley-backup} in the same folder. */
    public static Path backup(Path target) {
        return target.resolveSibling("." + target.getFileName() + BACKUP_SUFFIX);
    }

    private static PosixFileAttributes posix(Path p) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        return view == null ? null : view.readAttributes();
    }

    private static Set<PosixFilePermission> permissions(Path p) {
        try {
            PosixFileAttributes a = posix(p);
            return a == null ? null : a.permissions();
        } catch (IOException e) {
            return null;
        }
    }

    private static int links(Path p) {
        try {
            return ((Number) Files.getAttribute(p, "unix:nlink")).intValue();
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return 1;
        }
    }

    /** Flushes a folder's entries (the rename) to disk where the platform allows it. */
    private static void syncFolder(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some platforms cannot open a folder; the rename is still atomic, only its durability is the system's
        }
    }

    /** The cause of an I/O error in words: "permission denied (/x/y)", "No space left on device", ... */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied (" + a.getFile() + ")";
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file (" + n.getFile() + ")";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason() + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
