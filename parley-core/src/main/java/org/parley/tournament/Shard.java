package org.parley.tournament;

import java.util.BitSet;

/**
 * Part {@code index} of {@code count} of a tournament's sessions: the session ids {@code i} with
 * {@code i mod count == index − 1}. The shards of one count are disjoint and together hold every session, and a
 * session's seed depends on its id alone ({@link TournamentPlan#seedOf}), so running the shards anywhere, in any order,
 * records exactly what one run records. Ids are dealt out in turn rather than in blocks: the plan orders sessions by
 * scenario, then agents, so dealing gives each shard the same mix of scenarios and agents and about the same work.
 *
 * @param index 1-based: 1..count
 * @param count how many shards the tournament is cut into, at least 1
 */
public record Shard(int index, int count) {

    /** Every session: the one shard of one. */
    public static final Shard WHOLE = new Shard(1, 1);

    /** Most shards a tournament may be cut into. */
    public static final int MAX_COUNT = 1_000_000;

    public Shard {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": the number of shards must lie in 1.."
                    + MAX_COUNT);
        }
        if (index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": the shard must lie in 1.." + count
                    + " (shards are numbered from 1)");
        }
    }

    /**
     * Reads {@code K/N}, e.g. {@code 2/3}.
     *
     * @throws IllegalArgumentException naming the text when it is not of that form or out of range
     */
    public static Shard parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0 || !text.substring(0, slash).matches("[0-9]{1,9}") || !text.substring(slash + 1).matches(
                "[0-9]{1,9}")) {
            throw new IllegalArgumentException("shard '" + text + "' is not of the form K/N (e.g. 2/3: the second of "
                    + "three shards)");
        }
        return new Shard(Integer.parseInt(text.substring(0, slash)), Integer.parseInt(text.substring(slash + 1)));
    }

    /** True when session {@code id} belongs to this shard. */
    public boolean contains(int id) {
        return id % count == index - 1;
    }

    /** True for {@link #WHOLE}. */
    public boolean isWhole() {
        return count == 1;
    }

    /** How many of the ids {@code 0 .. sessions − 1} belong to this shard. */
    public int size(int sessions) {
        return sessions < index ? 0 : (sessions - index) / count + 1;
    }

    /** The ids {@code 0 .. sessions − 1} that do not belong to this shard (what a run of this shard skips). */
    public BitSet outside(int sessions) {
        BitSet out = new BitSet(sessions);
        if (count == 1) {
            return out;
        }
        out.set(0, sessions);
        for (int id = index - 1; id < sessions; id += count) {
            out.clear(id);
        }
        return out;
    }

    /** {@code K/N}. */
    @Override
    public String toString() {
        return index + "/" + count;
    }
}
