package org.parley.server.rooms;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A classroom exercise: rooms made at once from one scenario, for pairs of people or people against an agent,
 * optionally a second round with the roles swapped (stream {@code exercise/ID}, one {@code exercise.created} event).
 *
 * @param id        the exercise's id
 * @param title     its title
 * @param opponent  the agent every person faces, or null when people face each other
 * @param pairs     how many pairs (or people, against an agent)
 * @param swapped   whether a second round swaps the roles
 * @param rooms     its rooms' ids, first round then second
 * @param creator   the credential id of its creator
 * @param createdAt when it was created
 */
public record Exercise(String id, String title, String opponent, int pairs, boolean swapped, List<String> rooms,
        String creator, Instant createdAt) {

    /** Checks the fields. */
    public Exercise {
        Objects.requireNonNull(id, "id");
        rooms = List.copyOf(rooms);
    }

    /** The event type that creates an exercise. */
    public static final String CREATED = "exercise.created";
}
