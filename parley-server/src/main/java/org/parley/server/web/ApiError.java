package org.parley.server.web;

/**
 * A refusal answered as {@code {"status": n, "error": "...", "path": "..."}}: {@code path} is the JSON pointer of the
 * offending value in the request body, or the request path when the problem is in the URL.
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String path;

    /** A refusal with HTTP {@code status}; {@code path} may be null (then the request path is given). */
    public ApiError(int status, String path, String message) {
        super(message);
        this.status = status;
        this.path = path;
    }

    /** 400 at {@code path} of the body. */
    public static ApiError badRequest(String path, String message) {
        return new ApiError(400, path, message);
    }

    /** 404 for the request path. */
    public static ApiError notFound(String message) {
        return new ApiError(404, null, message);
    }

    /** 403 for the request path. */
    public static ApiError forbidden(String message) {
        return new ApiError(403, null, message);
    }

    /** 409: the case changed under the request too often. */
    public static ApiError conflict(String message) {
        return new ApiError(409, null, message);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The JSON pointer in the body, or null for the request path. */
    public String path() {
        return path;
    }
}
