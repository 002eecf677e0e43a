package org.parley.formats.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.formats.FormatException;
import org.parley.mediation.Case;
import org.parley.mediation.Tranche;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * {@code case record}: appends one tranche to a case file's {@code tranches:} list, as text, at the end of the
 * list; nothing else in the file changes. The new text is validated in memory first (schema and semantics, so an
 * unknown commitment or party is refused with nothing written), then written to a temporary file beside the case
 * and moved over it atomically.
 */
public final class TrancheRecorder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NUMBERED = Pattern.compile("T(\\d+)");

    private TrancheRecorder() {
    }

    /**
     * A tranche to record.
     *
     * @param id          its id, or null for the next free {@code T<n>}
     * @param commitment  the commitment id
     * @param date        when it happened
     * @param delivered   party id → count, or null for a count not reported
     * @param status      reported, verified or disputed
     * @param source      where the figures come from
     * @param approximate whether the figures are approximate
     * @param recordedBy  who records it
     * @param recordedAt  when (ISO-8601)
     * @param note        may be null
     */
    public record Entry(String id, String commitment, LocalDate date, Map<String, Long> delivered,
            Tranche.Status status, String source, boolean approximate, String recordedBy, String recordedAt,
            String note) {
    }

    /** Appends {@code e} to {@code file}; returns the tranche as read back. */
    public static Tranche record(Path file, Entry e) {
        String text = CaseYaml.text(file);
        String updated = append(text, file, e);
        Case c = CaseYaml.parse(updated, file);
        Tranche added = c.tranches().get(c.tranches().size() - 1);
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
            Files.write(tmp, updated.getBytes(StandardCharsets.UTF_8));
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException ex) {
            throw new FormatException(file, null, "cannot write: " + ex.getMessage(), ex);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is left behind; the case file is untouched
                }
            }
        }
        return added;
    }

    /**
     * The case text with {@code e} appended to its tranches, validated; throws a {@link FormatException} (naming
     * the file and, where it applies, the line and column) when the original or the result is not a valid case.
     */
    public static String append(String text, Path file, Entry e) {
        Case before = CaseYaml.parse(text, file);
        String id = e.id() != null ? e.id() : nextId(before);
        if (before.tranches().stream().anyMatch(t -> t.id().equals(id))) {
            throw new FormatException(file, null, "tranche " + id + " is already recorded");
        }
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        MappingNode root = (MappingNode) CaseTree.parse(file, text).yaml();
        NodeTuple tranches = null;
        for (NodeTuple t : root.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("tranches")) {
                tranches = t;
            }
        }
        String out;
        if (tranches == null) {
            String base = text.isEmpty() || text.endsWith("\n") ? text : text + nl;
            out = base + "tranches:" + nl + render(e, id, "  ", nl);
        } else {
            Node list = tranches.getValueNode();
            if (list instanceof SequenceNode s && !s.getValue().isEmpty() && blockStyle(text, s)) {
                int offset = lineStart(text, offset(text, s.getEndMark().orElseThrow()));
                String indent = dashIndent(text, s.getValue().get(0));
                String pre = text.substring(0, offset);
                String glue = pre.isEmpty() || pre.endsWith("\n") ? "" : nl;
                out = pre + glue + render(e, id, indent, nl) + text.substring(offset);
            } else if (list instanceof ScalarNode sc && sc.getValue().isEmpty() && sc.isPlain()) {
                int offset = lineEnd(text, offset(text, tranches.getKeyNode().getStartMark().orElseThrow()));
                String pre = text.substring(0, offset);
                out = pre + (pre.endsWith("\n") ? "" : nl) + render(e, id, "  ", nl) + text.substring(offset);
            } else {
                throw new FormatException(file, CaseTree.at(list.getStartMark().orElseThrow()), "'tranches' must be "
                        + "a block list ('- id: ...' on its own lines) or empty to record a tranche into it");
            }
        }
        Case after = CaseYaml.parse(out, file);
        List<Tranche> ts = after.tranches();
        if (ts.size() != before.tranches().size() + 1 || !ts.get(ts.size() - 1).id().equals(id)) {
            throw new IllegalStateException("the tranche was not appended at the end of the list");
        }
        return out;
    }

    private static boolean blockStyle(String text, SequenceNode s) {
        int at = offset(text, s.getStartMark().orElseThrow());
        return at < text.length() && text.charAt(at) != '[';
    }

    private static String nextId(Case c) {
        int max = 0;
        for (Tranche t : c.tranches()) {
            Matcher m = NUMBERED.matcher(t.id());
            if (m.matches()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return "T" + Math.max(max + 1, c.tranches().size() + 1);
    }

    /** The characters before the first item's dash on its line (the list's indentation). */
    private static String dashIndent(String text, Node firstItem) {
        int at = offset(text, firstItem.getStartMark().orElseThrow());
        int start = lineStart(text, at);
        int dash = text.lastIndexOf('-', at);
        return " ".repeat(Math.max(0, dash - start));
    }

    private static int offset(String text, Mark m) {
        return text.offsetByCodePoints(0, Math.min(m.getIndex(), text.codePointCount(0, text.length())));
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    private static int lineEnd(String text, int offset) {
        int nl = text.indexOf('\n', offset);
        return nl < 0 ? text.length() : nl + 1;
    }

    private static String render(Entry e, String id, String indent, String nl) {
        String in = indent + "  ";
        StringBuilder sb = new StringBuilder();
        sb.append(indent).append("- id: ").append(quote(id)).append(nl);
        sb.append(in).append("commitment: ").append(quote(e.commitment())).append(nl);
        sb.append(in).append("date: ").append(e.date()).append(nl);
        sb.append(in).append("delivered: {");
        int k = 0;
        for (Map.Entry<String, Long> d : e.delivered().entrySet()) {
            sb.append(k++ > 0 ? ", " : "").append(quote(d.getKey())).append(": ")
                    .append(d.getValue() == null ? "~" : d.getValue().toString());
        }
        sb.append('}').append(nl);
        sb.append(in).append("status: ").append(e.status().key()).append(nl);
        sb.append(in).append("source: ").append(quote(e.source())).append(nl);
        if (e.approximate()) {
            sb.append(in).append("approximate: true").append(nl);
        }
        if (e.note() != null && !e.note().isEmpty()) {
            sb.append(in).append("note: ").append(quote(e.note())).append(nl);
        }
        sb.append(in).append("recordedBy: ").append(quote(e.recordedBy())).append(nl);
        sb.append(in).append("recordedAt: ").append(quote(e.recordedAt())).append(nl);
        return sb.toString();
    }

    /** A YAML double-quoted scalar (JSON string syntax is valid YAML). */
    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s == null ? "" : s);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
