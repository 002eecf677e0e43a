package org.parley.protocol.saop;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Offer;
import org.parley.protocol.Timeline;

/** An agent whose every move is given by a function of (settings, timeline); records what it receives. */
final class ScriptedAgent implements Agent {

    final String name;
    final BiFunction<AgentSettings, Timeline, Action> script;
    final List<Action> received = new ArrayList<>();
    AgentSettings settings;
    int[] endedWith;
    boolean ended;

    ScriptedAgent(String name, BiFunction<AgentSettings, Timeline, Action> script) {
        this.name = name;
        this.script = script;
    }

    /** Offers outcome {v, v, ...} forever. */
    static ScriptedAgent offering(String name, int value) {
        return new ScriptedAgent(name, (s, t) -> new Offer(s.party(), filled(s, value)));
    }

    /** Accepts whatever was offered last, from round {@code fromRound}; offers {0,..} before. */
    static ScriptedAgent acceptingFrom(String name, int fromRound) {
        ScriptedAgent[] self = new ScriptedAgent[1];
        self[0] = new ScriptedAgent(name, (s, t) -> {
            int[] last = self[0].lastOffer();
            return t.round() >= fromRound && last != null ? new Accept(s.party(), last)
                    : new Offer(s.party(), filled(s, 0));
        });
        return self[0];
    }

    static int[] filled(AgentSettings s, int value) {
        int[] o = new int[s.profile().domain().issueCount()];
        java.util.Arrays.fill(o, value);
        return o;
    }

    int[] lastOffer() {
        for (int i = received.size() - 1; i >= 0; i--) {
            if (received.get(i) instanceof Offer o) {
                return o.outcome();
            }
        }
        return null;
    }

    @Override
    public void init(AgentSettings settings) {
        this.settings = settings;
    }

    @Override
    public void receive(Action action, Timeline timeline) {
        received.add(action);
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        return script.apply(settings, timeline);
    }

    @Override
    public void negotiationEnded(int[] agreement) {
        ended = true;
        endedWith = agreement;
    }

    @Override
    public String name() {
        return name;
    }
}
