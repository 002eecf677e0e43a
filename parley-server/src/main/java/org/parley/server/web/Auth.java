package org.parley.server.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.parley.server.auth.Credentials;
import org.parley.server.auth.Principal;
import org.parley.server.auth.Secrets;

/**
 * Who is calling: {@code Authorization: Bearer TOKEN} (scripts) or the session cookie (the browser). A request that
 * changes something through a session must carry the session's CSRF token ({@code X-CSRF-Token} header or
 * {@code _csrf} form field) and come from this site ({@code Origin}, or {@code Sec-Fetch-Site: same-origin} when a
 * browser sends no Origin); bearer tokens are never sent by a browser on its own, so they need neither.
 */
public final class Auth {

    /** The cookie name over HTTPS ({@code __Host-} binds it to this host, path / and Secure). */
    public static final String SECURE_COOKIE = "__Host-parley";
    /** The cookie name over plain HTTP (localhost), where a Secure cookie would not be sent back. */
    public static final String PLAIN_COOKIE = "parley";

    static final String PRINCIPAL = "parley.principal";
    static final String CSRF = "parley.csrf";
    static final String VIA_SESSION = "parley.session";

    private final Credentials credentials;

    Auth(Credentials credentials) {
        this.credentials = credentials;
    }

    /** Finds the caller; a bad bearer token or a cross-site session request is refused here. */
    void identify(Context ctx) {
        String authz = ctx.header("Authorization");
        if (authz != null) {
            if (!authz.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new ApiError(401, null, "the Authorization header must be 'Bearer TOKEN'");
            }
            Optional<Credentials.Credential> c = credentials.lookup(authz.substring(7).trim())
                    .filter(x -> !x.singleUse());
            if (c.isEmpty()) {
                throw new ApiError(401, null, "this token is not valid (unknown, expired or revoked)");
            }
            ctx.attribute(PRINCIPAL, c.get().principal());
            return;
        }
        String cookie = ctx.cookie(secure(ctx) ? SECURE_COOKIE : PLAIN_COOKIE);
        if (cookie == null) {
            return;
        }
        Optional<Credentials.Session> s = credentials.session(cookie);
        if (s.isEmpty()) {
            return;
        }
        ctx.attribute(PRINCIPAL, s.get().principal());
        ctx.attribute(CSRF, s.get().csrf());
        ctx.attribute(VIA_SESSION, true);
        if (changes(ctx.method())) {
            checkSameSite(ctx, s.get().csrf());
        }
    }

    static boolean changes(HandlerType m) {
        return m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.DELETE || m == HandlerType.PATCH;
    }

    private static void checkSameSite(Context ctx, String csrf) {
        String origin = ctx.header("Origin");
        if (origin != null) {
            if (!sameOrigin(origin, ctx)) {
                throw ApiError.forbidden("cross-site request refused: Origin " + origin + " is not this site");
            }
        } else {
            String site = ctx.header("Sec-Fetch-Site");
            if (site == null || !(site.equals("same-origin") || site.equals("none"))) {
                throw ApiError.forbidden("cross-site request refused: the browser sent no Origin");
            }
        }
        String token = ctx.header("X-CSRF-Token");
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (token == null && (type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/form-data"))) {
            token = ctx.formParam("_csrf");
        }
        if (!Secrets.same(token, csrf)) {
            throw ApiError.forbidden("cross-site request refused: missing or wrong CSRF token");
        }
    }

    private static boolean sameOrigin(String origin, Context ctx) {
        try {
            URI o = URI.create(origin);
            String host = ctx.header("Host");
            return host != null && o.getScheme() != null && o.getScheme().equalsIgnoreCase(ctx.scheme())
                    && host.equalsIgnoreCase(o.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True when the request came over TLS. */
    static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme());
    }

    /** The caller, or null. */
    static Principal principal(Context ctx) {
        return ctx.attribute(PRINCIPAL);
    }

    /** Opens a browser session for {@code c} and sets its cookie (HttpOnly, SameSite=Lax, Secure over TLS). */
    void signIn(Context ctx, Credentials.Credential c) {
        String secret = credentials.openSession(c);
        boolean tls = secure(ctx);
        ctx.header("Set-Cookie", (tls ? SECURE_COOKIE : PLAIN_COOKIE) + "=" + secret + "; Path=/; HttpOnly; "
                + "SameSite=Lax" + (tls ? "; Secure" : "") + "; Max-Age=" + Credentials.SESSION_LIFETIME.toSeconds());
    }

    /** Ends the session of this request and clears its cookie. */
    void signOut(Context ctx) {
        boolean tls = secure(ctx);
        String name = tls ? SECURE_COOKIE : PLAIN_COOKIE;
        credentials.closeSession(ctx.cookie(name));
        ctx.header("Set-Cookie", name + "=; Path=/; HttpOnly; SameSite=Lax" + (tls ? "; Secure" : "")
                + "; Max-Age=0");
    }
}
