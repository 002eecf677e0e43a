package org.parley.server.rooms;

/**
 * What a room page's template needs (the rest comes from the API, read by {@code rooms.js}).
 *
 * @param title page title
 * @param room  room title
 * @param id    room id
 * @param seat  the caller's seat, or -1 for the owner
 * @param who   who the caller is
 * @param csrf  the session's CSRF token
 */
public record RoomPage(String title, String room, String id, int seat, String who, String csrf) {
}
