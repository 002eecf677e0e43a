package org.parley.tournament;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShardTest {

    @Test
    void shardsOfOneCountAreDisjointAndTogetherComplete() {
        for (int sessions : new int[] {0, 1, 2, 7, 30, 31, 100}) {
            for (int n = 1; n <= 7; n++) {
                int[] owners = new int[sessions];
                int total = 0;
                for (int k = 1; k <= n; k++) {
                    Shard s = new Shard(k, n);
                    BitSet outside = s.outside(sessions);
                    int inside = 0;
                    for (int id = 0; id < sessions; id++) {
                        assertEquals(!outside.get(id), s.contains(id), s + " id " + id);
                        if (s.contains(id)) {
                            owners[id]++;
                            inside++;
                        }
                    }
                    assertEquals(inside, s.size(sessions), s + " of " + sessions);
                    total += inside;
                }
                assertEquals(sessions, total);
                for (int id = 0; id < sessions; id++) {
                    assertEquals(1, owners[id], "id " + id + " in " + n + " shards");
                }
            }
        }
    }

    @Test
    void idsAreDealtInTurn() {
        Shard second = Shard.parse("2/3");
        assertEquals(new Shard(2, 3), second);
        assertEquals("2/3", second.toString());
        assertEquals(List.of(1, 4, 7), java.util.stream.IntStream.range(0, 9).filter(second::contains).boxed().toList());
        assertEquals(3, second.size(9));
        assertEquals(4, second.size(11));
        assertTrue(Shard.parse("1/1").isWhole());
        assertFalse(second.isWhole());
        assertTrue(Shard.WHOLE.outside(5).isEmpty());
    }

    @Test
    void badShardsAreRefusedNamingTheText() {
        for (String bad : List.of("", "3", "0/3", "4/3", "1/0", "a/3", "1/3/4", "-1/3", "1 / 3", "99999999999/3")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("shard "), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new Shard(1, Shard.MAX_COUNT + 1));
    }
}
