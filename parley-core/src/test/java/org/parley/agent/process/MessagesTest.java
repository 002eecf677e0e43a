package org.parley.agent.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.protocol.Action;

/**
 * The protocol-2 answers read without parsing JSON give the very action the JSON reading gives, and anything not
 * exactly in the kit's layout is left to the JSON reading; session ids are read only from parley's own layout.
 */
class MessagesTest {

    @SuppressWarnings("unchecked")
    private static Action generic(String line, int party) {
        return Messages.action((Map<String, Object>) Json.parse(line), party);
    }

    @Test
    void answersInTheKitsLayoutReadAsJsonReadsThem() {
        long seed = new Random().nextLong();
        Random rng = new Random(seed);
        for (int n = 0; n < 2000; n++) {
            int[] o = new int[1 + rng.nextInt(12)];
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < o.length; i++) {
                o[i] = rng.nextInt(4) == 0 ? rng.nextInt(Integer.MAX_VALUE) : rng.nextInt(20);
                sb.append(i > 0 ? "," : "").append(o[i]);
            }
            String type = rng.nextBoolean() ? "offer" : "accept";
            String line = "{\"id\":" + rng.nextInt(1000) + ",\"type\":\"" + type + "\",\"outcome\":[" + sb + "]}";
            Action fast = Messages.fastAction(line, 1);
            Action slow = generic(line, 1);
            if (fast != null) {
                assertEquals(slow, fast, line + ", seed " + seed);
            } else {
                // only numbers of ten digits and more are left to the JSON reading
                assertEquals(true, line.matches(".*\\d{10}.*"), line + ", seed " + seed);
            }
        }
    }

    @Test
    void otherLayoutsAreLeftToTheJsonReading() {
        for (String line : List.of("{\"id\":1,\"type\":\"offer\",\"outcome\":[1, 2]}",
                "{\"id\":1,\"type\":\"offer\",\"outcome\":[01,2]}",
                "{\"id\":1,\"type\":\"offer\",\"outcome\":[-1,2]}",
                "{\"id\":1,\"type\":\"offer\",\"outcome\":[]}",
                "{\"id\":1,\"type\":\"offer\",\"outcome\":[1,,2]}",
                "{\"id\":1,\"type\":\"offer\",\"outcome\":[1,2],\"x\":1}",
                "{\"id\":1,\"type\":\"offer\",\"outcome\":[1,2]} ",
                "{\"id\":1,\"type\":\"offer\",\"outcome\":[1.0]}",
                "{\"type\":\"offer\",\"id\":1,\"outcome\":[1,2]}",
                "{\"id\":1,\"type\":\"end_negotiation\"}",
                "{\"id\":1, \"type\":\"offer\",\"outcome\":[1]}")) {
            assertNull(Messages.fastAction(line, 0), line);
        }
    }

    @Test
    void sessionIdsOfParleysLayoutOnly() {
        assertEquals(0, MultiplexedProcess.idOf("{\"id\":0,\"type\":\"ready\"}"));
        assertEquals(1234567, MultiplexedProcess.idOf("{\"id\":1234567,\"type\":\"ready\"}"));
        for (String line : List.of("{\"id\":01,\"type\":\"ready\"}", "{\"id\":-1,\"type\":\"ready\"}",
                "{\"id\":,\"type\":\"ready\"}", "{\"id\":1}", "{\"id\":1.0,\"type\":\"ready\"}",
                "{\"type\":\"ready\",\"id\":1}", "{ \"id\":1,\"type\":\"ready\"}", "{\"id\":1",
                "{\"id\":1234567890123456789,\"type\":\"ready\"}")) {
            assertEquals(-1, MultiplexedProcess.idOf(line), line);
        }
    }
}
