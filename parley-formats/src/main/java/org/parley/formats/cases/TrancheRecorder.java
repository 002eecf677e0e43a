package org.parley.formats.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.formats.FileUpdate;
import org.parley.formats.FormatException;
import org.parley.mediation.Case;
import org.parley.mediation.Commitment;
import org.parley.mediation.Counts;
import org.parley.mediation.Tranche;
import org.parley.util.Suggestions;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * {@code case record}: appends one tranche to a case file's {@code tranches:} list, as text, at the end of the
 * list; nothing else in the file changes. The tranche is checked against the case as it is (the commitment exists,
 * the counts are for its two sides, the id is free, it does not repeat a tranche already recorded), so every error
 * names the file as it is and no line of the text not yet written; then the new text is validated in full.
 *
 * <p>{@link #record} does all of it under the file's lock ({@link FileUpdate}): two records at once both land, each
 * numbered after the other; the file keeps its mode, links and owner; a read-only file is refused; a refused record
 * leaves the file byte for byte as it was.
 */
public final class TrancheRecorder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NUMBERED = Pattern.compile("T(\\d+)");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private TrancheRecorder() {
    }

    /**
     * A tranche to record.
     *
     * @param id          its id, or null for the next free {@code T<n>}
     * @param commitment  the commitment id
     * @param date        when it happened
     * @param delivered   party id → count (0..{@link Counts#MAX}), or null for a count not reported
     * @param status      reported, verified or disputed
     * @param source      where the figures come from (not blank)
     * @param approximate whether the figures are approximate
     * @param recordedBy  who records it
     * @param recordedAt  when (ISO-8601)
     * @param note        may be null
     */
    public record Entry(String id, String commitment, LocalDate date, Map<String, Long> delivered,
            Tranche.Status status, String source, boolean approximate, String recordedBy, String recordedAt,
            String note) {

        /** Checks what can be checked without the case: the date, the counts, a source. */
        public Entry {
            if (commitment == null || commitment.isBlank()) {
                throw new IllegalArgumentException("a tranche needs the commitment it is for");
            }
            if (date == null) {
                throw new IllegalArgumentException("a tranche needs a date");
            }
            if (delivered == null || delivered.isEmpty()) {
                throw new IllegalArgumentException("a tranche needs the count of at least one side (or that it "
                        + "was not reported)");
            }
            delivered = Collections.unmodifiableMap(new LinkedHashMap<>(delivered));
            for (Map.Entry<String, Long> d : delivered.entrySet()) {
                if (d.getValue() != null) {
                    Counts.check("the count of " + d.getKey(), d.getValue());
                }
            }
            if (source == null || source.isBlank()) {
                throw new IllegalArgumentException("the source of the figures is empty; say where they come from");
            }
            status = status == null ? Tranche.Status.REPORTED : status;
            recordedBy = recordedBy == null ? "" : recordedBy;
            recordedAt = recordedAt == null ? "" : recordedAt;
        }
    }

    /**
     * A case text with a tranche appended.
     *
     * @param text    the whole new text
     * @param tranche the tranche as read back from it
     */
    public record Appended(String text, Tranche tranche) {
    }

    /** Appends {@code e} to {@code file}, refusing a repeat; returns the tranche as read back. */
    public static Tranche record(Path file, Entry e) {
        return record(file, e, false);
    }

    /**
     * Appends {@code e} to {@code file} under the file's lock ({@link FileUpdate}): the next free id and the checks
     * use the file as it is once locked. Returns the tranche as read back.
     *
     * @param allowRepeat record it even when a tranche of the same commitment, date and counts is already there
     * @throws DuplicateTrancheException when it repeats a recorded tranche and {@code allowRepeat} is false
     */
    public static Tranche record(Path file, Entry e, boolean allowRepeat) {
        Tranche[] added = new Tranche[1];
        FileUpdate.update(file, CaseYaml.MAX_BYTES, text -> {
            Appended a = appendTranche(text, file, e, allowRepeat);
            added[0] = a.tranche();
            return a.text();
        });
        return added[0];
    }

    /** The case text with {@code e} appended (a repeat refused); see {@link #appendTranche}. */
    public static String append(String text, Path file, Entry e) {
        return appendTranche(text, file, e, false).text();
    }

    /**
     * The case text with {@code e} appended to its tranches, validated. Throws a {@link FormatException} naming
     * {@code file} (and the line and column in {@code text} where the case itself is wrong) when the case or the
     * tranche is not valid, and a {@link DuplicateTrancheException} when the tranche repeats one already recorded and
     * {@code allowRepeat} is false.
     */
    public static Appended appendTranche(String text, Path file, Entry e, boolean allowRepeat) {
        Case before = CaseYaml.parse(text, file);
        String id = check(before, file, e, allowRepeat);
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
                String base = text;
                int end = offset(text, s.getEndMark().orElseThrow());
                if (end >= text.length() && !text.endsWith("\n")) {
                    // the last tranche ends the file without a line break: end its line first
                    base = text + nl;
                    end = base.length();
                }
                int offset = lineStart(base, end);
                String indent = dashIndent(base, s.getValue().get(0));
                String pre = base.substring(0, offset);
                String glue = pre.isEmpty() || pre.endsWith("\n") ? "" : nl;
                out = pre + glue + render(e, id, indent, nl) + base.substring(offset);
            } else if (list instanceof ScalarNode sc && sc.getValue().isEmpty() && sc.isPlain()) {
                int offset = lineEnd(text, offset(text, tranches.getKeyNode().getStartMark().orElseThrow()));
                String pre = text.substring(0, offset);
                out = pre + (pre.endsWith("\n") ? "" : nl) + render(e, id, "  ", nl) + text.substring(offset);
            } else {
                throw new FormatException(file, CaseTree.at(list.getStartMark().orElseThrow()), "'tranches' must be "
                        + "a block list ('- id: ...' on its own lines) or empty to record a tranche into it");
            }
        }
        Case after;
        try {
            after = CaseYaml.parse(out, file);
        } catch (FormatException ex) {
            // a line of the new text is not a line of the file: say what is wrong without it
            throw new FormatException(file, null, "the new tranche " + id + " would make the case invalid: "
                    + ex.problem(), ex);
        }
        List<Tranche> ts = after.tranches();
        if (ts.size() != before.tranches().size() + 1 || !ts.get(ts.size() - 1).id().equals(id)) {
            throw new IllegalStateException("the tranche was not appended at the end of the list");
        }
        return new Appended(out, ts.get(ts.size() - 1));
    }

    /**
     * Checks {@code e} against the case as it is: the commitment exists, the counts are for its sides, the id is
     * free, the tranche does not repeat one recorded. Returns the id to use.
     */
    private static String check(Case c, Path file, Entry e, boolean allowRepeat) {
        Commitment cm = c.commitment(e.commitment());
        List<String> known = c.commitments().stream().map(Commitment::id).toList();
        if (cm == null) {
            throw new FormatException(file, null, "the new tranche is for unknown commitment '" + e.commitment()
                    + "'" + Hints.hint(e.commitment(), known, "commitment"));
        }
        List<String> sides = List.of(cm.obligor(), cm.beneficiary());
        for (String side : e.delivered().keySet()) {
            if (!sides.contains(side)) {
                throw new FormatException(file, null, "'" + side + "' is not a side of commitment " + cm.id() + " ("
                        + cm.obligor() + ", " + cm.beneficiary() + ")" + (Suggestions.best(side, sides) == null ? ""
                        : "; did you mean '" + Suggestions.best(side, sides) + "'?"));
            }
        }
        String id = e.id() != null ? e.id() : nextId(c);
        if (!ID.matcher(id).matches() || id.length() > 100) {
            throw new IllegalArgumentException("tranche id '" + id + "' is not a valid id (letters, digits, '.', '_', "
                    + "'-', at most 100)");
        }
        if (c.tranches().stream().anyMatch(t -> t.id().equals(id))) {
            throw new FormatException(file, null, "tranche " + id + " is already recorded");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        e.delivered().forEach((k, v) -> {
            if (v != null) {
                counts.put(k, v);
            }
        });
        for (Tranche t : c.tranches()) {
            if (!allowRepeat && t.commitment().equals(cm.id()) && t.date().equals(e.date())
                    && t.delivered().equals(counts)) {
                throw new DuplicateTrancheException(file, t.id(), "tranche " + t.id() + " already records "
                        + describe(cm, t.date(), counts) + "; nothing was written");
            }
        }
        return id;
    }

    /** "C3 on 2025-06-16: russia 1,200, ukraine not reported". */
    private static String describe(Commitment cm, LocalDate date, Map<String, Long> counts) {
        StringBuilder sb = new StringBuilder(cm.id()).append(" on ").append(date).append(':');
        for (String side : List.of(cm.obligor(), cm.beneficiary())) {
            Long n = counts.get(side);
            sb.append(side.equals(cm.obligor()) ? " " : ", ").append(side).append(' ')
                    .append(n == null ? "not reported" : Counts.fmt(n));
        }
        return sb.toString();
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
