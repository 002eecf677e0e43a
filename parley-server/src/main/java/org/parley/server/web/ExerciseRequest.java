package org.parley.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.parley.server.ParleyServer;
import org.parley.server.auth.Principal;
import org.parley.server.rooms.Exercise;
import org.parley.server.rooms.RoomService;
import org.parley.server.rooms.RoomSpec;

/**
 * A request for a classroom exercise, read the same way from {@code POST /api/v1/exercises} and from the teacher's
 * form: a room request's {@code scenario} (resolved by {@link org.parley.server.rooms.RoomScenarios}),
 * {@code deadline} and options, and {@code pairs}, {@code opponent}, {@code studentRole} and {@code swap}.
 *
 * @param base        the template room (two persons' seats; every room copies its scenario, deadline and options)
 * @param pairs       how many pairs of students (or students, against an agent)
 * @param opponent    the agent spec every student faces, or null for pairs of students
 * @param studentRole the party the students play against the agent in the first round (0 or 1)
 * @param swap        whether a second round swaps the roles
 */
record ExerciseRequest(RoomSpec base, int pairs, String opponent, int studentRole, boolean swap) {

    /** Most pairs an exercise may have. */
    static final int MAX_PAIRS = 500;

    /**
     * Reads a request; every refusal is a 400 naming the JSON pointer (403/404 for a case the caller may not use).
     *
     * @param body   the request body (not changed)
     * @param server the server (its rooms, for the agents, and its scenarios)
     * @param caller who asks
     */
    static ExerciseRequest parse(JsonNode body, ParleyServer server, Principal caller) {
        ObjectNode template = body.deepCopy();
        template.remove(List.of("pairs", "opponent", "swap", "studentRole"));
        template.set("scenario", server.roomScenarios().resolve(body.get("scenario"), caller));
        template.set("seats", Bodies.JSON.createArrayNode().add(ApiRoutes.object().put("person", "a"))
                .add(ApiRoutes.object().put("person", "b")));
        RoomSpec base;
        try {
            base = RoomSpec.parse(template, null);
        } catch (ApiError e) {
            if ("/seats".equals(e.path())) {
                throw ApiError.badRequest("/scenario", "an exercise pairs the two parties of a scenario; this one "
                        + "has " + RoomSpec.readScenario((ObjectNode) template.get("scenario")).profiles().size()
                        + " parties");
            }
            throw e;
        }
        JsonNode pairs = body.get("pairs");
        if (pairs == null || !pairs.isIntegralNumber() || !pairs.canConvertToInt() || pairs.intValue() < 1
                || pairs.intValue() > MAX_PAIRS) {
            throw ApiError.badRequest("/pairs", "'pairs' must be a whole number from 1 to " + MAX_PAIRS);
        }
        String opponent = Bodies.string(body, "opponent", null);
        if (opponent != null) {
            try {
                server.rooms().checkAgent(opponent);
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("/opponent", e.getMessage());
            }
        }
        int role = 0;
        JsonNode r = body.get("studentRole");
        if (r != null && !r.isNull()) {
            if (opponent == null) {
                throw ApiError.badRequest("/studentRole", "'studentRole' says which party the students play "
                        + "against the opponent; without an opponent both parties are students");
            }
            if (!r.isIntegralNumber() || !(r.intValue() == 0 || r.intValue() == 1)) {
                throw ApiError.badRequest("/studentRole", "'studentRole' must be 0 (the scenario's first party) or "
                        + "1 (its second)");
            }
            role = r.intValue();
        }
        return new ExerciseRequest(base, pairs.intValue(), opponent, role, Bodies.bool(body, "swap", false));
    }

    /** Creates the exercise on behalf of {@code caller}. */
    Map.Entry<Exercise, List<RoomService.Created>> create(RoomService rooms, Principal caller) {
        return rooms.createExercise(base.title(), base, opponent, studentRole, pairs, swap, caller);
    }
}
