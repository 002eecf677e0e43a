package org.parley.measures;

import org.parley.util.Tolerance;

/**
 * The kinds of move in the dance-analysis classification (Hindriks, Jonker &amp; Tykhonov 2007, "Analysis of
 * negotiation dynamics"; 2011, "Let's DANS! An analytic framework of negotiation dynamics and strategies"). A move
 * is a party's step from one of its offers to its next; {@code Δs} is the change in its own utility, {@code Δo} in
 * the opponent's (in sessions of more than two parties, the mean change of the others' utilities). A change within
 * the one tolerance (1e-9) counts as none. The six kinds split the (Δs, Δo) plane exactly:
 *
 * <table>
 *   <caption>Move kinds</caption>
 *   <tr><th>kind</th><th>Δs</th><th>Δo</th></tr>
 *   <tr><td>fortunate</td><td>&gt; 0</td><td>&gt; 0</td></tr>
 *   <tr><td>selfish</td><td>&gt; 0</td><td>≤ 0</td></tr>
 *   <tr><td>concession</td><td>&lt; 0</td><td>≥ 0</td></tr>
 *   <tr><td>unfortunate</td><td>≤ 0</td><td>&lt; 0</td></tr>
 *   <tr><td>nice</td><td>= 0</td><td>&gt; 0</td></tr>
 *   <tr><td>silent</td><td>= 0</td><td>= 0</td></tr>
 * </table>
 */
public enum MoveKind {
    FORTUNATE("fortunate"),
    SELFISH("selfish"),
    CONCESSION("concession"),
    SILENT("silent"),
    NICE("nice"),
    UNFORTUNATE("unfortunate");

    private final String key;

    MoveKind(String key) {
        this.key = key;
    }

    /** The kind's name in documents, e.g. {@code concession}. */
    public String key() {
        return key;
    }

    /** The kind of a move that changes the mover's utility by {@code dSelf} and the opponent's by {@code dOther}. */
    public static MoveKind of(double dSelf, double dOther) {
        int s = Tolerance.compare(dSelf, 0);
        int o = Tolerance.compare(dOther, 0);
        if (s > 0) {
            return o > 0 ? FORTUNATE : SELFISH;
        }
        if (s < 0) {
            return o >= 0 ? CONCESSION : UNFORTUNATE;
        }
        return o > 0 ? NICE : o < 0 ? UNFORTUNATE : SILENT;
    }
}
