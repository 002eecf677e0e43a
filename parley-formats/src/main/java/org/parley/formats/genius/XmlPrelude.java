package org.parley.formats.genius;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.formats.FormatException;

/**
 * Turns a file's bytes into text {@link SafeXml} can parse: decoding (with the windows-1252 fallback) and the
 * position-preserving GENIUS repairs described in {@link SafeXml}.
 */
final class XmlPrelude {

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("\\A<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private XmlPrelude() {
    }

    static String decode(String source, byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return decodeStrictOr1252(Arrays.copyOfRange(b, 3, b.length));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(source, b, 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(source, b, 2, StandardCharsets.UTF_16LE);
        }
        String head = new String(b, 0, Math.min(b.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_ENCODING.matcher(head);
        if (m.find()) {
            String name = m.group(1).toUpperCase(Locale.ROOT);
            if (!name.equals("UTF-8") && !name.equals("UTF8")) {
                Charset cs;
                try {
                    cs = Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    throw new FormatException(source, "1:1", "unsupported encoding '" + m.group(1) + "'");
                }
                return strict(source, b, 0, cs);
            }
        }
        return decodeStrictOr1252(b);
    }

    private static String decodeStrictOr1252(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, Charset.forName("windows-1252"));
        }
    }

    private static String strict(String source, byte[] b, int from, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, from, b.length - from)).toString();
        } catch (CharacterCodingException e) {
            throw new FormatException(source, "1:1", "the file is not valid " + cs.name() + " text");
        }
    }

    /** Blanks an XML declaration that follows leading whitespace or comments, keeping every position. */
    static String blankLateDeclaration(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
            } else if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                if (end < 0) {
                    return text;
                }
                i = end + 3;
            } else {
                break;
            }
        }
        if (i == 0 || !text.startsWith("<?xml", i) || i + 5 >= n || !Character.isWhitespace(text.charAt(i + 5))) {
            return text;
        }
        int end = text.indexOf("?>", i);
        if (end < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int k = i; k < end + 2; k++) {
            if (chars[k] != '\n') {
                chars[k] = ' ';
            }
        }
        return new String(chars);
    }

    static char choosePlaceholder(String text) {
        for (char c = '\uE000'; c < '\uF8FF'; c++) {
            if (text.indexOf(c) < 0) {
                return c;
            }
        }
        return 0;
    }

    /** Replaces each bare '&' (one not starting a reference) by {@code placeholder}, keeping all positions. */
    static String protectBareAmpersands(String text, char placeholder) {
        if (placeholder == 0) {
            return text;
        }
        char[] chars = null;
        int n = text.length();
        for (int i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
            if (!startsReference(text, i + 1, n)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = placeholder;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean startsReference(String s, int i, int n) {
        if (i >= n) {
            return false;
        }
        int j = i;
        if (s.charAt(i) == '#') {
            j++;
            boolean hex = j < n && s.charAt(j) == 'x';
            if (hex) {
                j++;
            }
            int digits = j;
            while (j < n && (hex ? Character.digit(s.charAt(j), 16) >= 0 : Character.isDigit(s.charAt(j)))) {
                j++;
            }
            return j > digits && j < n && s.charAt(j) == ';';
        }
        if (!(Character.isLetter(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == ':')) {
            return false;
        }
        while (j < n && j - i < 64 && (Character.isLetterOrDigit(s.charAt(j)) || "_:.-".indexOf(s.charAt(j)) >= 0)) {
            j++;
        }
        return j < n && s.charAt(j) == ';';
    }
}
