package org.parley.agent.champions;

import java.util.Random;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Issue;
import org.parley.protocol.Action;
import org.parley.protocol.Offer;
import org.parley.protocol.Timeline;

/**
 * AgentGG, winner of ANAC 2019 (Shaobo Xu and Peihao Ren; GENIUS {@code agents.anac.y2019.agentgg.AgentGG}): written
 * for preference uncertainty, it never evaluates utilities; it scores bids by an "importance" learnt from a ranking
 * ({@link ImportanceMap}), and works on the importance ratio (I(b) − MIN)/(MAX − MIN).
 *
 * <p>Given a full profile, the original cannot start (it needs GENIUS's user model); this is the adaptation its
 * specification recommends and its reference results measure: the agent is handed a ranking of all outcomes by
 * true utility.
 *
 * <ul>
 *   <li>Threshold L on the ratio scale by time: 0.9999 (t &lt; 0.01), 0.99 (t &lt; 0.02), then linear segments
 *       0.99 → 0.9 (t = 0.2) → P3 (0.5) → P15 (0.9) → P05 (0.98) → E (0.995) …, with P_x = E + x(1 − E), floors
 *       ρ_r + 0.3 / 0.25 / 0.2 near the end (ρ_r the reservation ratio); H = L + 0.1.</li>
 *   <li>E, the estimated Nash ratio: from the better (by importance) of the opponent's first two offers,
 *       m = ratio; E = (1 − m)/1.7 + m.</li>
 *   <li>Accept an offer whose ratio is at least last turn's L (and at t ≥ 0.9989, above ρ_r + 0.2).</li>
 *   <li>Offer: before t = 0.2 a random bid with ratio in [L, H]; from then on, among the in-window bids that 2N
 *       random draws hit (N outcomes), the one the opponent offered most often (value counts of its offers while
 *       t &lt; 0.3); up to 3 such attempts, then any random bid with ratio ≥ L.</li>
 * </ul>
 * It ignores the discount factor, never walks away, and after another party's accept (or when opening) offers its
 * max bid.
 *
 * <p>The random draws are simulated in distribution, not one by one: an attempt hits the window with probability
 * 1 − (1 − w/N)^{2N} (w in-window outcomes) and returns a uniform one; with the opponent counts, the best count level
 * is hit with probability 1 − (1 − g₁/N)^{2N}, else the next level among the remaining draws, and so on. That is
 * exactly the distribution of the original's 2N draws, in milliseconds instead of seconds on large spaces.
 *
 * <p>Quirks kept: acceptance against last turn's threshold; the median one position low; E from the first two
 * offers only; the opponent counted once per own turn while t &lt; 0.3; thresholds on the importance scale, not on
 * utility. Clean by default, GENIUS with {@code ?genius}: the original treats every issue as discrete and fails on
 * integer or real issues (the default takes each value of the grid as a discrete value); its position sums wrap
 * around as 32-bit integers on spaces of about 10^5 outcomes or more (the default sums exactly); it loops for ever
 * when no bid reaches its threshold (here an error; the default offers its max bid).
 *
 * <p>Paper: no agent paper; the competition report is R. Aydoğan et al., "Challenges and Main Results of the
 * Automated Negotiating Agents Competition (ANAC) 2019", in <i>Multi-Agent Systems and Agreement Technologies</i>,
 * LNCS 12520, Springer 2020.
 */
public final class AgentGG extends ChampionAgent {

    private ImportanceMap map;
    private Random random;
    private double reservationRatio;
    private double low = 1.0;
    private double high = 1.1;
    private boolean randomMode = true;
    private double nashRatio;
    private double bestImportance;
    private boolean nashDone;
    private boolean timerStarted;
    private double timerStart;
    private int[] previouslyAnswered;
    private int[][] opponentCounts;
    private Action lastMessage;
    private int[] received;
    private long[] scores = new long[0];

    public AgentGG() {
        this(false);
    }

    /** @param genius fail on non-discrete issues, wrap the position sums, fail when no bid reaches the threshold */
    public AgentGG(boolean genius) {
        super("agentgg", genius);
    }

    @Override
    void started() {
        if (genius) {
            for (Issue issue : domain.issues()) {
                if (!(issue instanceof DiscreteIssue)) {
                    throw new IllegalArgumentException("agentgg?genius handles discrete issues only, as the "
                            + "original; issue '" + issue.name() + "' is not discrete (use agentgg)");
                }
            }
        }
        map = ImportanceMap.of(settings, genius);
        random = random(0);
        reservationRatio = profile.reservationValue() * ((map.median - map.min) / (map.max - map.min)) / 0.5;
        opponentCounts = new int[domain.issueCount()][];
        for (int i = 0; i < opponentCounts.length; i++) {
            opponentCounts[i] = new int[domain.issue(i).size()];
        }
    }

    private double ratio(int[] bid) {
        return (map.of(bid) - map.min) / (map.max - map.min);
    }

    @Override
    public void receive(Action action, Timeline timeline) {
        lastMessage = action;
        if (action instanceof Offer o) {
            received = o.outcome();
        }
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        if (!(lastMessage instanceof Offer)) {
            return offer(map.maxBid.clone());
        }
        double t = timeline.time();
        double ratio = ratio(received);
        if (ratio >= low) {
            return accept(received);
        }
        if (!nashDone) {
            estimateNash(t);
        }
        if (t < 0.3) {
            for (int i = 0; i < received.length; i++) {
                opponentCounts[i][received[i]]++;
            }
        }
        thresholds(t);
        if (t >= 0.9989 && ratio > reservationRatio + 0.2) {
            return accept(received);
        }
        int[] bid = chooseBid();
        previouslyAnswered = received;
        return offer(bid);
    }

    /** §8. */
    private void estimateNash(double t) {
        bestImportance = Math.max(bestImportance, map.of(received));
        if (!timerStarted) {
            if (received != previouslyAnswered) {
                timerStarted = true;
                timerStart = t;
            }
        } else if (t - timerStart > 0.003) {
            double m = (bestImportance - map.min) / (map.max - map.min);
            nashRatio = (1 - m) / 1.7 + m;
            nashDone = true;
        }
    }

    /** §7. */
    void thresholds(double t) {
        double e = nashRatio;
        double p3 = e + 0.3 * (1 - e);
        double p15 = e + 0.15 * (1 - e);
        double p05 = e + 0.05 * (1 - e);
        double q = e - 0.35 * (1 - e);
        if (t < 0.01) {
            low = 0.9999;
        } else if (t < 0.02) {
            low = 0.99;
        } else if (t < 0.2) {
            low = 0.99 - 0.5 * (t - 0.02);
        } else if (t < 0.5) {
            low = 0.9 - (0.9 - p3) / (0.5 - 0.2) * (t - 0.2);
            randomMode = false;
        } else if (t < 0.9) {
            low = p3 - (p3 - p15) / (0.9 - 0.5) * (t - 0.5);
        } else if (t < 0.98) {
            low = Math.max(p15 - (p15 - p05) / (0.98 - 0.9) * (t - 0.9), reservationRatio + 0.3);
        } else if (t < 0.995) {
            low = Math.max(p05 - (p05 - e) / (0.995 - 0.98) * (t - 0.98), reservationRatio + 0.25);
        } else if (t < 0.999) {
            low = Math.max(e - (e - q) / (0.9989 - 0.995) * (t - 0.995), reservationRatio + 0.25);
        } else {
            low = Math.max(e - 0.4 * (1 - e), reservationRatio + 0.2);
        }
        high = low + 0.1;
    }

    ImportanceMap map() {
        return map;
    }

    int[][] opponentCounts() {
        return opponentCounts;
    }

    /** The lower threshold after the last update. */
    public double low() {
        return low;
    }

    /** The estimated Nash ratio (0 until estimated). */
    public double nashRatio() {
        return nashRatio;
    }

    /** The reservation ratio ρ_r. */
    public double reservationRatio() {
        return reservationRatio;
    }

    /** §10, simulated in distribution (see the class comment). */
    int[] chooseBid() {
        double span = map.max - map.min;
        double lo = low * span + map.min;
        double hi = high * span + map.min;
        int from = map.firstAtLeast(lo);
        int to = map.firstAbove(hi);
        int window = Math.max(0, to - from);
        double n = map.outcomes.size();
        if (window > 0) {
            if (!randomMode) {
                computeScores(from, to);
            }
            for (int attempt = 0; attempt < 3; attempt++) {
                int pick = randomMode ? anyInWindow(from, window, n) : bestInWindow(from, to, n);
                if (pick >= 0) {
                    return map.outcomes.outcome(pick);
                }
            }
        }
        int above = map.byImportance.length - from;
        if (above > 0) {
            return map.outcomes.outcome(map.byImportance[from + random.nextInt(above)]);
        }
        if (genius) {
            throw new IllegalStateException("agentgg?genius: no bid reaches importance ratio " + low
                    + "; the original draws random bids for ever");
        }
        return map.maxBid.clone();
    }

    /** True with probability 1 − (1 − g/n)^(2·draws): some of the draws hits a set of g out of n. */
    private boolean hit(double g, double n, double draws) {
        double miss = Math.exp(2 * draws * Math.log1p(-g / n));
        return random.nextDouble() >= miss;
    }

    private int anyInWindow(int from, int window, double n) {
        if (!hit(window, n, n)) {
            return -1;
        }
        return map.byImportance[from + random.nextInt(window)];
    }

    private void computeScores(int from, int to) {
        if (scores.length < to - from) {
            scores = new long[Math.max(to - from, 2 * scores.length)];
        }
        int[] o = new int[domain.issueCount()];
        for (int k = from; k < to; k++) {
            map.outcomes.outcomeInto(map.byImportance[k], o);
            long s = 0;
            for (int i = 0; i < o.length; i++) {
                s += opponentCounts[i][o[i]];
            }
            scores[k - from] = s;
        }
    }

    /**
     * The first-drawn in-window outcome of the largest opponent count, among those 2N draws hit; -1 when no
     * in-window draw has a count above 0.
     */
    private int bestInWindow(int from, int to, double n) {
        double remaining = n;
        long ceiling = Long.MAX_VALUE;
        while (true) {
            long level = 0;
            int count = 0;
            for (int k = 0; k < to - from; k++) {
                long s = scores[k];
                if (s < ceiling && s > level) {
                    level = s;
                    count = 1;
                } else if (s == level && s > 0) {
                    count++;
                }
            }
            if (level == 0) {
                return -1;
            }
            if (hit(count, remaining, n)) {
                int which = random.nextInt(count);
                for (int k = 0; k < to - from; k++) {
                    if (scores[k] == level && which-- == 0) {
                        return map.byImportance[from + k];
                    }
                }
            }
            remaining -= count;
            ceiling = level;
        }
    }
}
