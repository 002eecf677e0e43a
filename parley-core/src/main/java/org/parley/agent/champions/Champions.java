package org.parley.agent.champions;

import java.util.List;
import org.parley.protocol.Agent;

/**
 * The ANAC champions as built-in agents: {@code agentk}, {@code hardheaded}, {@code nice-tit-for-tat},
 * {@code gahboninho}, {@code cuhkagent}, {@code the-fawkes}, {@code atlas3}, {@code ponpoko} and {@code agentgg}.
 * The built-in provider ({@code org.parley.agent.BuiltInAgents}) offers each of them: the name for the agent as
 * documented, and for agents whose original has bugs that change results, {@code name?genius} to reproduce them.
 */
public final class Champions {

    /** Makes a champion, with the original's bugs when {@code genius}. */
    @FunctionalInterface
    public interface Maker {
        Agent make(boolean genius);
    }

    /**
     * One champion: its name, a one-line description, whether it takes {@code ?genius}, and its maker.
     */
    public record Champion(String name, String description, boolean hasGeniusVariant, Maker maker) {
    }

    private static final List<Champion> ALL = List.of(
            new Champion("agentk", "ANAC 2010 winner: concedes towards the best utility the opponent's spread "
                    + "promises, accepts at random", true, AgentK::new),
            new Champion("hardheaded", "ANAC 2011 winner: a very late, steep concession in batches chosen by a "
                    + "frequency model", true, HardHeaded::new),
            new Champion("nice-tit-for-tat", "ANAC 2011: concedes towards the estimated Nash point as much as the "
                    + "opponent concedes", true, NiceTitForTat::new),
            new Champion("gahboninho", "ANAC 2011 (second): stubborn pressure, then the opponent's own best bid",
                    true, Gahboninho::new),
            new Champion("cuhkagent", "ANAC 2012 winner: a hard-headed, discount-aware aspiration level", true,
                    CuhkAgent::new),
            new Champion("the-fawkes", "ANAC 2013 winner: a wavelet forecast of the opponent against a hard reserve "
                    + "curve", true, TheFawkes::new),
            new Champion("atlas3", "ANAC 2015 winner: a threshold floored by a final-offer game, then the "
                    + "opponent's own offers", true, Atlas3::new),
            new Champion("ponpoko", "ANAC 2017 winner: random bids between two thresholds of a randomly drawn shape",
                    false, genius -> new PonPoko()),
            new Champion("agentgg", "ANAC 2019 winner: thresholds on an importance learnt from a ranking", true,
                    AgentGG::new));

    private Champions() {
    }

    /** The champions, in the order of the competitions. */
    public static List<Champion> all() {
        return ALL;
    }

    /** Their names, in the order of the competitions. */
    public static List<String> names() {
        return ALL.stream().map(Champion::name).toList();
    }
}
