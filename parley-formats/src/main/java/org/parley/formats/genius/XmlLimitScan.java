package org.parley.formats.genius;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.parley.formats.FormatException;
import org.parley.util.SizeLimit;

/**
 * A quick look at a GENIUS XML file for its size limits alone, before {@link SafeXml} parses it: one pass over the
 * bytes in a small buffer, counting the {@code <item>} elements of {@code <issue>} elements and the {@code <issue>}
 * elements as {@link SafeXml} does, and refusing the first over {@link SizeLimit#VALUES} or {@link SizeLimit#ISSUES}
 * with the very message {@link SafeXml} gives. It exists for speed: the JDK's StAX parser, not yet compiled in a fresh
 * JVM, needs about half a second of CPU to reach the 100,001st value of a hostile file, this loop a few hundredths;
 * and it holds a 64 KiB buffer whatever the file's size.
 *
 * <p>It recognises only a plain, strict subset of XML: UTF-8 text (names in ASCII); elements, attributes, comments, CDATA sections and
 * processing instructions; the five predefined entities; an XML declaration first (version 1.0, UTF-8) or after
 * leading comments (as {@link SafeXml} blanks it). On anything else (a file that is not UTF-8, a DOCTYPE, a character
 * reference, a bare ampersand, a name or nesting it does not expect, anything not well-formed, the depth or element
 * limit reached) it gives up and says nothing, and {@link SafeXml} reads the file as ever. So the refusal it gives is
 * the one {@link SafeXml} would give at the same element, after a prefix {@link SafeXml} also reads without error
 * ({@code XmlLimitScanTest} checks that on generated files and the ANAC corpus).
 */
final class XmlLimitScan {

    private static final Pattern DECLARATION = Pattern.compile("<\\?xml\\s+version\\s*=\\s*(\"1\\.0\"|'1\\.0')"
            + "(\\s+encoding\\s*=\\s*(\"(?i:utf-8)\"|'(?i:utf-8)'))?(\\s+standalone\\s*=\\s*(\"(yes|no)\"|'(yes|no)'))?"
            + "\\s*\\?>");

    private static final int MAX_NAME = 256;
    private static final int MAX_ATTRIBUTES = 100;
    private static final int MAX_REFERENCES = 10_000;

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
    private final int maxDepth;
    private final long maxElements;
    private final long maxValues = SizeLimit.VALUES.value();
    private final long maxIssues = SizeLimit.ISSUES.value();

    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private boolean eof;
    /** Line and column (1-based, XML line ends normalised) of the byte at {@code pos}. */
    private int line = 1;
    private int column = 1;

    private final List<String> open = new ArrayList<>();
    /** The distinct element and attribute names met. */
    private final List<String> names = new ArrayList<>();
    private final List<byte[]> nameBytes = new ArrayList<>();
    /** The attribute names of the current start tag. */
    private final List<String> attributes = new ArrayList<>();
    private final StringBuilder value = new StringBuilder();
    /** The name attribute of the innermost open {@code <issue>}, or null; only read while an issue is open. */
    private final List<String> issueNames = new ArrayList<>();
    private long elements;
    /** Whether a character above 127 came before. */
    private boolean nonAscii;
    private long values;
    private long issues;
    private int references;

    private XmlLimitScan(String source, InputStream in, int maxDepth, long maxElements) {
        this.source = source;
        this.in = in;
        this.maxDepth = maxDepth;
        this.maxElements = maxElements;
    }

    /**
     * Reads {@code in} (not closed) up to the first value or issue over its limit and throws {@link SafeXml}'s
     * refusal for it; returns when there is none or when the file leaves the subset understood here.
     *
     * @throws FormatException the refusal, naming {@code source}, the element's line:column and the limit
     * @throws IOException when {@code in} cannot be read
     */
    static void check(String source, InputStream in, int maxDepth, long maxElements) throws IOException {
        XmlLimitScan scan = new XmlLimitScan(source, in, maxDepth, maxElements);
        try {
            scan.document();
        } catch (GiveUp e) {
            // outside the subset: SafeXml decides
        } catch (FormatException refusal) {
            if (!scan.nonAscii || scan.restIsUtf8()) {
                throw refusal;
            }
        }
    }

    // ---- input ------------------------------------------------------------------------------------------------

    /** Makes at least {@code n} bytes available from {@code pos}, unless the input ends first; returns how many. */
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

    /** The byte {@code k} ahead of the current one (0: the current one), or -1 past the end. */
    private int peek(int k) throws IOException {
        if (pos + k >= end && fill(k + 1) <= k) {
            return -1;
        }
        return buf[pos + k] & 0xFF;
    }

    /** The current byte, consumed; -1 at the end. A byte above 127 or a control character gives up. */
    private int next() throws IOException {
        if (pos >= end && fill(1) == 0) {
            return -1;
        }
        int b = buf[pos++] & 0xFF;
        if (b == '\n') {
            line++;
            column = 1;
        } else if (b == '\r') {
            if (peek(0) == '\n') {
                pos++;
            }
            line++;
            column = 1;
            return '\n';
        } else if (b >= 0x80) {
            return multiByte(b);
        } else if (b < 0x20 && b != '\t') {
            throw GIVE_UP; // a control character XML 1.0 does not allow
        } else {
            column++;
        }
        return b;
    }

    /**
     * After the lead byte {@code b} of a UTF-8 sequence: its character, consumed (one column). Gives up unless it is a
     * well-formed two- or three-byte sequence of a character XML allows and not a line end in XML 1.1 (U+0085,
     * U+2028): a four-byte character counts two columns in the parser, which this scan does not follow.
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
        if ((n == 3 && c < 0x800) || (c >= 0xD800 && c <= 0xDFFF) || c > 0xFFFD || c == 0x85 || c == 0x2028) {
            throw GIVE_UP;
        }
        pos += n - 1;
        column++;
        nonAscii = true;
        return c;
    }

    /**
     * Whether the rest of the input is UTF-8: {@link SafeXml} decodes a file that is not (in whole) as windows-1252,
     * which reads the non-ASCII characters before the refused element otherwise.
     */
    private boolean restIsUtf8() throws IOException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder();
        CharBuffer out = CharBuffer.allocate(buf.length);
        ByteBuffer bytes = ByteBuffer.wrap(buf, pos, end - pos);
        while (true) {
            if (d.decode(bytes, out, eof).isError()) {
                return false;
            }
            out.clear();
            if (eof) {
                return !d.flush(out).isError();
            }
            int left = bytes.remaining();
            System.arraycopy(buf, bytes.position(), buf, 0, left);
            pos = 0;
            end = left;
            int r = in.read(buf, end, buf.length - end);
            if (r < 0) {
                eof = true;
            } else {
                end += r;
            }
            bytes = ByteBuffer.wrap(buf, 0, end);
        }
    }

    private boolean startsWith(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            if (peek(i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void skip(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            next();
        }
    }

    private void expect(int c) throws IOException {
        if (next() != c) {
            throw GIVE_UP;
        }
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private boolean skipSpace() throws IOException {
        boolean any = false;
        while (isSpace(peek(0))) {
            next();
            any = true;
        }
        return any;
    }

    private static boolean isNameStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
    }

    private static boolean isNameChar(int c) {
        return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }

    private String name() throws IOException {
        fill(MAX_NAME + 1);
        if (pos >= end || !isNameStart(buf[pos])) {
            throw GIVE_UP;
        }
        int start = pos;
        while (pos < end && isNameChar(buf[pos])) {
            pos++;
        }
        if (pos - start > MAX_NAME) {
            throw GIVE_UP;
        }
        column += pos - start;
        return intern(start, pos - start);
    }

    /** The name in {@code buf[start, start + length)}: one string per distinct name, so a tag allocates nothing. */
    private String intern(int start, int length) {
        for (int k = 0; k < names.size(); k++) {
            byte[] b = nameBytes.get(k);
            if (b.length == length) {
                int i = 0;
                while (i < length && b[i] == buf[start + i]) {
                    i++;
                }
                if (i == length) {
                    return names.get(k);
                }
            }
        }
        if (names.size() >= 256) {
            throw GIVE_UP; // not a GENIUS file
        }
        String n = new String(buf, start, length, StandardCharsets.ISO_8859_1);
        names.add(n);
        nameBytes.add(n.getBytes(StandardCharsets.ISO_8859_1));
        return n;
    }

    // ---- grammar ----------------------------------------------------------------------------------------------

    private void document() throws IOException {
        if (peek(0) == 0xEF && peek(1) == 0xBB && peek(2) == 0xBF) {
            pos += 3; // SafeXml drops a UTF-8 byte-order mark before counting columns
        }
        boolean first = true;
        boolean onlySpaceAndComments = true;
        while (true) {
            if (skipSpace()) {
                first = false;
            }
            if (peek(0) != '<') {
                throw GIVE_UP; // no root element, or text before it
            }
            if (startsWith("<!--")) {
                comment();
            } else if (startsWith("<?")) {
                if (isXmlTarget()) {
                    if (first) {
                        declaration();
                    } else if (onlySpaceAndComments && isBlankableDeclaration()) {
                        skipTo("?>"); // blanked by SafeXml
                    } else {
                        throw GIVE_UP;
                    }
                } else {
                    processingInstruction();
                }
                onlySpaceAndComments = false;
            } else if (startsWith("<!")) {
                throw GIVE_UP; // a DOCTYPE: SafeXml refuses it
            } else {
                element();
                break;
            }
            first = false;
        }
        while (true) {
            skipSpace();
            if (peek(0) == -1) {
                return;
            }
            if (startsWith("<!--")) {
                comment();
            } else if (startsWith("<?") && !isXmlTarget()) {
                processingInstruction();
            } else {
                throw GIVE_UP; // a second root, or text after the root
            }
        }
    }

    /** At {@code <?}: whether the target starts with {@code xml} in any case (reserved; only the declaration). */
    private boolean isXmlTarget() throws IOException {
        return (peek(2) | 0x20) == 'x' && (peek(3) | 0x20) == 'm' && (peek(4) | 0x20) == 'l';
    }

    /** At {@code <?xml}: whether a space follows, as {@link XmlPrelude#blankLateDeclaration} requires. */
    private boolean isBlankableDeclaration() throws IOException {
        return startsWith("<?xml") && isSpace(peek(5));
    }

    private void declaration() throws IOException {
        StringBuilder b = new StringBuilder();
        while (!b.toString().endsWith("?>")) {
            int c = next();
            if (c < 0 || b.length() > 200) {
                throw GIVE_UP;
            }
            b.append((char) c);
        }
        if (!DECLARATION.matcher(b).matches()) {
            throw GIVE_UP;
        }
    }

    private void processingInstruction() throws IOException {
        skip(2);
        name();
        if (!skipSpace() && !startsWith("?>")) {
            throw GIVE_UP;
        }
        skipTo("?>");
    }

    private void comment() throws IOException {
        skip(4);
        while (true) {
            if (startsWith("--")) {
                if (peek(2) != '>') {
                    throw GIVE_UP; // "--" inside a comment
                }
                skip(3);
                return;
            }
            if (next() < 0) {
                throw GIVE_UP;
            }
        }
    }

    private void skipTo(String terminator) throws IOException {
        while (!startsWith(terminator)) {
            if (next() < 0) {
                throw GIVE_UP;
            }
        }
        skip(terminator.length());
    }

    /** At the root's {@code <}: the root element and everything in it, iteratively. */
    private void element() throws IOException {
        startTag();
        while (!open.isEmpty()) {
            text();
            int c = peek(1);
            if (c == '/') {
                endTag();
            } else if (c == '!' || c == '?') {
                markup();
            } else {
                startTag();
            }
        }
    }

    /** At {@code <!} or {@code <?} within the root: a comment, a CDATA section or a processing instruction. */
    private void markup() throws IOException {
        if (startsWith("<!--")) {
            comment();
        } else if (startsWith("<![CDATA[")) {
            skip(9);
            skipTo("]]>");
        } else if (startsWith("<?") && !isXmlTarget()) {
            processingInstruction();
        } else {
            throw GIVE_UP;
        }
    }

    /** Text up to the next {@code <}; the end of the input gives up (an element is open). */
    private void text() throws IOException {
        while (true) {
            if (pos >= end && fill(1) == 0) {
                throw GIVE_UP;
            }
            int c = buf[pos] & 0xFF;
            if (c == '<') {
                return;
            }
            if (c >= 0x20 && c < 0x80 && c != '&' && c != ']') {
                pos++;
                column++;
            } else if (c == '&') {
                reference();
            } else if (c == ']' && startsWith("]]>")) {
                throw GIVE_UP;
            } else {
                next();
            }
        }
    }

    private void endTag() throws IOException {
        skip(2);
        String name = name();
        skipSpace();
        expect('>');
        if (!name.equals(open.remove(open.size() - 1))) {
            throw GIVE_UP;
        }
        if (name.equals("issue")) {
            issueNames.remove(issueNames.size() - 1);
        }
    }

    private void startTag() throws IOException {
        int atLine = line;
        int atColumn = column;
        next();
        String name = name();
        attributes.clear();
        String issueName = null;
        boolean empty;
        while (true) {
            boolean space = skipSpace();
            if (peek(0) == '>') {
                next();
                empty = false;
                break;
            }
            if (startsWith("/>")) {
                skip(2);
                empty = true;
                break;
            }
            if (!space) {
                throw GIVE_UP;
            }
            String attribute = name();
            for (int k = 0; k < attributes.size(); k++) {
                if (attributes.get(k) == attribute) { // names are interned
                    throw GIVE_UP; // twice in one tag
                }
            }
            if (attributes.size() >= MAX_ATTRIBUTES) {
                throw GIVE_UP;
            }
            attributes.add(attribute);
            skipSpace();
            expect('=');
            skipSpace();
            boolean keep = attribute.equals("name") && name.equals("issue");
            attributeValue(keep);
            if (keep) {
                issueName = value.toString();
            }
        }
        if (++elements > maxElements || open.size() >= maxDepth) {
            throw GIVE_UP; // SafeXml refuses this element with its own message
        }
        if (name.equals("item") && !open.isEmpty() && open.get(open.size() - 1).equals("issue")
                && ++values > maxValues) {
            throw SafeXml.valueLimit(source, atLine + ":" + atColumn, values, maxValues,
                    issueNames.get(issueNames.size() - 1));
        }
        if (name.equals("issue") && ++issues > maxIssues) {
            throw SafeXml.issueLimit(source, atLine + ":" + atColumn, issues, maxIssues);
        }
        if (!empty) {
            open.add(name);
            if (name.equals("issue")) {
                issueNames.add(issueName);
            }
        }
    }

    /**
     * A quoted attribute value, consumed; when {@code keep}, left in {@link #value} normalised as XML does (each line
     * end or tab a space).
     */
    private void attributeValue(boolean keep) throws IOException {
        int quote = next();
        if (quote != '"' && quote != '\'') {
            throw GIVE_UP;
        }
        StringBuilder b = value;
        b.setLength(0);
        while (true) {
            if (pos >= end && fill(1) == 0) {
                throw GIVE_UP;
            }
            int c = buf[pos] & 0xFF;
            if (c == quote) {
                next();
                return;
            }
            if (c >= 0x20 && c < 0x80 && c != '<' && c != '&') {
                if (keep) {
                    b.append((char) c);
                }
                pos++;
                column++;
                continue;
            }
            if (c == '<' || c < 0) {
                throw GIVE_UP;
            }
            if (c == '&') {
                b.append(reference());
            } else {
                c = next();
                b.append(c == '\n' || c == '\t' ? ' ' : (char) c);
            }
        }
    }

    /** At {@code &}: one of the five predefined entities, consumed; anything else gives up. */
    private char reference() throws IOException {
        if (++references > MAX_REFERENCES) {
            throw GIVE_UP;
        }
        for (String[] e : new String[][] {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""},
            {"&apos;", "'"}}) {
            if (startsWith(e[0])) {
                skip(e[0].length());
                return e[1].charAt(0);
            }
        }
        throw GIVE_UP; // a character reference, an undeclared entity or a bare '&' (SafeXml's repair)
    }
}
