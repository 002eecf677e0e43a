package org.parley.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.parley.server.ParleyServer;
import org.parley.server.auth.Principal;
import org.parley.server.auth.Role;
import org.parley.server.rooms.Act;
import org.parley.server.rooms.Exercise;
import org.parley.server.rooms.ExerciseResults;
import org.parley.server.rooms.Room;
import org.parley.server.rooms.RoomPage;
import org.parley.server.rooms.RoomService;
import org.parley.server.rooms.RoomSpec;
import org.parley.server.rooms.RoomViews;

/**
 * The live rooms' API ({@code /api/v1/rooms}), pages ({@code /rooms/{id}}) and event streams (docs/server.md). Access
 * is declared per route and checked by {@link #enforce} before any handler runs.
 */
final class RoomRoutes {

    /** Longest a person's action waits to be stored before the request gives up (409). */
    private static final long ACK_SECONDS = 30;

    private final ParleyServer server;
    private final RoomService rooms;

    RoomRoutes(ParleyServer server, Auth auth) {
        this.server = server;
        this.rooms = server.rooms();
    }

    void register(Consumer<Route> add) {
        String api = ApiRoutes.API + "/rooms";
        add.accept(new Route(HandlerType.POST, api, Access.ROOM_CREATOR, this::create));
        add.accept(new Route(HandlerType.GET, api, Access.ROOM_CREATOR, this::list));
        add.accept(new Route(HandlerType.GET, api + "/{id}", Access.ROOM_MEMBER, this::view));
        add.accept(new Route(HandlerType.POST, api + "/{id}/actions", Access.ROOM_SEAT, this::act));
        add.accept(new Route(HandlerType.GET, api + "/{id}/utility", Access.ROOM_SEAT, this::utility));
        add.accept(new Route(HandlerType.GET, api + "/{id}/debrief", Access.ROOM_MEMBER, this::debrief));
        String ex = ApiRoutes.API + "/exercises";
        add.accept(new Route(HandlerType.POST, ex, Access.ROOM_CREATOR, this::createExercise));
        add.accept(new Route(HandlerType.GET, ex + "/{id}", Access.ROOM_OWNER,
                ctx -> ApiRoutes.json(ctx, 200, results(ctx).json())));
        add.accept(new Route(HandlerType.GET, ex + "/{id}/invitations.csv", Access.ROOM_OWNER, this::invitations));
        add.accept(new Route(HandlerType.GET, ex + "/{id}/results.csv", Access.ROOM_OWNER,
                ctx -> csv(ctx, "results.csv", results(ctx).resultsCsv())));
        add.accept(new Route(HandlerType.GET, ex + "/{id}/genius.csv", Access.ROOM_OWNER,
                ctx -> csv(ctx, "genius.csv", results(ctx).geniusCsv())));
        add.accept(new Route(HandlerType.GET, ex + "/{id}/summary.csv", Access.ROOM_OWNER,
                ctx -> csv(ctx, "summary.csv", results(ctx).summaryCsv())));
        add.accept(new Route(HandlerType.GET, "/exercises/{id}", Access.ROOM_OWNER, ctx -> {
            Exercise x = rooms.exercise(ctx.pathParam("id"));
            String csrf = ctx.attribute(Auth.CSRF);
            RoomPage page = new RoomPage("Exercise", x.title() == null ? "Exercise" : x.title(), x.id(), -1,
                    "Teacher", csrf == null ? "" : csrf);
            ctx.contentType("text/html; charset=utf-8").result(PageRoutes.render("rooms/exercise.jte",
                    Map.of("page", page)));
        }));
        add.accept(new Route(HandlerType.GET, "/rooms/{id}", Access.ROOM_MEMBER, this::page));
        add.accept(new Route(HandlerType.GET, "/rooms/{id}/debrief", Access.ROOM_MEMBER, this::debriefPage));
    }

    /** The SSE routes, after the others (Javalin registers them apart). */
    void streams(JavalinConfig config, List<Route> out) {
        for (String path : List.of(ApiRoutes.API + "/rooms/{id}/events", "/rooms/{id}/events")) {
            out.add(new Route(HandlerType.GET, path, Access.ROOM_MEMBER, null));
            config.routes.sse(path, client -> {
                Context ctx = client.ctx();
                String last = ctx.header("Last-Event-ID");
                if (last == null) {
                    last = ctx.queryParam("after"); // a page's first connection goes on from the view it loaded
                }
                long after = -1;
                if (last != null && last.matches("\\d{1,18}")) {
                    after = Long.parseLong(last);
                }
                Room room = rooms.get(ctx.pathParam("id"));
                int seat = seat(ctx, room);
                join(room, seat);
                server.roomHub().connect(client, room, seat, after);
            }, Access.ROOM_MEMBER);
        }
    }

    /** Checks a room route's access (called by {@link Routes}'s check before the handler). */
    static void enforce(ParleyServer server, Access access, Principal p, Context ctx) {
        boolean admin = p.role() == Role.ADMINISTRATOR;
        if (access == Access.ROOM_CREATOR) {
            if (!(admin || p.role() == Role.MEDIATOR || p.role() == Role.TEACHER)) {
                throw ApiError.forbidden("only the administrator, a mediator or a teacher may create rooms");
            }
            return;
        }
        String id = ctx.pathParam("id");
        if (ctx.path().startsWith("/exercises/") || ctx.path().startsWith(ApiRoutes.API + "/exercises/")) {
            Exercise x = server.rooms().findExercise(id).orElse(null);
            if (x == null) {
                throw admin ? ApiError.notFound("there is no exercise '" + id + "'")
                        : ApiError.forbidden("exercise '" + id + "' is not yours");
            }
            if (!(admin || p.credentialId().equals(x.creator()))) {
                throw ApiError.forbidden("only the creator of exercise '" + id + "' may see it");
            }
            return;
        }
        boolean seat = p.seatIn(id) >= 0;
        Room room = server.rooms().find(id).orElse(null);
        boolean owner = room != null && (admin || p.credentialId().equals(room.creator()));
        if (room == null) {
            throw admin || seat ? ApiError.notFound("there is no room '" + id + "'")
                    : ApiError.forbidden("you are not in room '" + id + "'");
        }
        switch (access) {
            case ROOM_MEMBER -> {
                if (!seat && !owner) {
                    throw ApiError.forbidden("you are not in room '" + id + "'");
                }
            }
            case ROOM_SEAT -> {
                if (!seat) {
                    throw ApiError.forbidden("only a person seated in room '" + id + "' may do this");
                }
            }
            case ROOM_OWNER -> {
                if (!owner) {
                    throw ApiError.forbidden("only the creator of room '" + id + "' may do this");
                }
            }
            default -> throw new IllegalStateException("unchecked access " + access);
        }
    }

    /** The caller's seat in {@code room}, or {@link RoomViews#OWNER}. */
    private static int seat(Context ctx, Room room) {
        int s = Auth.principal(ctx).seatIn(room.id());
        return s >= 0 ? s : RoomViews.OWNER;
    }

    private static void join(Room room, int seat) {
        if (seat >= 0) {
            room.join(seat);
        }
    }

    private void create(Context ctx) {
        ObjectNode body = (ObjectNode) Bodies.object(ctx);
        body.set("scenario", server.roomScenarios().resolve(body.get("scenario"), Auth.principal(ctx)));
        RoomSpec spec;
        RoomService.Created c;
        try {
            spec = RoomSpec.parse(body, null);
            c = rooms.create(spec, Auth.principal(ctx));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("", e.getMessage());
        }
        ObjectNode out = ApiRoutes.object().put("id", c.room().id());
        ObjectNode tokens = out.putObject("tokens");
        ObjectNode links = out.putObject("links");
        c.tokens().forEach((seat, token) -> {
            tokens.put(Integer.toString(seat), token);
            links.put(Integer.toString(seat), server.baseUrl(ctx) + "/join/" + token);
        });
        notes(out, spec);
        ApiRoutes.json(ctx, 201, out);
    }

    private ExerciseResults results(Context ctx) {
        Exercise x = rooms.exercise(ctx.pathParam("id"));
        return new ExerciseResults(x, x.rooms().stream().map(rooms::get).toList());
    }

    private static void csv(Context ctx, String name, String text) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.status(200).contentType("text/csv; charset=utf-8").result(text);
    }

    private void createExercise(Context ctx) {
        ExerciseRequest x = ExerciseRequest.parse(Bodies.object(ctx), server, Auth.principal(ctx));
        var made = x.create(rooms, Auth.principal(ctx));
        ObjectNode out = ApiRoutes.object().put("id", made.getKey().id())
                .put("page", server.baseUrl(ctx) + "/exercises/" + made.getKey().id())
                .put("invitations", server.baseUrl(ctx) + ApiRoutes.API + "/exercises/" + made.getKey().id()
                        + "/invitations.csv");
        ArrayNode list = out.putArray("rooms");
        for (RoomService.Created c : made.getValue()) {
            ObjectNode r = list.addObject().put("id", c.room().id()).put("title", c.room().spec().title());
            ObjectNode tokens = r.putObject("tokens");
            c.tokens().forEach((seat, token) -> tokens.put(Integer.toString(seat), token));
        }
        notes(out, x.base());
        ApiRoutes.json(ctx, 201, out);
    }

    /** What the translation of a case into the room's scenario noted, when the scenario is a case. */
    private static void notes(ObjectNode out, RoomSpec spec) {
        List<String> notes = spec.notes();
        if (!notes.isEmpty()) {
            ArrayNode n = out.putArray("notes");
            notes.forEach(n::add);
        }
    }

    private void invitations(Context ctx) {
        Exercise x = rooms.exercise(ctx.pathParam("id"));
        StringBuilder sb = new StringBuilder("room,title,seat,name,party,link\n");
        for (String id : x.rooms()) {
            Room r = rooms.get(id);
            for (int seat = 0; seat < r.spec().seats().size(); seat++) {
                RoomSpec.Seat s = r.spec().seats().get(seat);
                if (!s.isPerson()) {
                    continue;
                }
                // secrets are stored hashed: a seat not joined yet gets a fresh link (its old one stops working);
                // a joined seat keeps its own and is listed as joined
                String link = r.joined(seat) ? "joined" : server.baseUrl(ctx) + "/join/" + rooms.reissue(r, seat);
                sb.append(id).append(',').append(ExerciseResults.csv(r.spec().title())).append(',').append(seat)
                        .append(',').append(ExerciseResults.csv(s.person())).append(',')
                        .append(ExerciseResults.csv(r.scenario().profiles().get(seat).name())).append(',')
                        .append(link).append('\n');
            }
        }
        csv(ctx, "invitations.csv", sb.toString());
    }

    private void list(Context ctx) {
        Principal p = Auth.principal(ctx);
        ArrayNode out = Bodies.JSON.createArrayNode();
        for (Room r : rooms.all()) {
            if (p.role() == Role.ADMINISTRATOR || p.credentialId().equals(r.creator())) {
                out.addObject().put("id", r.id()).put("title", r.spec().title()).put("status", r.status().key())
                        .put("exercise", r.spec().exercise()).put("createdAt", r.createdAt().toString());
            }
        }
        ApiRoutes.json(ctx, 200, ApiRoutes.object().set("rooms", out));
    }

    private void view(Context ctx) {
        Room room = rooms.get(ctx.pathParam("id"));
        int seat = seat(ctx, room);
        join(room, seat);
        ApiRoutes.json(ctx, 200, RoomViews.view(room, seat, Instant.now()));
    }

    private void act(Context ctx) {
        Room room = rooms.get(ctx.pathParam("id"));
        int seat = seat(ctx, room);
        join(room, seat);
        JsonNode body = Bodies.object(ctx);
        String type = Bodies.string(body, "type");
        Act stored;
        try {
            stored = rooms.submit(room, seat, type, body.get("outcome")).get(ACK_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ApiError a) {
                throw a;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw ApiError.conflict("your action was not taken in time; reload the room");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiError.conflict("interrupted");
        }
        // an acknowledgement, not the view: the pages and scripts read the room's state on the stream's message
        ObjectNode ack = ApiRoutes.object().put("seq", stored.seq());
        ack.set("act", RoomViews.act(stored, room.scenario().domain(), seat));
        ApiRoutes.json(ctx, 200, ack);
    }

    private void utility(Context ctx) {
        Room room = rooms.get(ctx.pathParam("id"));
        int seat = seat(ctx, room);
        String o = ctx.queryParam("outcome");
        if (o == null) {
            throw ApiError.badRequest("?outcome", "give ?outcome={\"ISSUE\": VALUE, ...} (JSON)");
        }
        JsonNode outcome;
        try {
            outcome = Bodies.JSON.readTree(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiError.badRequest("?outcome", "?outcome is not JSON: " + e.getOriginalMessage());
        }
        ApiRoutes.json(ctx, 200, ApiRoutes.object().put("utility", rooms.utility(room, seat, outcome)));
    }

    private void debrief(Context ctx) {
        Room room = rooms.get(ctx.pathParam("id"));
        if (room.status() != Room.Status.ENDED) {
            throw ApiError.conflict("the debrief opens when the room has ended");
        }
        ApiRoutes.json(ctx, 200, RoomViews.debrief(room, seat(ctx, room)));
    }

    private void page(Context ctx) {
        Room room = rooms.get(ctx.pathParam("id"));
        int seat = seat(ctx, room);
        join(room, seat);
        html(ctx, "rooms/room.jte", room, seat, "Room");
    }

    private void debriefPage(Context ctx) {
        Room room = rooms.get(ctx.pathParam("id"));
        if (room.status() != Room.Status.ENDED) {
            ctx.redirect("/rooms/" + room.id(), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        html(ctx, "rooms/debrief.jte", room, seat(ctx, room), "Debrief");
    }

    private void html(Context ctx, String template, Room room, int seat, String title) {
        String csrf = ctx.attribute(Auth.CSRF);
        String who = seat >= 0 ? room.spec().seats().get(seat).label() + " · " + room.scenario().profiles()
                .get(seat).name() : "Owner";
        RoomPage page = new RoomPage(title, room.spec().title() == null ? room.scenario().domain().name()
                : room.spec().title(), room.id(), seat, who, csrf == null ? "" : csrf);
        ctx.contentType("text/html; charset=utf-8").result(PageRoutes.render(template, Map.of("page", page)));
    }
}
