package org.parley.server.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Edits of a case text that change one value and keep every other byte (comments, order, layout): replace the value
 * at a JSON pointer, set a key of a mapping, append an item to a list. The new value is written in block style when
 * it replaces or joins block-style YAML and in flow style inside flow collections; strings that a plain scalar would
 * read differently are double-quoted. The caller validates the result with the case reader.
 */
final class CaseText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Set<String> RESERVED = Set.of("null", "Null", "NULL", "true", "True", "TRUE", "false",
            "False", "FALSE");
    /** Flow collections up to this many characters stay on one line. */
    private static final int FLOW_WIDTH = 100;

    /**
     * An edited text and where the new value is in it.
     *
     * @param text      the whole new text
     * @param firstLine 1-based line of the first line of the new value
     * @param pointers  per line of the new value, the JSON pointer (relative to the value) it writes
     */
    record Edit(String text, int firstLine, List<String> pointers, List<String> starts, List<Integer> startColumns) {

        /**
         * The pointer (relative to the edited value) written at 1-based {@code line} and {@code column}: the
         * collection that starts there, else the value the line writes; null outside the new value.
         */
        String pointerAt(int line, int column) {
            int i = line - firstLine;
            if (i < 0 || i >= pointers.size()) {
                return null;
            }
            return starts.get(i) != null && startColumns.get(i) == column ? starts.get(i) : pointers.get(i);
        }
    }

    private CaseText() {
    }

    /** Replaces the value at {@code pointer} (which must exist) with {@code value}. */
    static Edit replace(String text, String pointer, JsonNode value) {
        YamlTree tree = YamlTree.of(text);
        Node n = tree.node(pointer);
        if (n == null) {
            throw new IllegalArgumentException("the case has no value at " + pointer);
        }
        int start = offset(text, n.getStartMark().orElseThrow());
        int end = contentEnd(text, n);
        boolean flow = isFlow(n) || inFlow(tree, pointer);
        int column = start - lineStart(text, start);
        boolean sameLineAsKey = !text.substring(lineStart(text, start), start).isBlank();
        List<Line> lines;
        if (flow || sameLineAsKey && !value.isValueNode()) {
            lines = List.of(new Line(flow(value), ""));
        } else {
            lines = block(value, "");
        }
        return splice(text, start, end, lines, " ".repeat(column));
    }

    /** Sets {@code key} of the mapping at {@code parent} (created when missing) to {@code value}. */
    static Edit put(String text, String parent, String key, JsonNode value) {
        YamlTree tree = YamlTree.of(text);
        String pointer = parent + "/" + YamlTree.escape(key);
        if (tree.node(pointer) != null) {
            return replace(text, pointer, value);
        }
        Node p = tree.node(parent);
        if (p == null || p instanceof ScalarNode s && s.getValue().isEmpty() && s.isPlain()) {
            if (parent.isEmpty()) {
                throw new IllegalArgumentException("the case text is empty");
            }
            int cut = parent.lastIndexOf('/');
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.set(key, value);
            return put(text, parent.substring(0, cut), unescape(parent.substring(cut + 1)), o);
        }
        if (!(p instanceof MappingNode m)) {
            throw new IllegalArgumentException("the case has no mapping at " + (parent.isEmpty() ? "/" : parent));
        }
        if (isFlow(m) || m.getValue().isEmpty()) {
            ObjectNode whole = ((ObjectNode) tree.root().at(parent)).deepCopy();
            whole.set(key, value);
            return replace(text, parent, whole);
        }
        Node first = m.getValue().get(0).getKeyNode();
        int firstAt = offset(text, first.getStartMark().orElseThrow());
        String indent = " ".repeat(firstAt - lineStart(text, firstAt));
        int end = lineEnd(text, contentEnd(text, m.getValue().get(m.getValue().size() - 1).getValueNode()));
        List<Line> lines = member(key, value, "");
        return insert(text, end, lines, indent);
    }

    /** Appends {@code item} to the list at {@code pointer} (created when missing). */
    static Edit append(String text, String pointer, JsonNode item) {
        YamlTree tree = YamlTree.of(text);
        Node n = tree.node(pointer);
        if (n == null || n instanceof ScalarNode s && s.getValue().isEmpty() && s.isPlain()) {
            int cut = pointer.lastIndexOf('/');
            return put(text, pointer.substring(0, cut), unescape(pointer.substring(cut + 1)),
                    JsonNodeFactory.instance.arrayNode().add(item));
        }
        if (!(n instanceof SequenceNode s)) {
            throw new IllegalArgumentException("the case has no list at " + pointer);
        }
        if (isFlow(s) || s.getValue().isEmpty()) {
            com.fasterxml.jackson.databind.node.ArrayNode whole =
                    ((com.fasterxml.jackson.databind.node.ArrayNode) tree.root().at(pointer)).deepCopy();
            whole.add(item);
            return replace(text, pointer, whole);
        }
        Node first = s.getValue().get(0);
        int firstAt = offset(text, first.getStartMark().orElseThrow());
        int dash = text.lastIndexOf('-', firstAt);
        String indent = " ".repeat(Math.max(0, dash - lineStart(text, firstAt)));
        int end = lineEnd(text, contentEnd(text, s.getValue().get(s.getValue().size() - 1)));
        return insert(text, end, item(item, "/" + s.getValue().size()), indent);
    }

    private record Line(String text, String pointer, String start, int startOffset) {

        Line(String text, String pointer) {
            this(text, pointer, null, 0);
        }

        /** The same line behind {@code prefix}. */
        Line after(String prefix) {
            return new Line(prefix + text, pointer, start, startOffset + prefix.length());
        }
    }

    private static Edit splice(String text, int start, int end, List<Line> lines, String indent) {
        StringBuilder sb = new StringBuilder();
        List<String> pointers = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        int firstColumn = start - lineStart(text, start);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                sb.append(nl).append(indent);
            }
            Line l = lines.get(i);
            sb.append(l.text());
            pointers.add(l.pointer());
            starts.add(l.start());
            columns.add((i == 0 ? firstColumn : indent.length()) + l.startOffset() + 1);
        }
        String out = text.substring(0, start) + sb + text.substring(end);
        return new Edit(out, lineOf(text, start), pointers, starts, columns);
    }

    private static Edit insert(String text, int at, List<Line> lines, String indent) {
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        String pre = text.substring(0, at);
        String glue = pre.isEmpty() || pre.endsWith("\n") ? "" : nl;
        StringBuilder sb = new StringBuilder();
        List<String> pointers = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (Line l : lines) {
            sb.append(indent).append(l.text()).append(nl);
            pointers.add(l.pointer());
            starts.add(l.start());
            columns.add(indent.length() + l.startOffset() + 1);
        }
        String out = pre + glue + sb + text.substring(at);
        return new Edit(out, lineOf(out, pre.length() + glue.length()), pointers, starts, columns);
    }

    /** The block rendering of a mapping member {@code key: value}. */
    private static List<Line> member(String key, JsonNode value, String pointer) {
        String k = key(key) + ":";
        String p = pointer + "/" + YamlTree.escape(key);
        if (value.isValueNode() || fitsFlow(value)) {
            return List.of(new Line(k + " " + flow(value), p));
        }
        List<Line> out = new ArrayList<>();
        out.add(new Line(k, p));
        for (Line l : block(value, p)) {
            out.add(l.after("  "));
        }
        return out;
    }

    /** The block rendering of a list item {@code - value}. */
    private static List<Line> item(JsonNode value, String pointer) {
        if (value.isValueNode() || fitsFlow(value) || value.isEmpty()) {
            return List.of(new Line("- " + flow(value), pointer));
        }
        List<Line> inner = block(value, pointer);
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < inner.size(); i++) {
            out.add(inner.get(i).after(i == 0 ? "- " : "  "));
        }
        return out;
    }

    /** Block rendering of {@code v} (a mapping or a list; a scalar or short collection on one line). */
    private static List<Line> block(JsonNode v, String pointer) {
        if (v.isValueNode() || v.isEmpty()) {
            return List.of(new Line(flow(v), pointer));
        }
        List<Line> out = new ArrayList<>();
        if (v.isObject()) {
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                out.addAll(member(e.getKey(), e.getValue(), pointer));
            }
        } else {
            for (int i = 0; i < v.size(); i++) {
                out.addAll(item(v.get(i), pointer + "/" + i));
            }
        }
        Line first = out.get(0);
        out.set(0, new Line(first.text(), first.pointer(), pointer, 0));
        return out;
    }

    private static boolean fitsFlow(JsonNode v) {
        if (v.isValueNode()) {
            return true;
        }
        for (JsonNode c : v) {
            if (!c.isValueNode()) {
                return false;
            }
        }
        return flow(v).length() <= FLOW_WIDTH;
    }

    /** Flow rendering: {@code {a: 1, b: [x, y]}}. */
    static String flow(JsonNode v) {
        if (v.isObject()) {
            StringBuilder sb = new StringBuilder("{");
            int i = 0;
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                sb.append(i++ > 0 ? ", " : "").append(key(e.getKey())).append(": ").append(flow(e.getValue()));
            }
            return sb.append('}').toString();
        }
        if (v.isArray()) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < v.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(flow(v.get(i)));
            }
            return sb.append(']').toString();
        }
        return scalar(v);
    }

    /** A scalar that the case reader reads back as the same JSON value. */
    static String scalar(JsonNode v) {
        if (v.isNull() || v.isMissingNode()) {
            return "~";
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "true" : "false";
        }
        if (v.isNumber()) {
            if (v.isFloatingPointNumber() && !Double.isFinite(v.doubleValue())) {
                throw new IllegalArgumentException("a number must be finite, got " + v.asText());
            }
            return v.isBigDecimal() ? v.decimalValue().toString() : v.isIntegralNumber() ? v.bigIntegerValue()
                    .toString() : Double.toString(v.doubleValue());
        }
        String s = v.asText();
        return PLAIN.matcher(s).matches() && !RESERVED.contains(s) && !INT.matcher(s).matches()
                && !FLOAT.matcher(s).matches() ? s : quote(s);
    }

    private static String key(String k) {
        return PLAIN.matcher(k).matches() ? k : quote(k);
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    private static boolean isFlow(Node n) {
        return (n instanceof MappingNode m && m.getFlowStyle() == org.snakeyaml.engine.v2.common.FlowStyle.FLOW)
                || (n instanceof SequenceNode s && s.getFlowStyle() == org.snakeyaml.engine.v2.common.FlowStyle.FLOW);
    }

    private static boolean inFlow(YamlTree tree, String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            p = p.substring(0, p.lastIndexOf('/'));
            Node n = tree.node(p);
            if (n != null && isFlow(n)) {
                return true;
            }
        }
        return false;
    }

    /** The offset just after the last character of {@code n}'s content (trailing line breaks excluded). */
    private static int contentEnd(String text, Node n) {
        Node last = n;
        while (!isFlow(last)) {
            if (last instanceof MappingNode m && !m.getValue().isEmpty()) {
                last = m.getValue().get(m.getValue().size() - 1).getValueNode();
            } else if (last instanceof SequenceNode s && !s.getValue().isEmpty()) {
                last = s.getValue().get(s.getValue().size() - 1);
            } else {
                break;
            }
        }
        int end = offset(text, last.getEndMark().orElseThrow());
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        int start = offset(text, n.getStartMark().orElseThrow());
        return Math.max(end, start);
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

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
