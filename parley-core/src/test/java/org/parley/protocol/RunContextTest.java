package org.parley.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Profile;

/** The run's shared values: built once per profile, least recently used dropped past the bound, rebuilt on use. */
class RunContextTest {

    private static Profile profile(String name) {
        Domain d = new Domain("d", List.of(new DiscreteIssue("x", List.of("a", "b"))));
        return new Profile(name, new AdditiveUtility(d, new double[] {1},
                List.of(new DiscreteEvaluator(Map.of("a", 1.0, "b", 0.5), true))), 0, 1);
    }

    /** A value standing for something built from a profile, numbered in the order of building. */
    record Built(Profile profile, int serial) {
    }

    private final AtomicInteger builds = new AtomicInteger();

    private Built get(RunContext c, Profile p, long bytes) {
        return c.shared(p, Built.class, q -> new Built(q, builds.incrementAndGet()), b -> bytes);
    }

    @Test
    void aValueIsBuiltOncePerProfileObject() {
        RunContext c = new RunContext();
        Profile p = profile("p");
        Built first = get(c, p, 100);
        assertSame(first, get(c, p, 100));
        Built twin = get(c, profile("p"), 100);
        assertNotSame(first, twin, "an equal but distinct profile object gets its own");
        assertEquals(2, builds.get());
        assertEquals(2, c.size());
        assertEquals(200, c.bytes());
    }

    @Test
    void theLeastRecentlyUsedGoPastTheByteBoundButTheLastFewStay() {
        RunContext c = new RunContext(1_000);
        List<Profile> ps = new ArrayList<>();
        for (int i = 0; i < RunContext.KEEP + 4; i++) {
            ps.add(profile("p" + i));
        }
        Built keep = get(c, ps.get(0), 600);
        for (int i = 1; i < ps.size(); i++) {
            get(c, ps.get(0), 600); // p0 stays the most recently used but one
            get(c, ps.get(i), 600);
        }
        assertEquals(RunContext.KEEP, c.size(), "over the byte bound only the last KEEP stay");
        assertSame(keep, get(c, ps.get(0), 600), "recently used: not rebuilt");
        int before = builds.get();
        Built again = get(c, ps.get(1), 600);
        assertEquals(before + 1, builds.get(), "dropped: rebuilt on its next use");
        assertEquals(ps.get(1), again.profile());
        RunContext small = new RunContext(10);
        for (int i = 0; i < RunContext.MAX_VALUES + 10; i++) {
            get(small, profile("q" + i), 0);
        }
        assertEquals(RunContext.MAX_VALUES, small.size(), "never more than MAX_VALUES");
    }

    @Test
    void manyThreadsAskingAtOnceGetOneValue() throws InterruptedException {
        RunContext c = new RunContext();
        Profile p = profile("p");
        CountDownLatch go = new CountDownLatch(1);
        Map<Integer, Built> seen = new ConcurrentHashMap<>();
        List<Thread> ts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int id = i;
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                seen.put(id, get(c, p, 1));
            });
            t.start();
            ts.add(t);
        }
        go.countDown();
        for (Thread t : ts) {
            t.join();
        }
        assertEquals(8, seen.size());
        assertEquals(1, seen.values().stream().distinct().count());
        assertEquals(1, builds.get());
    }

    @Test
    void aFailedBuildIsNotKept() {
        RunContext c = new RunContext();
        Profile p = profile("p");
        assertThrows(IllegalStateException.class, () -> c.shared(p, Built.class, q -> {
            throw new IllegalStateException("no");
        }, b -> 1));
        assertEquals(0, c.size());
        assertEquals(1, get(c, p, 1).serial());
    }
}
