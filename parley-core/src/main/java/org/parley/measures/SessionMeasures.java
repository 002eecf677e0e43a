package org.parley.measures;

import java.util.List;

/**
 * Everything measured about one session beyond its outcome: behaviour per party and for the session, and the
 * opponent models of the agents that expose one.
 *
 * @param behaviour behaviour per party and for the session ({@link BehaviourAnalysis})
 * @param models    every measured (agent, opponent) model, by agent then opponent ({@link OpponentModelProbe});
 *                  empty when no agent exposes a model
 */
public record SessionMeasures(BehaviourAnalysis.Result behaviour, List<ModelTrack> models) {

    public SessionMeasures {
        if (behaviour == null) {
            throw new IllegalArgumentException("session measures need the behaviour");
        }
        models = List.copyOf(models);
    }

    /** The tracks of the models party {@code party} keeps, by opponent (empty when it exposes none). */
    public List<ModelTrack> modelsOf(int party) {
        return models.stream().filter(t -> t.party() == party).toList();
    }
}
