package org.parley.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.parley.preference.Scenario;
import org.parley.server.ParleyServer;
import org.parley.server.auth.Principal;
import org.parley.server.auth.Role;
import org.parley.server.auth.Secrets;
import org.parley.server.cases.CaseState;
import org.parley.server.rooms.Exercise;
import org.parley.server.rooms.ExerciseResults;
import org.parley.server.rooms.Room;
import org.parley.server.rooms.RoomScenarios;
import org.parley.server.rooms.RoomService;
import org.parley.server.web.view.ExerciseViews;
import org.parley.server.web.view.Models;

/**
 * The teacher's form ({@code /exercises}): a scenario (shipped, a case of this site, or the teacher's own files or
 * YAML), the roles, the number of pairs, the opponent, the deadline and the second round; it posts to the same
 * request as {@code POST /api/v1/exercises} ({@link ExerciseRequest}) and answers with the invitation links, or with
 * the form as sent and the refusal next to its field. Also {@code GET /api/v1/scenarios}, the shipped scenarios.
 */
final class ExercisePages {

    /** How many submitted forms are remembered, so that the same form sent twice creates one exercise. */
    private static final int REMEMBERED = 1000;
    /** Longest a second submission of a form waits for the first to finish. */
    private static final long WAIT_SECONDS = 60;

    private final ParleyServer server;
    private final RoomScenarios scenarios;
    /** Form (credential and nonce) to the exercise it created, while the exercise is being created too. */
    private final Map<String, CompletableFuture<String>> submitted = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<String>> eldest) {
            return size() > REMEMBERED;
        }
    };

    ExercisePages(ParleyServer server) {
        this.server = server;
        this.scenarios = server.roomScenarios();
    }

    void register(Consumer<Route> add) {
        add.accept(new Route(HandlerType.GET, ApiRoutes.API + "/scenarios", Access.ROOM_CREATOR, this::shipped));
        add.accept(new Route(HandlerType.GET, "/exercises", Access.ROOM_CREATOR,
                ctx -> form(ctx, 200, defaults(), null, null)));
        add.accept(new Route(HandlerType.GET, "/exercises/parts/roles", Access.ROOM_CREATOR, ctx -> {
            String role = ctx.queryParam("studentRole");
            ctx.contentType("text/html; charset=utf-8").result(PageRoutes.bytes("exercises/roles.jte",
                    Map.of("r", roles(Auth.principal(ctx), ctx.queryParam("scenario"), role == null ? "0" : role))));
        }));
        add.accept(new Route(HandlerType.POST, "/exercises", Access.ROOM_CREATOR, this::create));
    }

    private void shipped(Context ctx) {
        ArrayNode list = Bodies.JSON.createArrayNode();
        for (RoomScenarios.Shipped s : scenarios.shipped()) {
            Scenario sc = scenarios.scenario(s);
            ObjectNode o = list.addObject().put("id", s.id()).put("title", s.title()).put("origin", s.origin());
            ArrayNode parties = o.putArray("parties");
            sc.profiles().forEach(p -> parties.add(p.name()));
            o.put("issues", sc.domain().issueCount()).put("outcomes", sc.domain().outcomeSpace().sizeAsLong());
        }
        ApiRoutes.json(ctx, 200, ApiRoutes.object().set("scenarios", list));
    }

    private ExerciseViews.Values defaults() {
        return new ExerciseViews.Values("", "shipped:" + scenarios.shipped().get(0).id(), "", "seconds", "600",
                Integer.toString(org.parley.server.rooms.RoomSpec.DEFAULT_TURN_SECONDS), "10", "", "0", false, false,
                Secrets.newId());
    }

    private void form(Context ctx, int status, ExerciseViews.Values v, String error, String errorAt) {
        Principal p = Auth.principal(ctx);
        List<ExerciseViews.Choice> shipped = new ArrayList<>();
        for (RoomScenarios.Shipped s : scenarios.shipped()) {
            Scenario sc = scenarios.scenario(s);
            shipped.add(new ExerciseViews.Choice("shipped:" + s.id(), s.title() + ": " + sc.profiles().get(0).name()
                    + " and " + sc.profiles().get(1).name()));
        }
        List<ExerciseViews.Choice> cases = new ArrayList<>();
        for (CaseState s : scenarios.usableCases(p)) {
            cases.add(new ExerciseViews.Choice("case:" + s.id(), s.caseFile().title() + " (case " + s.id() + ")"));
        }
        List<ExerciseViews.Row> rows = new ArrayList<>();
        for (Exercise x : server.rooms().exercises()) {
            if (p.role() == Role.ADMINISTRATOR || p.credentialId().equals(x.creator())) {
                rows.add(new ExerciseViews.Row(x.id(), x.title() == null ? x.id() : x.title(), x.rooms().size(),
                        x.opponent() == null ? "pairs of students" : x.opponent(),
                        x.createdAt().toString().substring(0, 16).replace('T', ' ')));
            }
        }
        ExerciseViews.Form f = new ExerciseViews.Form(frame(ctx, "New exercise"), v, shipped, cases,
                server.agentRegistry().names(), roles(p, v.scenario(), v.studentRole()), error, errorAt, rows);
        ctx.status(status).contentType("text/html; charset=utf-8").result(PageRoutes.bytes("exercises/form.jte",
                Map.of("f", f)));
    }

    private static Models.Frame frame(Context ctx, String title) {
        String csrf = ctx.attribute(Auth.CSRF);
        return new Models.Frame(title, null, null, PageRoutes.whoText(Auth.principal(ctx)), csrf == null ? ""
                : csrf, null, null);
    }

    /** The roles of the scenario the form names ({@code shipped:ID}, {@code case:ID}, {@code own}). */
    private ExerciseViews.Roles roles(Principal p, String scenario, String selected) {
        String s = scenario == null ? "" : scenario;
        if (s.startsWith("shipped:")) {
            var shipped = scenarios.findShipped(s.substring(8));
            if (shipped.isPresent()) {
                Scenario sc = scenarios.scenario(shipped.get());
                return new ExerciseViews.Roles(List.of(sc.profiles().get(0).name(), sc.profiles().get(1).name()),
                        "Roles: " + sc.profiles().get(0).name() + " and " + sc.profiles().get(1).name() + "; "
                                + sc.domain().issueCount() + " issues, " + sc.domain().outcomeSpace().sizeAsLong()
                                + " outcomes (" + shipped.get().origin() + ").", selected);
            }
        }
        if (s.startsWith("case:")) {
            for (CaseState c : scenarios.usableCases(p)) {
                if (c.id().equals(s.substring(5)) && c.caseFile().parties().size() == 2) {
                    var parties = c.caseFile().parties();
                    return new ExerciseViews.Roles(List.of(parties.get(0).id(), parties.get(1).id()),
                            "Roles: the case's parties, " + parties.get(0).name() + " (" + parties.get(0).id()
                                    + ") and " + parties.get(1).name() + " (" + parties.get(1).id() + "), with their "
                                    + "preferences as they are now; " + c.caseFile().issues().size() + " issues, the "
                                    + "options within the red lines.", selected);
                }
            }
        }
        return new ExerciseViews.Roles(List.of("the first party", "the second party"), "Roles: the two parties of "
                + "your scenario, in its order (the profiles as uploaded, or the parties of the YAML).", selected);
    }

    private void create(Context ctx) {
        Principal p = Auth.principal(ctx);
        ExerciseViews.Values v = values(ctx);
        String key = p.credentialId() + "/" + v.nonce();
        CompletableFuture<String> mine = new CompletableFuture<>();
        CompletableFuture<String> earlier = null;
        if (!v.nonce().isBlank()) {
            synchronized (submitted) {
                earlier = submitted.putIfAbsent(key, mine);
            }
        }
        if (earlier != null) {
            // the same form again (a double click, a reload of the answer): its exercise, not a second one
            try {
                ctx.redirect("/exercises/" + earlier.get(WAIT_SECONDS, TimeUnit.SECONDS), HttpStatus.SEE_OTHER);
                return;
            } catch (ExecutionException | TimeoutException e) {
                mine = new CompletableFuture<>(); // the first was refused (or is stuck): this one goes on its own
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ApiError.conflict("interrupted");
            }
        }
        try {
            ExerciseRequest x = ExerciseRequest.parse(body(ctx, v), server, p);
            var made = x.create(server.rooms(), p);
            mine.complete(made.getKey().id());
            created(ctx, made.getKey(), made.getValue(), x.base().notes());
        } catch (ApiError e) {
            mine.completeExceptionally(e);
            synchronized (submitted) {
                submitted.remove(key, mine);
            }
            ExerciseViews.Values again = new ExerciseViews.Values(v.title(), v.scenario(), v.yaml(), v.deadlineKind(),
                    v.deadline(), v.turnSeconds(), v.pairs(), v.opponent(), v.studentRole(), v.swap(), v.reveal(),
                    Secrets.newId());
            form(ctx, e.status(), again, e.getMessage(), field(e.path()));
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            synchronized (submitted) {
                submitted.remove(key, mine);
            }
            throw e;
        }
    }

    private static ExerciseViews.Values values(Context ctx) {
        return new ExerciseViews.Values(param(ctx, "title"), param(ctx, "scenario"), param(ctx, "yaml"),
                param(ctx, "deadlineKind"), param(ctx, "deadline"), param(ctx, "turnSeconds"), param(ctx, "pairs"),
                param(ctx, "opponent"), param(ctx, "studentRole"), "true".equals(ctx.formParam("swap")),
                "true".equals(ctx.formParam("reveal")), param(ctx, "nonce"));
    }

    private static String param(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v;
    }

    /** The form as a {@code POST /api/v1/exercises} body; what only the form can get wrong is refused here. */
    private static ObjectNode body(Context ctx, ExerciseViews.Values v) {
        ObjectNode b = ApiRoutes.object();
        if (!v.title().isBlank()) {
            b.put("title", v.title().trim());
        }
        b.set("scenario", scenario(ctx, v));
        if (!(v.deadlineKind().equals("rounds") || v.deadlineKind().equals("seconds"))) {
            throw ApiError.badRequest("/deadline", "choose rounds or seconds");
        }
        b.putObject("deadline").set(v.deadlineKind(), number(v.deadline(), "/deadline",
                "give the deadline: a number of " + v.deadlineKind()));
        b.set("pairs", number(v.pairs(), "/pairs", "give the number of pairs"));
        if (!v.turnSeconds().isBlank()) {
            b.set("turnSeconds", number(v.turnSeconds(), "/turnSeconds", null));
        }
        if (!v.opponent().isBlank()) {
            b.put("opponent", v.opponent());
            b.set("studentRole", number(v.studentRole().isBlank() ? "0" : v.studentRole(), "/studentRole", null));
        }
        return b.put("swap", v.swap()).put("revealPreferences", v.reveal());
    }

    /** A number as typed: a JSON number when it reads as one, else the text (which the request refuses by name). */
    private static JsonNode number(String text, String pointer, String missing) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw ApiError.badRequest(pointer, missing);
        }
        if (t.matches("[+-]?[0-9]{1,9}")) {
            return Bodies.JSON.getNodeFactory().numberNode(Integer.parseInt(t));
        }
        if (t.matches("[+-]?[0-9]{0,12}(\\.[0-9]{1,9})?") && !t.matches("[+-]?")) {
            return Bodies.JSON.getNodeFactory().numberNode(Double.parseDouble(t));
        }
        return Bodies.JSON.getNodeFactory().textNode(t);
    }

    private static ObjectNode scenario(Context ctx, ExerciseViews.Values v) {
        String s = v.scenario();
        if (s.startsWith("shipped:")) {
            return ApiRoutes.object().put("shipped", s.substring(8));
        }
        if (s.startsWith("case:")) {
            return ApiRoutes.object().put("case", s.substring(5));
        }
        if (!s.equals("own")) {
            throw ApiError.badRequest("/scenario", "choose a scenario");
        }
        Map<String, UploadedFile> files = new LinkedHashMap<>();
        for (String name : List.of("domain", "profile1", "profile2", "yamlFile")) {
            UploadedFile f = ctx.uploadedFile(name);
            if (f != null && f.size() > 0) {
                files.put(name, f);
            }
        }
        boolean xml = files.containsKey("domain") || files.containsKey("profile1") || files.containsKey("profile2");
        int given = (xml ? 1 : 0) + (files.containsKey("yamlFile") ? 1 : 0) + (v.yaml().isBlank() ? 0 : 1);
        if (given == 0) {
            throw ApiError.badRequest("/scenario", "your own scenario: upload its domain and two profiles, or a "
                    + "YAML scenario or case file, or paste the YAML");
        }
        if (given > 1) {
            throw ApiError.badRequest("/scenario", "your own scenario: give one of the uploaded profiles, the YAML "
                    + "file or the pasted YAML, not several");
        }
        if (!v.yaml().isBlank()) {
            return ApiRoutes.object().put("yaml", v.yaml());
        }
        if (files.containsKey("yamlFile")) {
            return ApiRoutes.object().put("yaml", text(files.get("yamlFile")));
        }
        if (files.size() != 3) {
            throw ApiError.badRequest("/scenario", "your own scenario: upload the domain and both parties' profiles "
                    + "(ANAC XML or GeniusWeb JSON)");
        }
        ObjectNode o = ApiRoutes.object();
        ArrayNode list = o.putArray("files");
        for (String name : List.of("domain", "profile1", "profile2")) {
            UploadedFile f = files.get(name);
            String file = f.filename().substring(Math.max(f.filename().lastIndexOf('/'),
                    f.filename().lastIndexOf('\\')) + 1);
            list.addObject().put("name", file).put("text", text(f));
        }
        return o;
    }

    private static String text(UploadedFile f) {
        try (InputStream in = f.content()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ApiError.badRequest("/scenario", "cannot read the uploaded file " + f.filename() + ": "
                    + e.getMessage());
        }
    }

    /** The form's field a refusal at JSON pointer {@code path} concerns; empty for the form as a whole. */
    static String field(String path) {
        if (path == null || !path.startsWith("/")) {
            return "";
        }
        String top = path.substring(1).split("/", 2)[0];
        return switch (top) {
            case "title", "scenario", "deadline", "turnSeconds", "pairs", "opponent", "studentRole" -> top;
            case "seats" -> "scenario";
            default -> "";
        };
    }

    private void created(Context ctx, Exercise x, List<RoomService.Created> rooms, List<String> notes) {
        String base = server.baseUrl(ctx);
        List<ExerciseViews.Invitation> invitations = new ArrayList<>();
        // the columns of invitations.csv (RoomRoutes), with the links made now
        StringBuilder csv = new StringBuilder("room,title,seat,name,party,link\n");
        for (RoomService.Created c : rooms) {
            Room r = c.room();
            for (Map.Entry<Integer, String> t : new TreeMap<>(c.tokens()).entrySet()) {
                int seat = t.getKey();
                String link = base + "/join/" + t.getValue();
                String name = r.spec().seats().get(seat).person();
                String party = r.scenario().profiles().get(seat).name();
                invitations.add(new ExerciseViews.Invitation(r.spec().title(), party, name, link));
                csv.append(r.id()).append(',').append(ExerciseResults.csv(r.spec().title())).append(',').append(seat)
                        .append(',').append(ExerciseResults.csv(name)).append(',').append(ExerciseResults.csv(party))
                        .append(',').append(link).append('\n');
            }
        }
        String encoded = URLEncoder.encode(csv.toString(), StandardCharsets.UTF_8).replace("+", "%20");
        if (!encoded.matches("[A-Za-z0-9%._*-]*")) {
            // the template writes it unescaped (JTE drops data: URLs): only what URLEncoder leaves may be in it
            throw new IllegalStateException("the invitations' data URL holds characters it should not");
        }
        String data = "data:text/csv;charset=utf-8," + encoded;
        ExerciseViews.Created page = new ExerciseViews.Created(frame(ctx, "Exercise created"), x.id(),
                x.title() == null ? x.id() : x.title(), invitations, data, notes,
                Map.of("rooms", rooms.size(), "links", invitations.size()));
        ctx.status(201).contentType("text/html; charset=utf-8").result(PageRoutes.bytes("exercises/created.jte",
                Map.of("c", page)));
    }
}
