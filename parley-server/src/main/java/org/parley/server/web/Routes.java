package org.parley.server.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.security.RouteRole;
import java.util.List;
import java.util.Set;
import org.parley.formats.FormatException;
import org.parley.server.ParleyServer;
import org.parley.server.auth.Principal;
import org.parley.server.cases.CaseState;

/**
 * Wires the routes: identifies the caller on every request, enforces the access each route declares, answers
 * errors as JSON (API) or a short page (browser) without a stack trace, and sets the security headers.
 */
public final class Routes {

    private final ParleyServer server;
    private final Auth auth;

    /** Routes of {@code server}. */
    public Routes(ParleyServer server) {
        this.server = server;
        this.auth = new Auth(server.credentials());
    }

    /** Registers everything on {@code config}; every route is also added to {@code out}. */
    public void configure(JavalinConfig config, List<Route> out) {
        new ApiRoutes(server).register(out::add);
        new PageRoutes(server, auth).register(out::add);
        RoomRoutes rooms = new RoomRoutes(server, auth);
        rooms.register(out::add);
        new ExercisePages(server).register(out::add);
        for (Route r : out) {
            RouteRole[] roles = {r.access()};
            if (r.method() == HandlerType.GET) {
                config.routes.get(r.path(), r.handler(), roles);
            } else if (r.method() == HandlerType.POST) {
                config.routes.post(r.path(), r.handler(), roles);
            } else if (r.method() == HandlerType.PUT) {
                config.routes.put(r.path(), r.handler(), roles);
            } else if (r.method() == HandlerType.DELETE) {
                config.routes.delete(r.path(), r.handler(), roles);
            } else {
                throw new IllegalStateException("unsupported method " + r.method());
            }
        }
        Route events = new Route(HandlerType.GET, ApiRoutes.API + "/cases/{id}/events", Access.CASE_MEMBER, null);
        Route pageEvents = new Route(HandlerType.GET, "/cases/{id}/events", Access.CASE_MEMBER, null);
        for (Route r : List.of(events, pageEvents)) {
            out.add(r);
            config.routes.sse(r.path(), client -> {
                Context ctx = client.ctx();
                // the browser's own reconnect sends the last id it got; a page's first connection (and htmx's
                // reconnect with a new EventSource) names, in ?after=, the last event the page or script has seen
                String last = ctx.header("Last-Event-ID");
                if (last == null) {
                    last = ctx.queryParam("after");
                }
                long after = -1;
                if (last != null && last.matches("\\d{1,18}")) {
                    after = Long.parseLong(last);
                }
                server.hub().connect(client, Auth.principal(ctx), ctx.pathParam("id"), after);
            }, Access.CASE_MEMBER);
        }
        rooms.streams(config, out);
        config.staticFiles.add(s -> {
            s.hostedPath = "/static";
            s.directory = "/static";
            s.location = io.javalin.http.staticfiles.Location.CLASSPATH;
            s.roles = Set.of(Access.ANYONE);
        });

        config.routes.before(ctx -> {
            headers(ctx);
            auth.identify(ctx);
        });
        config.routes.beforeMatched(this::enforce);
        config.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.path(), e.getMessage()));
        config.routes.exception(FormatException.class, (e, ctx) -> error(ctx, 400, "", e.getMessage()));
        // the case already records the same tranche (commitment, date and counts): nothing was stored
        config.routes.exception(org.parley.formats.cases.DuplicateTrancheException.class, (e, ctx) -> error(ctx, 409,
                "", e.getMessage()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), null,
                e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            System.err.println("parley serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
            e.printStackTrace(System.err);
            error(ctx, 500, null, "internal error (a bug in parley; the server log has the details)");
        });
        config.routes.error(404, "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, null, "nothing at " + ctx.path());
            }
        });
        config.routes.error(405, "*", ctx -> error(ctx, 405, null, ctx.method() + " is not allowed on "
                + ctx.path()));
    }

    private static void headers(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        // no referrer at all from the invitation link (its secret is in the URL); same-origin elsewhere, since with
        // no-referrer browsers send "Origin: null" on form posts and the Origin check could not recognise them
        ctx.header("Referrer-Policy", ctx.path().startsWith("/join/") ? "no-referrer" : "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
                + "frame-ancestors 'none'; form-action 'self'");
        if (!ctx.path().startsWith("/static/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    /** Refuses the request unless the caller has the access the matched route declares. */
    private void enforce(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty()) {
            throw new ApiError(500, null, "route " + ctx.path() + " declares no access (a bug in parley)");
        }
        Access access = (Access) roles.iterator().next();
        if (access == Access.ANYONE) {
            return;
        }
        Principal p = Auth.principal(ctx);
        if (p == null) {
            throw new ApiError(401, null, "sign in first: send 'Authorization: Bearer TOKEN' or open your "
                    + "invitation link");
        }
        if (access == Access.SIGNED_IN) {
            return;
        }
        if (access == Access.ADMINISTRATOR) {
            require(p.role() == org.parley.server.auth.Role.ADMINISTRATOR, "only the administrator may do this");
            return;
        }
        if (access == Access.CASE_CREATOR) {
            require(p.role() == org.parley.server.auth.Role.ADMINISTRATOR
                    || p.role() == org.parley.server.auth.Role.MEDIATOR, "only the administrator or a mediator may "
                    + "create a case");
            return;
        }
        if (access == Access.ROOM_CREATOR || access == Access.ROOM_MEMBER || access == Access.ROOM_SEAT
                || access == Access.ROOM_OWNER) {
            RoomRoutes.enforce(server, access, p, ctx);
            return;
        }
        String id = ctx.pathParam("id");
        if (!p.inCase(id)) {
            throw ApiError.forbidden("you are not a member of case '" + id + "'");
        }
        CaseState s = server.cases().get(id);
        String party = ctx.pathParamMap().get("party");
        if (party != null) {
            org.parley.server.cases.CaseCommands.requireParty(s, party);
        }
        switch (access) {
            case CASE_MEMBER:
                return;
            case MEDIATOR:
                require(p.mediates(id), "only the mediator of case '" + id + "' may do this");
                return;
            case PARTY_SELF:
                require(p.isParty(id, party), "only party '" + party + "' itself may do this");
                return;
            case PREFERENCES:
                require(p.isParty(id, party) || p.role() == org.parley.server.auth.Role.ADMINISTRATOR
                        || p.mediates(id) && s.shares(party), "the preferences of '" + party + "' are private to it"
                        + (p.mediates(id) ? " (it does not share them with the mediator)" : ""));
                return;
            case EXPORT:
                require(p.role() == org.parley.server.auth.Role.ADMINISTRATOR || p.mediates(id) && s.allShare(),
                        "the export holds every party's preferences: the administrator may export, or the "
                                + "mediator once every party shares its preferences");
                return;
            default:
                throw new IllegalStateException("unchecked access " + access);
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw ApiError.forbidden(message);
        }
    }

    /** Answers an error: JSON for the API (and for scripts), a short page for the browser. */
    static void error(Context ctx, int status, String path, String message) {
        String m = message == null ? "error" : message.replace('\n', ' ');
        if (ctx.path().startsWith(ApiRoutes.API) || !acceptsHtml(ctx)) {
            ApiRoutes.json(ctx, status, ApiRoutes.object().put("status", status).put("error", m)
                    .put("path", path == null ? ctx.path() : path));
        } else {
            PageRoutes.errorPage(ctx, status, m);
        }
    }

    private static boolean acceptsHtml(Context ctx) {
        String a = ctx.header("Accept");
        return a != null && a.contains("text/html");
    }
}
