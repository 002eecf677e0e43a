package org.parley.server.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * A route as registered, with the access it declares.
 *
 * @param method  the HTTP method ({@code SSE} routes are GETs)
 * @param path    the path pattern, e.g. {@code /api/v1/cases/{id}/compare}
 * @param access  what it requires
 * @param handler the handler
 */
public record Route(HandlerType method, String path, Access access, Handler handler) {
}
