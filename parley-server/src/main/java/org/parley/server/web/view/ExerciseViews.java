package org.parley.server.web.view;

import java.util.List;
import java.util.Map;

/** The view records of the teacher's exercise form ({@code /exercises}) and of the page it answers with. */
public final class ExerciseViews {

    private ExerciseViews() {
    }

    /**
     * One choice of a select.
     *
     * @param value what the form sends
     * @param label what the teacher reads
     */
    public record Choice(String value, String label) {
    }

    /**
     * What the form holds (as typed, so that a refused form comes back as it was sent; uploads cannot come back).
     *
     * @param title        the exercise's title
     * @param scenario     {@code shipped:ID}, {@code case:ID} or {@code own}
     * @param yaml         a pasted YAML scenario or case file
     * @param deadlineKind {@code rounds} or {@code seconds}
     * @param deadline     the number of rounds or seconds
     * @param turnSeconds  a person's limit per turn, in seconds
     * @param pairs        how many pairs (or students, against an agent)
     * @param opponent     an agent's name, or empty for pairs of students
     * @param studentRole  {@code 0} or {@code 1}
     * @param swap         a second round with the roles swapped
     * @param reveal       the preferences revealed at the debrief
     * @param nonce        the form's one-time id (a second submission of the same form creates nothing)
     */
    public record Values(String title, String scenario, String yaml, String deadlineKind, String deadline,
            String turnSeconds, String pairs, String opponent, String studentRole, boolean swap, boolean reveal,
            String nonce) {
    }

    /**
     * The roles of the chosen scenario (a fragment the form fetches again when the scenario changes).
     *
     * @param parties  the two parties' names (or generic names for an uploaded scenario)
     * @param summary  issues and outcomes, or a hint
     * @param selected the party the students play against an agent
     */
    public record Roles(List<String> parties, String summary, String selected) {

        /** Copies the list. */
        public Roles {
            parties = List.copyOf(parties);
        }
    }

    /**
     * An exercise of the list under the form.
     *
     * @param id       its id
     * @param title    its title
     * @param rooms    its rooms
     * @param opponent its opponent, or "pairs of students"
     * @param created  when it was created (UTC, to the minute)
     */
    public record Row(String id, String title, int rooms, String opponent, String created) {
    }

    /**
     * The form.
     *
     * @param frame     the page frame
     * @param values    what the form holds
     * @param shipped   the shipped scenarios
     * @param cases     the cases of this site the teacher may make an exercise of
     * @param agents    the registry's agents
     * @param roles     the roles of the chosen scenario
     * @param error     the refusal, or null
     * @param errorAt   the field it concerns ({@code title}, {@code scenario}, {@code deadline}, {@code turnSeconds},
     *                  {@code pairs}, {@code opponent}, {@code studentRole}), or empty for the form as a whole
     * @param exercises the teacher's exercises, newest first
     */
    public record Form(Models.Frame frame, Values values, List<Choice> shipped, List<Choice> cases,
            List<String> agents, Roles roles, String error, String errorAt, List<Row> exercises) {

        /** Copies the lists. */
        public Form {
            shipped = List.copyOf(shipped);
            cases = List.copyOf(cases);
            agents = List.copyOf(agents);
            exercises = List.copyOf(exercises);
            errorAt = errorAt == null ? "" : errorAt;
        }

        /** The refusal if it concerns {@code field}, else null. */
        public String errorFor(String field) {
            return error != null && errorAt.equals(field) ? error : null;
        }
    }

    /**
     * One person's invitation.
     *
     * @param room  the room's title
     * @param party the party (role) the seat plays
     * @param name  the person's name in the room
     * @param link  the invitation link
     */
    public record Invitation(String room, String party, String name, String link) {
    }

    /**
     * The page a created exercise answers with.
     *
     * @param frame       the page frame
     * @param id          the exercise's id
     * @param title       its title
     * @param invitations every person's link, room by room
     * @param csv         the same as CSV, as a {@code data:} URL to download
     * @param notes       what the translation of a case into the scenario noted
     * @param counts      rooms and links
     */
    public record Created(Models.Frame frame, String id, String title, List<Invitation> invitations, String csv,
            List<String> notes, Map<String, Integer> counts) {

        /** Copies the lists. */
        public Created {
            invitations = List.copyOf(invitations);
            notes = List.copyOf(notes);
            counts = Map.copyOf(counts);
        }
    }
}
