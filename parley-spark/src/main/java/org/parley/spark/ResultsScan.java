package org.parley.spark;

import java.io.Serializable;
import java.util.BitSet;
import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.parley.tournament.TournamentSummary;

/**
 * What one pass over the Parquet results finds, per partition and then merged (associative, with the empty scan as
 * identity, so Spark may reduce it in any tree): the session ids present, the first id found twice (results are keyed
 * by session id, so that must never happen), the number of rows and, when asked for, the summary of the sessions.
 * Ids are kept as a bit set from the smallest id on, so a partition's part stays as small as its range of ids.
 */
final class ResultsScan implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int base;
    private final BitSet ids;
    private final long rows;
    private final int duplicate;
    private final TournamentSummary summary;

    private ResultsScan(int base, BitSet ids, long rows, int duplicate, TournamentSummary summary) {
        this.base = base;
        this.ids = ids;
        this.rows = rows;
        this.duplicate = duplicate;
        this.summary = summary;
    }

    /** Nothing scanned: the identity of {@link #merge}. */
    static ResultsScan empty(boolean summarize) {
        return new ResultsScan(0, new BitSet(), 0, -1, summarize ? new TournamentSummary() : null);
    }

    /** The scan of one partition's rows; with {@code payload}, the summary too. */
    static ResultsScan of(Iterator<Row> rows, TournamentPayload payload) {
        BitSet seen = null;
        int base = 0;
        long n = 0;
        int duplicate = -1;
        TournamentSummary summary = payload == null ? null : new TournamentSummary();
        while (rows.hasNext()) {
            Row row = rows.next();
            int id = RecordRows.id(row);
            if (seen == null) {
                base = id;
                seen = new BitSet();
            }
            if (id < base) {
                seen = shifted(seen, base, id);
                base = id;
            }
            if (seen.get(id - base) && duplicate < 0) {
                duplicate = id;
            }
            seen.set(id - base);
            n++;
            if (summary != null) {
                summary.add(RecordRows.fromRow(row, payload.issues(row.getString(1))));
            }
        }
        return new ResultsScan(seen == null ? 0 : base, seen == null ? new BitSet() : seen, n, duplicate, summary);
    }

    /** Both scans together. */
    ResultsScan merge(ResultsScan o) {
        int b = Math.min(base, o.base);
        if (rows == 0) {
            b = o.base;
        } else if (o.rows == 0) {
            b = base;
        }
        BitSet a = shifted(ids, base, b);
        BitSet c = shifted(o.ids, o.base, b);
        int dup = duplicate >= 0 ? duplicate : o.duplicate;
        if (dup < 0 && a.intersects(c)) {
            BitSet both = (BitSet) a.clone();
            both.and(c);
            dup = b + both.nextSetBit(0);
        }
        a.or(c);
        TournamentSummary s = summary == null ? o.summary : o.summary == null ? summary : summary.merge(o.summary);
        return new ResultsScan(b, a, rows + o.rows, dup, s);
    }

    /** {@code bits} (bit i standing for id {@code from + i}) re-based at {@code to <= from}. */
    private static BitSet shifted(BitSet bits, int from, int to) {
        if (from == to) {
            return (BitSet) bits.clone();
        }
        BitSet out = new BitSet();
        int shift = from - to;
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            out.set(i + shift);
        }
        return out;
    }

    /** The ids present, as a bit set from id 0. */
    BitSet ids() {
        return shifted(ids, base, 0);
    }

    long rows() {
        return rows;
    }

    /** The first session id found twice, or -1. */
    int duplicate() {
        return duplicate;
    }

    /** The summary, or null when the scan did not summarise. */
    TournamentSummary summary() {
        return summary;
    }
}
