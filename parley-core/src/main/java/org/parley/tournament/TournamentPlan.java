package org.parley.tournament;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/**
 * The deterministic, ordered list of a tournament's sessions, computed on demand from a session's id (the plan
 * never stores its sessions, so memory does not grow with their number).
 *
 * <p>Sessions, in id order: for every scenario (in the given order), every tuple of entrants (one per party, in
 * lexicographic order of entrant indices; ordered, so the entrant that opens changes too; the same entrant in
 * several seats only with self-play), every ordering of the scenario's profiles ({@link TournamentSettings.Roles}),
 * every repetition. Bilateral ANAC style, n agents without self-play on a two-profile scenario with roles
 * {@code all}: {@code n(n−1) · 2 · repetitions} sessions, so every pair meets with each agent opening and each agent
 * on each profile.
 *
 * <p>A session's seed depends only on the master seed, the scenario's name, the entrants' names in seat order, the
 * profile indices in seat order and the repetition ({@link #seedOf}), so adding an agent or a scenario to a
 * tournament changes no other session's seed, and the thread schedule plays no part.
 */
public final class TournamentPlan {

    /** Most sessions in one plan. */
    public static final int MAX_SESSIONS = Integer.MAX_VALUE - 8;

    /** Most entrant tuples (agent combinations) per scenario. */
    public static final int MAX_TUPLES = 1_000_000;

    /** Most profile orderings per scenario. */
    public static final int MAX_ORDERINGS = 40_320;

    private final TournamentSettings settings;
    private final List<String> scenarioNames;
    private final List<int[]> tuples;
    private final List<List<int[]>> orderings;
    private final long[] offsets;
    private final int size;

    private TournamentPlan(TournamentSettings settings, List<String> scenarioNames, List<Integer> profileCounts) {
        this.settings = settings;
        this.scenarioNames = List.copyOf(scenarioNames);
        int k = settings.parties();
        this.tuples = tuples(settings.agents().size(), k, settings.selfPlay());
        Map<Integer, List<int[]>> byCount = new HashMap<>();
        this.orderings = new ArrayList<>();
        this.offsets = new long[scenarioNames.size() + 1];
        for (int s = 0; s < scenarioNames.size(); s++) {
            int m = profileCounts.get(s);
            if (m < k) {
                throw new IllegalArgumentException("scenario '" + scenarioNames.get(s) + "' has " + m
                        + " profile(s); sessions of " + k + " parties need at least " + k);
            }
            List<int[]> os = byCount.computeIfAbsent(m, c -> orderings(c, k, settings.roles()));
            orderings.add(os);
            long count = (long) tuples.size() * os.size() * settings.repetitions();
            offsets[s + 1] = offsets[s] + count;
            if (count > MAX_SESSIONS || offsets[s + 1] > MAX_SESSIONS) {
                throw new IllegalArgumentException("the tournament has more than " + MAX_SESSIONS + " sessions; use "
                        + "fewer agents, scenarios, repetitions or fixed roles");
            }
        }
        this.size = (int) offsets[scenarioNames.size()];
    }

    /**
     * The plan of {@code settings} over {@code scenarios} (their names must be unique).
     *
     * @throws IllegalArgumentException for duplicate scenario names, a scenario with fewer profiles than parties, or
     *                                  a plan beyond {@link #MAX_SESSIONS}
     */
    public static TournamentPlan of(TournamentSettings settings, List<Scenario> scenarios) {
        List<String> names = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (Scenario s : scenarios) {
            if (names.contains(s.name())) {
                throw new IllegalArgumentException("two scenarios are named '" + s.name() + "'; names must be unique");
            }
            names.add(s.name());
            counts.add(s.profiles().size());
        }
        return new TournamentPlan(settings, names, counts);
    }

    /** Number of sessions. */
    public int size() {
        return size;
    }

    public TournamentSettings settings() {
        return settings;
    }

    /** The scenario names, in plan order. */
    public List<String> scenarioNames() {
        return scenarioNames;
    }

    /** The profile orderings of scenario {@code s} (each: profile index per party), in plan order. */
    public List<int[]> orderings(int s) {
        List<int[]> copy = new ArrayList<>();
        for (int[] o : orderings.get(s)) {
            copy.add(o.clone());
        }
        return copy;
    }

    /** Number of entrant tuples per scenario. */
    public int tupleCount() {
        return tuples.size();
    }

    /** The session with {@code id} ({@code 0 <= id < size()}). */
    public PlannedSession session(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("session id " + id + " is outside the plan of " + size + " sessions");
        }
        int s = Arrays.binarySearch(offsets, id);
        s = s >= 0 ? s : -s - 2;
        while (offsets[s + 1] == offsets[s]) {
            s++;
        }
        long local = id - offsets[s];
        int reps = settings.repetitions();
        List<int[]> os = orderings.get(s);
        int rep = (int) (local % reps);
        local /= reps;
        int ordering = (int) (local % os.size());
        int[] tuple = tuples.get((int) (local / os.size()));
        int[] profiles = os.get(ordering);
        return new PlannedSession(id, s, tuple, profiles, ordering, rep, seedOf(s, tuple, profiles, rep));
    }

    /** The seed of the session of scenario {@code s} with these entrants, profiles (per seat) and repetition. */
    public long seedOf(int s, int[] agents, int[] profiles, int repetition) {
        long h = 0xcbf29ce484222325L;
        h = fnv(h, scenarioNames.get(s));
        for (int a : agents) {
            h = fnv(h, settings.agents().get(a).name());
        }
        for (int p : profiles) {
            h = fnv(h, Integer.toString(p));
        }
        h = fnv(h, Integer.toString(repetition));
        return mix64(settings.seed() ^ mix64(h));
    }

    /** SplitMix64's finaliser: a bijective 64-bit mix. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** FNV-1a over the UTF-8 bytes of {@code text} followed by a 0x1F separator. */
    private static long fnv(long h, String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return (h ^ 0x1f) * 0x100000001b3L;
    }

    private static List<int[]> tuples(int n, int k, boolean repeat) {
        long count = 1;
        for (int i = 0; i < k; i++) {
            count *= repeat ? n : n - i;
            if (count > MAX_TUPLES) {
                throw new IllegalArgumentException(n + " agents give more than " + MAX_TUPLES + " combinations of " + k
                        + " parties; use fewer agents or parties");
            }
        }
        List<int[]> out = new ArrayList<>();
        int[] t = new int[k];
        fill(out, t, 0, n, repeat);
        return out;
    }

    private static void fill(List<int[]> out, int[] t, int pos, int n, boolean repeat) {
        if (pos == t.length) {
            out.add(t.clone());
            return;
        }
        for (int a = 0; a < n; a++) {
            boolean used = false;
            for (int i = 0; i < pos && !repeat; i++) {
                used |= t[i] == a;
            }
            if (!used) {
                t[pos] = a;
                fill(out, t, pos + 1, n, repeat);
            }
        }
    }

    private static List<int[]> orderings(int m, int k, TournamentSettings.Roles roles) {
        if (roles == TournamentSettings.Roles.FIXED) {
            int[] identity = new int[k];
            for (int i = 0; i < k; i++) {
                identity[i] = i;
            }
            return List.of(identity);
        }
        long count = 1;
        for (int i = 0; i < k; i++) {
            count *= m - i;
            if (count > MAX_ORDERINGS) {
                throw new IllegalArgumentException("a scenario with " + m + " profiles has more than " + MAX_ORDERINGS
                        + " orderings of " + k + " profiles; use roles: fixed or list fewer profiles");
            }
        }
        List<int[]> out = new ArrayList<>();
        fill(out, new int[k], 0, m, false);
        return out;
    }

    /** Profile names per seat of {@code session}, from the scenario's profiles. */
    public static List<String> profileNames(Scenario scenario, PlannedSession session) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < session.parties(); j++) {
            Profile profile = scenario.profiles().get(session.profile(j));
            names.add(profile.name());
        }
        return names;
    }
}
