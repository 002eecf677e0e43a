package org.parley.measures;

import java.util.List;

/**
 * One agent's model of one opponent over a session.
 *
 * @param party    the modelling agent's position
 * @param opponent the modelled party's position
 * @param last     the accuracy at the end of the session (the last measurement)
 * @param curve    the accuracy over time: the first measurement at or after each tenth of the session's time
 *                 ({@link OpponentModelProbe#CHECKPOINTS}), then the end
 */
public record ModelTrack(int party, int opponent, ModelAccuracy last, List<ModelAccuracy> curve) {

    public ModelTrack {
        curve = List.copyOf(curve);
    }
}
