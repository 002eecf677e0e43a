package org.parley.agent.process;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What an agent process wrote to stderr (its log) during the current session: the last {@link #KEEP} bytes are kept,
 * and how many came before them. Written by the process's stderr reader, read by the session's thread.
 */
final class SessionLog {

    /** Bytes of a session's log kept (the last ones). */
    static final int KEEP = 64 * 1024;

    private byte[] data = new byte[1024];
    private int size;
    private long total;

    /** Appends {@code n} bytes; returns the session's total so far. */
    synchronized long append(byte[] b, int off, int n) {
        total += n;
        if (n >= KEEP) {
            data = Arrays.copyOfRange(b, off + n - KEEP, off + n);
            size = KEEP;
            return total;
        }
        if (size + n > KEEP) {
            int drop = size + n - KEEP;
            System.arraycopy(data, drop, data, 0, size - drop);
            size -= drop;
        }
        if (size + n > data.length) {
            data = Arrays.copyOf(data, Math.min(KEEP, Math.max(size + n, data.length * 2)));
        }
        System.arraycopy(b, off, data, size, n);
        size += n;
        return total;
    }

    /** The session's log as kept (with a first line saying how much was dropped), and starts the next session. */
    synchronized String take() {
        String s = text();
        size = 0;
        total = 0;
        if (data.length > 4096) {
            data = new byte[1024];
        }
        return s;
    }

    private String text() {
        String kept = new String(data, 0, size, StandardCharsets.UTF_8);
        long dropped = total - size;
        return dropped > 0 ? "[... " + dropped + " earlier bytes of this session's log dropped]\n" + kept : kept;
    }

    /**
     * The end of the session's log on one line, for an error message: its last lines joined by {@code " | "}, at
     * most {@code max} characters, or null when the log is empty.
     */
    synchronized String tail(int max) {
        String s = new String(data, 0, size, StandardCharsets.UTF_8).strip();
        if (s.isEmpty()) {
            return null;
        }
        String[] lines = s.split("\r?\n");
        StringBuilder sb = new StringBuilder();
        for (int i = lines.length - 1; i >= 0; i--) {
            String l = lines[i].strip();
            if (l.isEmpty()) {
                continue;
            }
            if (sb.length() > 0 && sb.length() + l.length() + 3 > max) {
                break;
            }
            sb.insert(0, sb.length() > 0 ? l + " | " : l);
        }
        String t = Json.excerptOf(sb.toString(), max);
        return t;
    }
}
