package org.parley.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import org.parley.util.SizeLimit;

/**
 * A quick look at a parley YAML scenario for its size limits alone, before snakeyaml-engine parses it: one pass over
 * the bytes in a small buffer, counting the issues and the values listed under {@code issues[*].values} as
 * {@link SafeYaml#loadScenario} does, and refusing the first over {@link SizeLimit#ISSUES} or {@link SizeLimit#VALUES}
 * with the very message {@link SafeYaml} gives. It exists for speed: snakeyaml-engine, not yet compiled in a fresh
 * JVM, needs one to two seconds of CPU to reach the 100,001st value of a hostile file, a third of a second to reach
 * its 1,001st issue; this loop a few hundredths.
 *
 * <p>It recognises only the plain YAML parley writes and people type: UTF-8 without tabs (keys in ASCII); a top-level mapping at
 * column 1 whose keys before {@code issues} have one-line values; {@code issues} as a block list whose entries are
 * block mappings ({@code - name: x}) or one-line flow mappings ({@code - {name: x, values: [a, b]}}); plain keys;
 * one-line plain or quoted scalars; one-line flow lists of scalars; values as a flow list or a block list of scalars;
 * comments. On anything else (anchors, aliases, tags, block scalars, multi-line scalars or flow collections,
 * document markers, escapes, an indentation it does not expect, the end of {@code issues} reached) it gives up and
 * says nothing, and the YAML parser reads the file as ever. Before refusing, it checks what the YAML parser reads
 * ahead of the offending entry (the rest of its line and the first token of the next) and that the rest of the file
 * is UTF-8 (the reader decodes the whole file first), so that the refusal is the one the reader would give
 * ({@code YamlLimitScanTest} checks that on generated files and their mutants).
 */
final class YamlLimitScan {

    private static final int MAX_KEY = 64;

    /** Thrown to give up: the file is outside the subset this scan understands. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private final String source;
    private final InputStream in;
    private final long maxValues = SizeLimit.VALUES.value();
    private final long maxIssues = SizeLimit.ISSUES.value();

    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private boolean eof;
    private int line = 1;
    private int column = 1;

    private long values;
    private long issues;
    /** The refusal found, given once what the parser reads ahead of it is checked. */
    private FormatException verdict;

    private YamlLimitScan(String source, InputStream in) {
        this.source = source;
        this.in = in;
    }

    /**
     * Reads {@code in} (not closed) up to the first issue or value over its limit and throws {@link SafeYaml}'s
     * refusal for it; returns when there is none or when the file leaves the subset understood here.
     *
     * @throws FormatException the refusal, naming {@code source}, the line:column and the limit
     * @throws IOException when {@code in} cannot be read
     */
    static void check(String source, InputStream in) throws IOException {
        YamlLimitScan scan = new YamlLimitScan(source, in);
        try {
            scan.document();
        } catch (GiveUp e) {
            return;
        } catch (Verdict v) {
            if (scan.restIsPrintableUtf8()) {
                throw scan.verdict;
            }
        }
    }

    /** Unwinds the scan once the line of the refused entry and the next token are checked. */
    private static final class Verdict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Verdict() {
            super(null, null, false, false);
        }
    }

    // ---- input ------------------------------------------------------------------------------------------------

    private int fill(int n) throws IOException {
        if (end - pos >= n || eof) {
            return end - pos;
        }
        if (n > buf.length) {
            throw GIVE_UP; // a token or a run of spaces longer than the buffer: not a file this scan is for
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            end -= pos;
            pos = 0;
        }
        while (end < n && !eof) {
            int r = in.read(buf, end, buf.length - end);
            if (r < 0) {
                eof = true;
            } else {
                end += r;
            }
        }
        return end - pos;
    }

    /** The byte {@code k} ahead (0: the current one), or -1 past the end. */
    private int peek(int k) throws IOException {
        if (pos + k >= end && fill(k + 1) <= k) {
            return -1;
        }
        return buf[pos + k] & 0xFF;
    }

    /** The current byte, consumed; -1 at the end. Anything but printable ASCII and line feeds gives up. */
    private int next() throws IOException {
        if (pos >= end && fill(1) == 0) {
            return -1;
        }
        int b = buf[pos++] & 0xFF;
        if (b == '\n') {
            line++;
            column = 1;
        } else if (b >= 0x80) {
            return multiByte(b);
        } else if (b < 0x20 || b == 0x7F) {
            throw GIVE_UP; // a tab, a carriage return or a control character
        } else {
            column++;
        }
        return b;
    }

    /**
     * After the lead byte {@code b} of a UTF-8 sequence: its character, consumed (one column, as the parser counts
     * code points). Gives up unless it is a well-formed two- or three-byte sequence of a character YAML prints and
     * does not read as a line end or a byte-order mark.
     */
    private int multiByte(int b) throws IOException {
        int n = b >= 0xF0 ? 0 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
        if (n == 0) {
            throw GIVE_UP;
        }
        int c = n == 2 ? b & 0x1F : b & 0x0F;
        for (int k = 0; k < n - 1; k++) {
            int t = peek(k);
            if ((t & 0xC0) != 0x80) {
                throw GIVE_UP;
            }
            c = c << 6 | (t & 0x3F);
        }
        if ((n == 3 && c < 0x800) || c < 0xA0 || (c >= 0xD800 && c <= 0xDFFF) || c > 0xFFFD || c == 0xFEFF
                || c == 0x2028 || c == 0x2029) {
            throw GIVE_UP;
        }
        pos += n - 1;
        column++;
        return c;
    }

    private void expect(int c) throws IOException {
        if (next() != c) {
            throw GIVE_UP;
        }
    }

    private void spaces() throws IOException {
        while (peek(0) == ' ') {
            next();
        }
    }

    /**
     * Whether the rest of the input is UTF-8 (the reader decodes it all before parsing) of characters YAML allows (the
     * YAML parser checks them a buffer ahead of where it is).
     */
    private boolean restIsPrintableUtf8() throws IOException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder();
        CharBuffer out = CharBuffer.allocate(buf.length);
        ByteBuffer bytes = ByteBuffer.wrap(buf, pos, end - pos);
        while (true) {
            CoderResult r = d.decode(bytes, out, eof);
            if (r.isError()) {
                return false;
            }
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                if (!(c >= 0x20 && c <= 0x7E) && c != '\n' && c != '\t' && c != '\r' && c != 0x85
                        && !(c >= 0xA0 && c <= 0xD7FF) && !(c >= 0xE000 && c <= 0xFFFD) && !Character.isSurrogate(c)) {
                    return false;
                }
            }
            out.clear();
            if (eof) {
                return !d.flush(out).isError();
            }
            int left = bytes.remaining();
            System.arraycopy(buf, bytes.position(), buf, 0, left);
            pos = 0;
            end = left;
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
            bytes = ByteBuffer.wrap(buf, 0, end);
        }
    }

    // ---- lines ------------------------------------------------------------------------------------------------

    /**
     * At the start of a line: skips blank and comment lines and the indentation of the next line; returns that
     * indentation, or -1 at the end of the input.
     */
    private int nextContentLine() throws IOException {
        while (true) {
            int indent = 0;
            while (peek(0) == ' ') {
                next();
                indent++;
            }
            int c = peek(0);
            if (c == -1) {
                return -1;
            }
            if (c == '#') {
                comment();
            }
            if (peek(0) == '\n') {
                next();
            } else if (peek(0) == -1) {
                return -1;
            } else {
                return indent;
            }
        }
    }

    private void comment() throws IOException {
        while (peek(0) != '\n' && peek(0) != -1) {
            next();
        }
    }

    /** After a value: optional spaces and comment, then the line's end (consumed) or the input's. */
    private void endOfLine() throws IOException {
        boolean space = peek(0) == ' ';
        spaces();
        if (peek(0) == '#') {
            if (!space) {
                throw GIVE_UP;
            }
            comment();
        }
        int c = next();
        if (c != '\n' && c != -1) {
            throw GIVE_UP;
        }
        if (verdict != null) {
            lookAhead();
        }
    }

    /**
     * The refused entry's line is read and valid: checks the first token of the next line (the YAML parser may scan it
     * before it reaches the entry) is one that cannot fail: none, a list entry or a plain key.
     */
    private void lookAhead() throws IOException {
        if (nextContentLine() >= 0) {
            if (peek(0) == '-' && peek(1) == ' ') {
                throw new Verdict();
            }
            key();
            if (peek(0) != ' ' && peek(0) != '\n' && peek(0) != -1) {
                throw GIVE_UP;
            }
        }
        throw new Verdict();
    }

    // ---- tokens -----------------------------------------------------------------------------------------------

    private static boolean isKeyStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isKeyChar(int c) {
        return isKeyStart(c) || (c >= '0' && c <= '9') || c == '-';
    }

    /** A plain key and its colon: {@code name:}. */
    private String key() throws IOException {
        if (!isKeyStart(peek(0))) {
            throw GIVE_UP;
        }
        StringBuilder b = new StringBuilder();
        while (isKeyChar(peek(0))) {
            b.append((char) next());
            if (b.length() > MAX_KEY) {
                throw GIVE_UP;
            }
        }
        expect(':');
        return b.toString();
    }

    /** A value on the rest of a line in block context: a one-line scalar or flow collection, not counted. */
    private void inlineValue() throws IOException {
        int c = peek(0);
        if (c == '[') {
            flowList(false);
        } else if (c == '{') {
            flowMapping(false);
        } else if (c == '"' || c == '\'') {
            quoted();
        } else {
            plainStart();
            while (true) {
                c = peek(0);
                if (c == '\n' || c == -1) {
                    return;
                }
                if (c == ':' && (peek(1) == ' ' || peek(1) == '\n' || peek(1) == -1)) {
                    throw GIVE_UP; // a mapping, not a scalar
                }
                if (c == ' ' && peek(1) == '#') {
                    return;
                }
                next();
            }
        }
    }

    /** The first character of a plain scalar: not an indicator, except '-' before a letter or digit. */
    private void plainStart() throws IOException {
        int c = peek(0);
        boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                || c == '.' || c == '(' || c == '/' || c == '+' || c == '$' || c == '=' || c == '~' || c == ';'
                || c == '<' || c == '^' || c == '\\' || c == ')' || c >= 0x80;
        if (!ok && c == '-') {
            int d = peek(1);
            ok = (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || (d >= '0' && d <= '9') || d == '.';
        }
        if (!ok) {
            throw GIVE_UP;
        }
    }

    /** A one-line quoted scalar without escapes. */
    private void quoted() throws IOException {
        int q = next();
        while (true) {
            int c = next();
            if (c == '\n' || c == -1 || (q == '"' && c == '\\')) {
                throw GIVE_UP;
            }
            if (c == q) {
                if (q == '\'' && peek(0) == '\'') {
                    next();
                } else {
                    return;
                }
            }
        }
    }

    /** A scalar in a flow collection: quoted, or plain up to the next ',', ']' or '}' on the line. */
    private void flowScalar() throws IOException {
        int c = peek(0);
        if (c == '"' || c == '\'') {
            quoted();
            return;
        }
        plainStart();
        while (true) {
            c = peek(0);
            if (c == ',' || c == ']' || c == '}') {
                return;
            }
            if (c == ':' || c == '#' || c == '[' || c == '{' || c == '\n' || c == -1) {
                throw GIVE_UP;
            }
            next();
        }
    }

    /** At '[': a one-line flow list of scalars; its items are counted as values when {@code counted}. */
    private void flowList(boolean counted) throws IOException {
        next();
        spaces();
        if (peek(0) == ']') {
            next();
            return;
        }
        while (true) {
            spaces();
            if (counted) {
                countValue();
            }
            flowScalar();
            spaces();
            int c = next();
            if (c == ']') {
                return;
            }
            if (c != ',' || peek(0) == ']') {
                throw GIVE_UP;
            }
        }
    }

    /** At '{': a one-line flow mapping of plain keys; in an issue, the list under {@code values} is counted. */
    private void flowMapping(boolean issue) throws IOException {
        next();
        spaces();
        if (peek(0) == '}') {
            next();
            return;
        }
        while (true) {
            spaces();
            String key = key();
            expect(' ');
            spaces();
            if (peek(0) == '[') {
                flowList(issue && key.equals("values"));
            } else {
                flowScalar();
            }
            spaces();
            int c = next();
            if (c == '}') {
                return;
            }
            if (c != ',') {
                throw GIVE_UP;
            }
        }
    }

    private void countValue() {
        if (++values > maxValues && verdict == null) {
            verdict = SafeYaml.valueLimit(source, line + ":" + column, values, maxValues, issues);
        }
    }

    // ---- the document -------------------------------------------------------------------------------------------

    private void document() throws IOException {
        int indent = nextContentLine();
        while (indent >= 0) {
            if (indent != 0) {
                throw GIVE_UP;
            }
            String key = key();
            if (key.equals("issues")) {
                endOfLine();
                issues();
                return;
            }
            expect(' ');
            spaces();
            inlineValue();
            endOfLine();
            indent = nextContentLine();
        }
    }

    /** After {@code issues:}'s line: its block list, up to the next top-level key or the end. */
    private void issues() throws IOException {
        int s = nextContentLine();
        if (s < 0 || peek(0) != '-') {
            return; // no list: nothing counted
        }
        int indent = s;
        while (indent == s && peek(0) == '-') {
            next();
            expect(' ');
            spaces();
            if (++issues > maxIssues && verdict == null) {
                verdict = SafeYaml.issueLimit(source, line + ":" + column, issues, maxIssues);
            }
            if (peek(0) == '{') {
                flowMapping(true);
                endOfLine();
                indent = nextContentLine();
            } else {
                indent = issueMapping(column - 1);
            }
        }
        if (indent > 0) {
            throw GIVE_UP;
        }
    }

    /**
     * At the first key of an issue's block mapping, whose keys are indented {@code m}: its entries; returns the
     * indentation of the line after them (-1 at the end).
     */
    private int issueMapping(int m) throws IOException {
        while (true) {
            String key = key();
            int indent;
            if (peek(0) == '\n' || peek(0) == -1 || (peek(0) == ' ' && blankToEndOfLine())) {
                if (!key.equals("values")) {
                    throw GIVE_UP;
                }
                endOfLine();
                indent = blockValues(m);
            } else {
                expect(' ');
                spaces();
                if (key.equals("values") && peek(0) == '[') {
                    flowList(true);
                } else {
                    inlineValue();
                }
                endOfLine();
                indent = nextContentLine();
            }
            if (indent != m || peek(0) == '-') {
                return indent;
            }
        }
    }

    /** Whether only spaces and perhaps a comment follow on this line (nothing consumed). */
    private boolean blankToEndOfLine() throws IOException {
        int k = 0;
        while (peek(k) == ' ') {
            k++;
        }
        return peek(k) == '\n' || peek(k) == -1 || peek(k) == '#';
    }

    /**
     * After {@code values:}'s line, in an issue whose keys are indented {@code m}: a block list of scalars, each
     * counted; returns the indentation of the line after it.
     */
    private int blockValues(int m) throws IOException {
        int v = nextContentLine();
        if (v < m || peek(0) != '-') {
            return v; // no list: the value is null, nothing counted
        }
        int indent = v;
        while (indent == v && peek(0) == '-') {
            next();
            expect(' ');
            spaces();
            countValue();
            int c = peek(0);
            if (c == '[' || c == '{') {
                throw GIVE_UP;
            }
            inlineValue();
            endOfLine();
            indent = nextContentLine();
        }
        return indent;
    }
}
