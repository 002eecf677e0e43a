package org.parley.formats;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The content of one input that is not (or not only) a file, such as an upload, with the name that errors and format
 * detection use (e.g. {@code Laptop-A-domain.xml} or {@code uploads/42/coffee.yaml}). Immutable: the bytes are copied
 * in and out, and {@link #open()} streams them without handing the array out.
 */
public final class NamedBytes {

    private final String name;
    private final byte[] bytes;

    /** The input {@code name} holding a copy of {@code bytes}. */
    public NamedBytes(String name, byte[] bytes) {
        this.name = Objects.requireNonNull(name, "name");
        this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    /** The bytes of {@code in}, refused when there are more than {@code limit}; the stream is not closed. */
    public static NamedBytes read(String name, InputStream in, long limit) {
        return new NamedBytes(name, Sources.read(name, in, limit));
    }

    /** The bytes of {@code file} (at most {@code limit}), named by its path as given. */
    public static NamedBytes of(Path file, long limit) {
        return new NamedBytes(file.toString(), Sources.read(file, limit));
    }

    /** The name errors give and format detection reads (by its extension). */
    public String name() {
        return name;
    }

    /** Number of bytes. */
    public int size() {
        return bytes.length;
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** A new stream over the bytes. */
    public InputStream open() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public String toString() {
        return name + " (" + bytes.length + " bytes)";
    }
}
