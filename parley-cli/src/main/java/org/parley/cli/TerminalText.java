package org.parley.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The one place every line parley prints on a terminal goes through ({@link Main#run} wraps standard output and
 * standard error in it): control characters other than newline and tab are written as visible escapes
 * ({@code \x1b}, {@code \x07}, {@code \u009b}), and so are the Unicode bidirectional overrides, so that a name in a
 * scenario, tournament or case file can neither send an escape sequence to the terminal (set its title, clear the
 * screen) nor reorder or overwrite what is shown. A carriage return survives only as part of the platform's line
 * separator. JSON documents are unaffected: their writer already escapes control characters inside strings.
 */
final class TerminalText extends FilterWriter {

    private static final boolean CRLF = System.lineSeparator().equals("\r\n");

    private boolean pendingCr;

    private TerminalText(Writer out) {
        super(out);
    }

    /** {@code w} behind the filter, flushing on every line as {@code w} would. */
    static PrintWriter wrap(PrintWriter w) {
        return new PrintWriter(new TerminalText(w), true);
    }

    /** {@code s} with every unsafe character escaped (for text that bypasses the wrapped streams). */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            append(b, s.charAt(i));
        }
        return b.toString();
    }

    private static boolean unsafe(char c) {
        return (Character.isISOControl(c) && c != '\n' && c != '\t')
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static void append(StringBuilder b, char c) {
        if (!unsafe(c)) {
            b.append(c);
        } else if (c < 0x80) {
            b.append(String.format("\\x%02x", (int) c));
        } else {
            b.append(String.format("\\u%04x", (int) c));
        }
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pendingCr) {
            pendingCr = false;
            if (ch == '\n') {
                out.write("\r\n");
                return;
            }
            out.write("\\x0d");
        }
        if (ch == '\r' && CRLF) {
            pendingCr = true;
            return;
        }
        if (!unsafe(ch)) {
            out.write(ch);
        } else {
            StringBuilder b = new StringBuilder();
            append(b, ch);
            out.write(b.toString());
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(cbuf[i]);
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(str.charAt(i));
        }
    }

    @Override
    public void flush() throws IOException {
        if (pendingCr) {
            pendingCr = false;
            out.write("\\x0d");
        }
        super.flush();
    }
}
