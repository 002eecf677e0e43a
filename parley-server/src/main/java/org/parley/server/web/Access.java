package org.parley.server.web;

import io.javalin.security.RouteRole;

/**
 * What a route requires; every route declares exactly one, and the server refuses to answer a route without one.
 * Case routes take the case from the {@code {id}} path parameter and the party from {@code {party}}.
 */
public enum Access implements RouteRole {
    /** Anyone, signed in or not (health, static files, the sign-in link). */
    ANYONE,
    /** Anyone signed in. */
    SIGNED_IN,
    /** The administrator. */
    ADMINISTRATOR,
    /** The administrator or a mediator (creating a case). */
    CASE_CREATOR,
    /** Any member of the case: its mediator, parties, observers, and the administrator. */
    CASE_MEMBER,
    /** The case's mediator or the administrator. */
    MEDIATOR,
    /** The party named in the path, itself only. */
    PARTY_SELF,
    /** The party itself; the mediator too when that party shares its preferences; the administrator. */
    PREFERENCES,
    /** The administrator; the mediator when every party shares its preferences. */
    EXPORT,
    /** The administrator, a mediator or a teacher (creating a live room or an exercise). */
    ROOM_CREATOR,
    /** A seat of the room {@code {id}} (its own view only), the room's creator, the administrator. */
    ROOM_MEMBER,
    /** A person's seat of the room {@code {id}}, itself only (acting in the room). */
    ROOM_SEAT,
    /** The creator of the room or exercise {@code {id}}, or the administrator. */
    ROOM_OWNER
}
