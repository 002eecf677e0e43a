package org.parley.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import org.parley.app.CaseLedgerJob;
import org.parley.mediation.Case;
import org.parley.mediation.CaseComparison;
import org.parley.mediation.CasePackages;

/** A self-contained HTML page from a case report's Markdown and its charts (PNG, inlined as base64). */
public final class CaseHtml {

    private CaseHtml() {
    }

    /** The comparison report ({@link CaseMarkdown#compare}) with the gap bars and the utility plane. */
    public static String compare(CaseComparison.Result r) {
        Case c = r.caseFile();
        try {
            return render(c.title() + ": compare", CaseMarkdown.compare(r), List.of(CaseCharts.gaps(r),
                    CaseCharts.plane(r)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the charts: " + e.getMessage(), e);
        }
    }

    /** The proposal report ({@link CaseMarkdown#propose}) with the packages in the utility plane. */
    public static String propose(CasePackages.Proposal p) {
        Case c = p.caseFile();
        try {
            return render(c.title() + ": packages", CaseMarkdown.propose(p), List.of(CaseCharts.plane(p)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the charts: " + e.getMessage(), e);
        }
    }

    /** The ledger report ({@link CaseMarkdown#ledger}) with the cumulative deliveries per commitment. */
    public static String ledger(CaseLedgerJob.Result ledger) {
        try {
            return render(ledger.caseFile().title() + ": ledger", CaseMarkdown.ledger(ledger),
                    CaseCharts.ledger(ledger.entries()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the charts: " + e.getMessage(), e);
        }
    }

    /** A self-contained page: {@code markdown} (the subset the case reports use) followed by {@code charts}. */
    public static String render(String title, String markdown, List<CaseCharts.Chart> charts) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>").append(esc(title)).append("</title><style>body{font-family:sans-serif;max-width:"
                + "1100px;margin:2em auto;line-height:1.4}table{border-collapse:collapse;margin:1em 0}td,th{border:"
                + "1px solid #ccc;padding:4px 8px;vertical-align:top}th{background:#f3f3f3}blockquote{color:#555;"
                + "border-left:4px solid #ddd;margin:0;padding-left:1em}img{max-width:100%}</style></head><body>\n");
        boolean inTable = false;
        boolean inList = false;
        boolean header = false;
        for (String line : markdown.split("\n", -1)) {
            boolean row = line.startsWith("| ");
            if (inTable && !row) {
                sb.append("</table>\n");
                inTable = false;
            }
            if (inList && !line.startsWith("- ")) {
                sb.append("</ul>\n");
                inList = false;
            }
            if (row) {
                if (line.startsWith("| ---")) {
                    continue;
                }
                if (!inTable) {
                    sb.append("<table>\n");
                    inTable = true;
                    header = true;
                }
                String tag = header ? "th" : "td";
                header = false;
                sb.append("<tr>");
                for (String cell : line.substring(2, line.length() - 2).split(" \\| ", -1)) {
                    sb.append('<').append(tag).append('>').append(inline(cell.replace("\\|", "|"))).append("</")
                            .append(tag).append('>');
                }
                sb.append("</tr>\n");
            } else if (line.startsWith("### ")) {
                sb.append("<h3>").append(inline(line.substring(4))).append("</h3>\n");
            } else if (line.startsWith("## ")) {
                sb.append("<h2>").append(inline(line.substring(3))).append("</h2>\n");
            } else if (line.startsWith("# ")) {
                sb.append("<h1>").append(inline(line.substring(2))).append("</h1>\n");
            } else if (line.startsWith("> ")) {
                sb.append("<blockquote>").append(inline(line.substring(2))).append("</blockquote>\n");
            } else if (line.startsWith("- ")) {
                if (!inList) {
                    sb.append("<ul>\n");
                    inList = true;
                }
                sb.append("<li>").append(inline(line.substring(2))).append("</li>\n");
            } else if (!line.isBlank()) {
                sb.append("<p>").append(inline(line)).append("</p>\n");
            }
        }
        if (inTable) {
            sb.append("</table>\n");
        }
        if (inList) {
            sb.append("</ul>\n");
        }
        for (CaseCharts.Chart c : charts) {
            sb.append("<figure><img alt=\"").append(esc(c.title())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(c.png())).append("\"><figcaption>")
                    .append(esc(c.title())).append("</figcaption></figure>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    private static String inline(String s) {
        String e = esc(s);
        return e.replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
