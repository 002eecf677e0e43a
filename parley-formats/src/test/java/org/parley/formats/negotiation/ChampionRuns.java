package org.parley.formats.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.agent.AgentRegistry;
import org.parley.formats.Scenarios;
import org.parley.preference.Profile;
import org.parley.protocol.Agent;
import org.parley.protocol.Deadline;
import org.parley.protocol.RunContext;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionSpec;
import org.parley.protocol.SessionResult;

/**
 * Runs the champions' GENIUS reference cases (ANAC 2012 scenarios, profile 1 = party A who opens, SAOP, 180 rounds)
 * and compares parley's results with the published ones: exactly for deterministic cases, with two-sample tests
 * for random ones ({@link #checkDistribution}).
 */
final class ChampionRuns {

    static final int ROUNDS = 180;
    private static final Map<String, List<Profile>> SCENARIOS = new ConcurrentHashMap<>();
    private static final Map<String, RunContext> CONTEXTS = new ConcurrentHashMap<>();
    static final AgentRegistry AGENTS = AgentRegistry.builtIns();

    private ChampionRuns() {
    }

    /** The profiles of e.g. {@code ItexvsCypress-A} or {@code Camera-B} (ANAC 2012). */
    static List<Profile> profiles(String scenario) {
        return SCENARIOS.computeIfAbsent(scenario, s -> {
            String name = s.substring(0, s.lastIndexOf('-'));
            Path dir = Paths.get(System.getProperty("parley.scenarios", "../scenarios"))
                    .resolve("anac/anac__y2012__" + name);
            return Scenarios.load(List.of(dir.resolve(s + "-domain.xml"), dir.resolve(s + "-prof1.xml"),
                    dir.resolve(s + "-prof2.xml"))).profiles();
        });
    }

    /** One session of two agent instances; the sessions of a scenario share one run context, as in a tournament. */
    static SessionResult run(String scenario, Agent a, Agent b, long seed) {
        RunContext context = CONTEXTS.computeIfAbsent(scenario, s -> new RunContext());
        return SessionFactory.standard().run(SessionSpec.builder().profiles(profiles(scenario))
                .instances(List.of(a, b)).deadline(Deadline.rounds(ROUNDS)).seed(seed).context(context).build());
    }

    static SessionResult run(String scenario, String a, String b, long seed) {
        return run(scenario, agent(a), agent(b), seed);
    }

    /**
     * A built-in agent by its spec. The references' opponents {@code boulware} and {@code conceder} were GENIUS's own
     * time-dependent agents, so they play as {@code boulware?genius} and {@code conceder?genius}: GENIUS's order of
     * equal-utility outcomes (every case also holds with parley's order except Nice Tit for Tat on Camera-B, where
     * Boulware offers one of two outcomes of utility 0.83 in round 129).
     */
    static Agent agent(String name) {
        boolean geniusAgent = name.equals("boulware") || name.equals("conceder");
        return AGENTS.factory(geniusAgent ? name + "?genius" : name).create();
    }

    /**
     * A published case: means and standard deviations over {@code runs} GENIUS sessions (no agreement counts as
     * the reservation value, and as round 180). {@code populationSd} says whether the table's sd divides by n
     * (else n − 1); {@code tolerance} is half a unit of the table's last printed decimal of the means.
     */
    record Reference(String scenario, String a, String b, int runs, double agreement, double ua, double uaSd,
            double ub, double ubSd, double round, double roundSd, boolean populationSd, double tolerance) {
    }

    /** parley's statistics over the same number of runs (seeds 1..runs). */
    record Observed(int agreements, int runs, double ua, double uaSd, double ub, double ubSd, double round,
            double roundSd) {
    }

    static Observed observe(Reference ref) {
        List<double[]> rows = new ArrayList<>();
        int agreements = 0;
        for (int seed = 1; seed <= ref.runs(); seed++) {
            SessionResult r = run(ref.scenario(), ref.a(), ref.b(), seed);
            assertNull(r.error(), ref + " seed " + seed);
            if (r.hasAgreement()) {
                agreements++;
            }
            rows.add(new double[] {r.utilities()[0], r.utilities()[1], r.round()});
        }
        double[] mean = new double[3];
        double[] sd = new double[3];
        for (int c = 0; c < 3; c++) {
            double s = 0;
            for (double[] row : rows) {
                s += row[c];
            }
            mean[c] = s / rows.size();
            double ss = 0;
            for (double[] row : rows) {
                ss += (row[c] - mean[c]) * (row[c] - mean[c]);
            }
            sd[c] = Math.sqrt(ss / (rows.size() - 1));
        }
        return new Observed(agreements, rows.size(), mean[0], sd[0], mean[1], sd[1], mean[2], sd[2]);
    }

    /**
     * For every case: Fisher's exact test on the agreement counts and Welch's t-test on the mean utilities of both
     * parties and the mean round, all two-sided, each at level {@code 0.05 / (4 · cases)} (Bonferroni over the
     * family of one agent's cases). A difference within the table's rounding always passes. Fails listing every
     * rejected comparison with its p-value; prints the comparison table either way.
     */
    static void checkDistribution(String agent, List<Reference> refs) {
        double alpha = 0.05 / (4.0 * refs.size());
        List<String> rejected = new ArrayList<>();
        StringBuilder table = new StringBuilder(agent + " vs GENIUS (alpha per test " + fmt(alpha) + "):\n");
        for (Reference ref : refs) {
            Observed o = observe(ref);
            int refAgreements = (int) Math.round(ref.agreement() * ref.runs());
            double pAgree = SampleTests.fisher(o.agreements(), o.runs(), refAgreements, ref.runs());
            double pA = welch(o.ua(), o.uaSd(), o.runs(), ref.ua(), ref.uaSd(), ref);
            double pB = welch(o.ub(), o.ubSd(), o.runs(), ref.ub(), ref.ubSd(), ref);
            double pRound = welch(o.round(), o.roundSd(), o.runs(), ref.round(), ref.roundSd(), ref);
            table.append(String.format(Locale.ROOT,
                    "  %s %s vs %s: agree %d/%d (GENIUS %d, p=%s) U_A %.4f±%.4f (%.4f, p=%s) U_B %.4f±%.4f (%.4f, "
                            + "p=%s) round %.2f±%.2f (%.2f, p=%s)%n",
                    ref.scenario(), ref.a(), ref.b(), o.agreements(), o.runs(), refAgreements, fmt(pAgree), o.ua(),
                    o.uaSd(), ref.ua(), fmt(pA), o.ub(), o.ubSd(), ref.ub(), fmt(pB), o.round(), o.roundSd(),
                    ref.round(), fmt(pRound)));
            String what = ref.scenario() + " " + ref.a() + " vs " + ref.b();
            check(rejected, what + " agreement rate", pAgree, alpha);
            check(rejected, what + " mean U_A", pA, alpha);
            check(rejected, what + " mean U_B", pB, alpha);
            check(rejected, what + " mean round", pRound, alpha);
        }
        System.out.print(table);
        assertTrue(rejected.isEmpty(), "rejected at alpha " + fmt(alpha) + ": " + rejected + "\n" + table);
    }

    private static double welch(double m, double sd, int n, double refMean, double refSd, Reference ref) {
        if (Math.abs(m - refMean) <= ref.tolerance() + 1e-9) {
            return 1;
        }
        double s = ref.populationSd() ? refSd * Math.sqrt(ref.runs() / (ref.runs() - 1.0)) : refSd;
        return SampleTests.welch(m, sd, n, refMean, s, ref.runs());
    }

    private static void check(List<String> rejected, String what, double p, double alpha) {
        if (p < alpha) {
            rejected.add(what + " (p=" + fmt(p) + ")");
        }
    }

    private static String fmt(double p) {
        return String.format(Locale.ROOT, "%.3g", p);
    }

    /** Asserts an exact (deterministic) reference: agreement or not, the round and both undiscounted utilities. */
    static void assertExact(SessionResult r, boolean agreement, int round, double ua, double ub, double tolerance,
            String what) {
        assertNull(r.error(), what);
        assertEquals(agreement, r.hasAgreement(), what + ": agreement");
        assertEquals(round, r.round(), what + ": round");
        assertEquals(ua, r.utilities()[0], tolerance, what + ": U_A");
        assertEquals(ub, r.utilities()[1], tolerance, what + ": U_B");
    }
}
