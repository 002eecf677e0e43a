package org.parley.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.function.Consumer;
import org.parley.server.ParleyServer;
import org.parley.server.auth.Credentials;
import org.parley.server.auth.Principal;
import org.parley.server.auth.Role;

/** The pages (JTE templates precompiled at build time, HTML-escaped by default). */
final class PageRoutes {

    static final TemplateEngine JTE = TemplateEngine.createPrecompiled(ContentType.Html);

    private final ParleyServer server;
    private final Auth auth;

    PageRoutes(ParleyServer server, Auth auth) {
        this.server = server;
        this.auth = auth;
    }

    void register(Consumer<Route> add) {
        add.accept(new Route(HandlerType.GET, "/", Access.ANYONE, this::home));
        add.accept(new Route(HandlerType.GET, "/join/{secret}", Access.ANYONE, this::join));
        add.accept(new Route(HandlerType.POST, "/logout", Access.SIGNED_IN, ctx -> {
            auth.signOut(ctx);
            ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
        }));
    }

    static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        JTE.render(template, params, out);
        return out.toString();
    }

    static void errorPage(Context ctx, int status, String message) {
        ctx.status(status).contentType("text/html; charset=utf-8")
                .result(render("error.jte", Map.of("status", status, "message", message)));
    }

    private void home(Context ctx) {
        Principal p = Auth.principal(ctx);
        if (p == null) {
            errorPage(ctx, 401, "You are not signed in.");
            return;
        }
        ctx.redirect(homeOf(p), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    static String homeOf(Principal p) {
        return switch (p.role()) {
            case ADMINISTRATOR -> "/admin";
            case MEDIATOR -> "/cases/" + p.caseId();
            case PARTY -> "/cases/" + p.caseId() + "/rooms/" + p.party();
            case OBSERVER -> "/cases/" + p.caseId() + "/observe";
        };
    }

    private void join(Context ctx) {
        Credentials.Credential c = server.credentials().lookup(ctx.pathParam("secret")).orElse(null);
        if (c == null || !server.credentials().use(c)) {
            errorPage(ctx, 401, "This link does not work: it is unknown, expired, revoked or was already used.");
            return;
        }
        auth.signIn(ctx, c);
        ctx.redirect(homeOf(c.principal()), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    static boolean isAdmin(Principal p) {
        return p.role() == Role.ADMINISTRATOR;
    }
}
