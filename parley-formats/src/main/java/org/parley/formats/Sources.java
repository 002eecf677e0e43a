package org.parley.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Helpers the readers share for inputs that are not files: the file name a source name stands for, and reading a
 * stream without ever holding more than a bound.
 *
 * <p>Every reader has entry points taking a source name and bytes or an {@link InputStream} next to the ones taking
 * a {@link java.nio.file.Path}; the path entry points read the file and delegate, naming the source
 * {@code path.toString()}, so the same content gives the same result and the same error text either way.
 */
public final class Sources {

    private Sources() {
    }

    /**
     * The last segment of a source name: what follows its last {@code /} or {@code \}, or the whole name. A reader
     * derives default names from it (a GENIUS domain file {@code dir/Laptop.xml} gives the domain {@code Laptop}).
     */
    public static String fileName(String source) {
        String s = source == null ? "" : source;
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        return slash >= 0 && slash < s.length() - 1 ? s.substring(slash + 1) : s;
    }

    /**
     * Up to {@code limit + 1} bytes of {@code in}, so that a caller can tell an input longer than {@code limit}
     * (more bytes are left unread); the stream is not closed.
     */
    public static byte[] readUpTo(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    }

    /**
     * The bytes of {@code file}, at most {@code limit} of them (a larger file is refused without being read whole);
     * errors name the file by its path as given.
     */
    public static byte[] read(Path file, long limit) {
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > limit) {
                throw tooLarge(source, limit);
            }
            return read(source, in, limit);
        } catch (IOException e) {
            throw new FormatException(source, null, "cannot read: " + e, e);
        }
    }

    /** The bytes of {@code in}, at most {@code limit} of them; the stream is not closed. */
    public static byte[] read(String source, InputStream in, long limit) {
        try {
            return checkSize(source, readUpTo(in, limit), limit);
        } catch (IOException e) {
            throw new FormatException(source, null, "cannot read: " + e, e);
        }
    }

    /** {@code bytes}, unless there are more than {@code limit} of them. */
    public static byte[] checkSize(String source, byte[] bytes, long limit) {
        if (bytes.length > limit) {
            throw tooLarge(source, limit);
        }
        return bytes;
    }

    private static FormatException tooLarge(String source, long limit) {
        return new FormatException(source, null, "file is larger than the limit of " + limit + " bytes"
                + (limit % (1 << 20) == 0 ? " (" + limit / (1 << 20) + " MiB)" : ""));
    }

    /** The text of UTF-8 {@code bytes} (at most {@code limit} of them); invalid UTF-8 is refused. */
    public static String utf8(String source, byte[] bytes, long limit) {
        checkSize(source, bytes, limit);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new FormatException(source, null, "file is not valid UTF-8", e);
        }
    }
}
