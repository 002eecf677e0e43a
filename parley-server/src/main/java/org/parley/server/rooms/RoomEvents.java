package org.parley.server.rooms;

/** The event types of a room's stream ({@code room/ID}); payloads are JSON objects (docs/server.md). */
public final class RoomEvents {

    /** The room was created: {@code {spec, creator}}. */
    public static final String CREATED = "room.created";
    /** A person joined: {@code {seat}}. */
    public static final String JOINED = "room.joined";
    /** Every person has joined; the session's clock starts. */
    public static final String STARTED = "room.started";
    /** A seat acted: {@code {seat, round, t, type, outcome}}; the event's time is when it was taken. */
    public static final String ACTION = "room.action";
    /** The session ended: {@code {result, reason}}, the result as {@code parley negotiate --json}. */
    public static final String ENDED = "room.ended";

    private RoomEvents() {
    }
}
