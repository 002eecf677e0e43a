package org.parley.formats.genius;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.parley.formats.FormatException;
import org.parley.formats.Sources;
import org.parley.util.SizeLimit;
import org.parley.util.SizeLimitException;

/**
 * A hardened XML reader for scenario files: parses with the JDK's StAX parser into a small {@link XmlElement} tree
 * that records the line and column of every element.
 *
 * <p><b>Safety.</b> DTDs are disabled ({@code SUPPORT_DTD=false}) and external entities are never resolved
 * ({@code IS_SUPPORTING_EXTERNAL_ENTITIES=false}); on top of that any {@code <!DOCTYPE>} is refused outright
 * ("DOCTYPE is not allowed"), which also rules out entity-expansion attacks such as "billion laughs". Only the five
 * predefined entities and character references are decoded. Limits:
 * <ul>
 *   <li>file size at most {@value #MAX_FILE_BYTES} bytes (64 MiB);</li>
 *   <li>element nesting depth at most {@value #MAX_DEPTH};</li>
 *   <li>at most {@value #MAX_ELEMENTS} elements per file;</li>
 *   <li>at most {@link SizeLimit#VALUES} {@code <item>} elements of {@code <issue>} elements (the values of a GENIUS
 *       domain or profile) and at most {@link SizeLimit#ISSUES} {@code <issue>} elements per file, counted while parsing,
 *       so that a file of millions of values is refused at the first value over the limit, with its line:column,
 *       instead of after the whole file is read into a tree.</li>
 * </ul>
 *
 * <p><b>GENIUS leniency.</b> Files shipped with GENIUS are read by GENIUS's own forgiving parser, and some of them
 * are not well-formed XML. Before parsing, three repairs are applied; none of them changes any line or column:
 * <ol>
 *   <li>Encoding: a byte-order mark selects UTF-8/UTF-16; otherwise a declared encoding is honoured; a file that
 *       declares UTF-8 or nothing but is not valid UTF-8 is decoded as windows-1252 (e.g. a bare {@code 0x80} for
 *       "€" in ANAC 2015's New_sporthal files).</li>
 *   <li>An XML declaration preceded by comments or blank lines (ANAC 2014 nonlinear profiles start with
 *       {@code <!-- profile 1 -->}) is blanked out.</li>
 *   <li>A bare {@code &} that does not start an entity or character reference (e.g. {@code value="AT & T"}) is read
 *       as a literal ampersand.</li>
 * </ol>
 * Line ends are normalised to {@code \n} first, as XML itself requires, so that positions are exact.
 * Everything else that is not well-formed is an error carrying the parser's message and its line:column.
 *
 * <p>Every problem is reported as a one-line {@link FormatException} naming the file (or the source name given with
 * bytes or a stream) and line:column.
 */
public final class SafeXml {

    /** Largest file accepted, in bytes (64 MiB). */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Deepest element nesting accepted (the root element is at depth 1). */
    public static final int MAX_DEPTH = 64;
    /**
     * Files from this size on are scanned for their size limits before the parse ({@code XmlLimitScan}). A smaller
     * file holds at most about 18,000 values (an {@code <item/>} takes 7 bytes), and the parse reaches any limit in it
     * within a few hundredths of a second anyway, so the scan would only add its pass to every ordinary file (the
     * largest ANAC file has 86 KB).
     */
    static final long SCAN_FROM_BYTES = 128 << 10;
    /** Most elements accepted in one file. */
    public static final long MAX_ELEMENTS = 5_000_000L;

    /**
     * The configured StAX factory, one per thread (a factory is not documented as safe for concurrent use). Creating
     * one reads the JAXP configuration again, which costs more than parsing a small scenario file.
     */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SafeXml::newFactory);

    private SafeXml() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entities are not allowed");
        });
        return factory;
    }

    /**
     * Parses {@code file} with the default limits and returns its root element. A quick scan of a large file
     * ({@code XmlLimitScan}) refuses one over a size limit before the parse.
     */
    public static XmlElement parse(Path file) {
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size >= SCAN_FROM_BYTES && size <= MAX_FILE_BYTES) { // a larger file is refused by the parse
                XmlLimitScan.check(source, in, MAX_DEPTH, MAX_ELEMENTS);
            }
        } catch (IOException e) {
            throw new FormatException(source, null, "cannot read the file: " + e, e);
        }
        return parse(file, MAX_FILE_BYTES, MAX_DEPTH, MAX_ELEMENTS);
    }

    /**
     * Parses the bytes of {@code in} (read up to the size limit; the stream is not closed); {@code source} names the
     * input in errors.
     */
    public static XmlElement parse(String source, InputStream in) {
        return parse(source, readLimited(source, in, MAX_FILE_BYTES));
    }

    /** Parses {@code bytes} (not kept); {@code source} names the input in errors. */
    public static XmlElement parse(String source, byte[] bytes) {
        if (bytes.length >= SCAN_FROM_BYTES && bytes.length <= MAX_FILE_BYTES) {
            try {
                XmlLimitScan.check(source, new ByteArrayInputStream(bytes), MAX_DEPTH, MAX_ELEMENTS);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a byte array cannot fail to read
            }
        }
        return parse(source, bytes, MAX_FILE_BYTES, MAX_DEPTH, MAX_ELEMENTS);
    }

    /** Parses with explicit limits (for tests). */
    static XmlElement parse(Path file, long maxBytes, int maxDepth, long maxElements) {
        String source = file.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = readLimited(source, in, maxBytes);
        } catch (IOException e) {
            throw new FormatException(source, null, "cannot read the file: " + e, e);
        }
        return parse(source, bytes, maxBytes, maxDepth, maxElements);
    }

    static XmlElement parse(String source, byte[] bytes, long maxBytes, int maxDepth, long maxElements) {
        if (bytes.length > maxBytes) {
            throw tooLarge(source, maxBytes);
        }
        String text = XmlPrelude.decode(source, bytes);
        if (text.isBlank()) {
            throw new FormatException(source, "1:1", "the file is empty");
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n'); // XML's own line-end normalisation
        }
        text = XmlPrelude.blankLateDeclaration(text);
        char placeholder = 0;
        if (text.indexOf('&') >= 0) {
            placeholder = XmlPrelude.choosePlaceholder(text);
            text = XmlPrelude.protectBareAmpersands(text, placeholder);
        }
        return new Parser(source, text, placeholder, maxDepth, maxElements).run();
    }

    private static byte[] readLimited(String source, InputStream in, long maxBytes) {
        try {
            byte[] bytes = Sources.readUpTo(in, maxBytes);
            if (bytes.length > maxBytes) {
                throw tooLarge(source, maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw new FormatException(source, null, "cannot read the file: " + e, e);
        }
    }

    private static FormatException tooLarge(String source, long maxBytes) {
        return new FormatException(source, "1:1", "the file is larger than " + maxBytes
                + " bytes, the limit for XML scenario files");
    }

    /** The refusal of the {@code values}-th value, an {@code <item>} of the issue named {@code issue}. */
    static FormatException valueLimit(String source, String where, long values, long maxValues, String issue) {
        SizeLimitException limit = new SizeLimitException(SizeLimit.VALUES, maxValues, "value "
                + SizeLimit.format(values) + " (an <item> of issue '" + issue + "')");
        return new FormatException(source, where, limit.getMessage(), limit);
    }

    /** The refusal of the {@code issues}-th {@code <issue>} element. */
    static FormatException issueLimit(String source, String where, long issues, long maxIssues) {
        SizeLimitException limit = new SizeLimitException(SizeLimit.ISSUES, maxIssues, "issue "
                + SizeLimit.format(issues));
        return new FormatException(source, where, limit.getMessage(), limit);
    }

    /** One parse of one text. */
    private static final class Parser {
        private final String source;
        private final String text;
        private final char placeholder;
        private final int maxDepth;
        private final long maxElements;
        private final int[] lineStarts;

        Parser(String source, String text, char placeholder, int maxDepth, long maxElements) {
            this.source = source;
            this.text = text;
            this.placeholder = placeholder;
            this.maxDepth = maxDepth;
            this.maxElements = maxElements;
            this.lineStarts = lineStarts(text);
        }

        XmlElement run() {
            XMLStreamReader r = null;
            try {
                r = FACTORY.get().createXMLStreamReader(new StringReader(text));
                return build(r);
            } catch (XMLStreamException e) {
                throw malformed(e);
            } finally {
                if (r != null) {
                    try {
                        r.close();
                    } catch (XMLStreamException ignored) {
                        // nothing to release for a string source
                    }
                }
            }
        }

        private XmlElement build(XMLStreamReader r) throws XMLStreamException {
            Deque<XmlElement> open = new ArrayDeque<>();
            XmlElement root = null;
            long count = 0;
            long values = 0;
            long maxValues = SizeLimit.VALUES.value();
            long issues = 0;
            long maxIssues = SizeLimit.ISSUES.value();
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new FormatException(source, doctypeLocation(r),
                            "DOCTYPE is not allowed");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++count > maxElements) {
                            throw new FormatException(source, startLocation(r),
                                    "more than " + maxElements + " elements");
                        }
                        if (open.size() >= maxDepth) {
                            throw new FormatException(source, startLocation(r),
                                    "elements are nested more than " + maxDepth + " deep");
                        }
                        String[] attrs = new String[2 * r.getAttributeCount()];
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            attrs[2 * i] = r.getAttributeLocalName(i);
                            attrs[2 * i + 1] = unprotect(r.getAttributeValue(i));
                        }
                        String name = r.getLocalName();
                        if (name.equals("item") && !open.isEmpty() && open.peek().name().equals("issue")
                                && ++values > maxValues) {
                            throw valueLimit(source, startLocation(r), values, maxValues,
                                    open.peek().attribute("name"));
                        }
                        if (name.equals("issue") && ++issues > maxIssues) {
                            throw issueLimit(source, startLocation(r), issues, maxIssues);
                        }
                        int[] lc = startLineColumn(r);
                        XmlElement e = new XmlElement(name, lc[0], lc[1], attrs);
                        if (open.isEmpty()) {
                            root = e;
                        } else {
                            open.peek().addChild(e);
                        }
                        open.push(e);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop().freeze();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty() && !r.isWhiteSpace()) {
                            open.peek().appendText(unprotect(r.getText()));
                        }
                    }
                    default -> {
                        // comments, processing instructions, whitespace: nothing to keep
                    }
                }
            }
            if (root == null) {
                throw new FormatException(source, "1:1", "the file has no root element");
            }
            return root;
        }

        private String unprotect(String s) {
            return placeholder == 0 || s.indexOf(placeholder) < 0 ? s : s.replace(placeholder, '&');
        }

        private FormatException malformed(XMLStreamException e) {
            String msg = e.getMessage() == null ? "unreadable" : e.getMessage();
            int at = msg.indexOf("Message: ");
            if (at >= 0) {
                msg = msg.substring(at + "Message: ".length());
            }
            msg = msg.replace('\n', ' ').trim();
            Location l = e.getLocation();
            String where = l == null || l.getLineNumber() < 0 ? null : l.getLineNumber() + ":" + l.getColumnNumber();
            return new FormatException(source, where, "malformed XML: " + msg, e);
        }

        /**
         * Line and column of the '<' opening the start tag the reader has just passed. The reader reports the
         * line:column just after the tag (its character offsets are not reliable); the tag starts at the last '<'
         * before that point, since '<' cannot occur inside a start tag.
         */
        private int[] startLineColumn(XMLStreamReader r) {
            Location l = r.getLocation();
            int line = l.getLineNumber();
            int end = line >= 1 && line <= lineStarts.length ? lineStarts[line - 1] + l.getColumnNumber() - 1 : -1;
            int start = end > 0 && end <= text.length() ? text.lastIndexOf('<', end - 1) : -1;
            return start < 0 ? new int[] {line, l.getColumnNumber()} : lineColumn(start);
        }

        private String startLocation(XMLStreamReader r) {
            int[] lc = startLineColumn(r);
            return lc[0] + ":" + lc[1];
        }

        private String doctypeLocation(XMLStreamReader r) {
            int at = text.indexOf("<!DOCTYPE");
            if (at >= 0) {
                int[] lc = lineColumn(at);
                return lc[0] + ":" + lc[1];
            }
            Location l = r.getLocation();
            return l.getLineNumber() + ":" + l.getColumnNumber();
        }

        private int[] lineColumn(int offset) {
            int line = Arrays.binarySearch(lineStarts, offset);
            if (line < 0) {
                line = -line - 2;
            }
            return new int[] {line + 1, offset - lineStarts[line] + 1};
        }

        /** Offsets where lines start (line ends are already normalised to "\n"). */
        private static int[] lineStarts(String s) {
            int[] starts = new int[64];
            int n = 1;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = i + 1;
                }
            }
            return Arrays.copyOf(starts, n);
        }
    }
}
