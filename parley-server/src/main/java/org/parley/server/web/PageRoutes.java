package org.parley.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.mediation.Case;
import org.parley.mediation.CaseIssue;
import org.parley.mediation.Document;
import org.parley.mediation.OptionKind;
import org.parley.server.ParleyServer;
import org.parley.server.auth.Credentials;
import org.parley.server.auth.Principal;
import org.parley.server.auth.Role;
import org.parley.server.cases.CaseCommands;
import org.parley.server.cases.CaseService;
import org.parley.server.cases.CaseState;
import org.parley.server.cases.Events;
import org.parley.server.web.view.Models;
import org.parley.server.web.view.Views;

/** The pages (JTE templates precompiled at build time, HTML-escaped by default) and their forms. */
final class PageRoutes {

    static final TemplateEngine JTE = TemplateEngine.createPrecompiled(ContentType.Html);

    private static final Pattern CLAUSE = Pattern.compile("\\s*([A-Za-z0-9][A-Za-z0-9_.-]*)\\s*(?:=\\s*([^:]*?))?\\s*:"
            + "\\s*(.*)");

    private final ParleyServer server;
    private final Auth auth;
    private final CaseService cases;
    private final CaseCommands commands;
    private final DashboardCache views = new DashboardCache();

    PageRoutes(ParleyServer server, Auth auth) {
        this.server = server;
        this.auth = auth;
        this.cases = server.cases();
        this.commands = new CaseCommands(cases);
    }

    void register(Consumer<Route> add) {
        add.accept(new Route(HandlerType.GET, "/", Access.ANYONE, this::home));
        add.accept(new Route(HandlerType.GET, "/join/{secret}", Access.ANYONE, this::join));
        add.accept(new Route(HandlerType.POST, "/logout", Access.SIGNED_IN, ctx -> {
            auth.signOut(ctx);
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        }));
        add.accept(new Route(HandlerType.GET, "/admin", Access.ADMINISTRATOR, ctx -> admin(ctx, List.of(), null)));
        add.accept(new Route(HandlerType.POST, "/admin/cases", Access.CASE_CREATOR, this::importCase));
        add.accept(new Route(HandlerType.POST, "/admin/teachers", Access.ADMINISTRATOR, this::inviteTeacher));
        add.accept(new Route(HandlerType.POST, "/admin/teachers/{token}/revoke", Access.ADMINISTRATOR, ctx -> {
            Teachers.revoke(server.credentials(), ctx.pathParam("token"));
            ctx.redirect("/admin#teachers", HttpStatus.SEE_OTHER);
        }));
        add.accept(new Route(HandlerType.GET, "/cases/{id}", Access.MEDIATOR, this::dashboardPage));
        add.accept(new Route(HandlerType.GET, "/cases/{id}/parts/{part}", Access.MEDIATOR, this::dashboardPart));
        add.accept(new Route(HandlerType.POST, "/cases/{id}/text", Access.MEDIATOR, this::reviseText));
        add.accept(new Route(HandlerType.POST, "/cases/{id}/tranches", Access.MEDIATOR, this::recordTranche));
        add.accept(new Route(HandlerType.POST, "/cases/{id}/tranches/{tranche}/verify", Access.MEDIATOR, ctx -> {
            commands.setTrancheStatus(id(ctx), who(ctx), ctx.pathParam("tranche"),
                    ApiRoutes.object().put("status", "verified"));
            back(ctx, "#ledger-h");
        }));
        add.accept(new Route(HandlerType.POST, "/cases/{id}/share", Access.MEDIATOR, this::share));
        add.accept(new Route(HandlerType.POST, "/cases/{id}/note", Access.MEDIATOR, ctx -> {
            commands.saveNote(id(ctx), who(ctx), "mediator", form(ctx, "text"));
            back(ctx, "");
        }));
        add.accept(new Route(HandlerType.POST, "/cases/{id}/invitations", Access.MEDIATOR, this::invite));
        add.accept(new Route(HandlerType.POST, "/cases/{id}/credentials/{token}/revoke", Access.MEDIATOR, ctx -> {
            Credentials.Credential c = server.credentials().get(ctx.pathParam("token"))
                    .filter(x -> id(ctx).equals(x.caseId())).orElseThrow(() -> ApiError.notFound("no such link"));
            server.credentials().revoke(c.id());
            commands.audit(id(ctx), who(ctx), Events.CREDENTIAL_REVOKED, ApiRoutes.object().put("id", c.id()));
            back(ctx, "#people");
        }));
        add.accept(new Route(HandlerType.GET, "/cases/{id}/audit", Access.MEDIATOR, this::audit));
        add.accept(new Route(HandlerType.GET, "/cases/{id}/audit.csv", Access.MEDIATOR, this::auditCsv));
        add.accept(new Route(HandlerType.GET, "/cases/{id}/export", Access.EXPORT, ctx -> {
            CaseState s = cases.get(id(ctx));
            ctx.header("Content-Disposition", "attachment; filename=\"" + s.id() + ".yaml\"");
            ctx.contentType("application/yaml; charset=utf-8").result(s.text());
        }));
        add.accept(new Route(HandlerType.GET, "/cases/{id}/observe", Access.CASE_MEMBER, this::observe));
        add.accept(new Route(HandlerType.GET, "/cases/{id}/rooms/{party}", Access.PARTY_SELF,
                ctx -> html(ctx, "room.jte", "r", room(ctx))));
        add.accept(new Route(HandlerType.GET, "/cases/{id}/rooms/{party}/parts/{part}", Access.PARTY_SELF,
                this::roomPart));
        add.accept(new Route(HandlerType.POST, "/cases/{id}/rooms/{party}/preferences", Access.PARTY_SELF,
                this::preferences));
        add.accept(new Route(HandlerType.POST, "/cases/{id}/rooms/{party}/memorandum", Access.PARTY_SELF,
                this::memorandum));
        add.accept(new Route(HandlerType.POST, "/cases/{id}/rooms/{party}/note", Access.PARTY_SELF, ctx -> {
            commands.saveNote(id(ctx), who(ctx), who(ctx).actor(), form(ctx, "text"));
            roomBack(ctx, "Your notes are saved.");
        }));
        add.accept(new Route(HandlerType.POST, "/cases/{id}/rooms/{party}/sharing", Access.PARTY_SELF, ctx -> {
            boolean share = "true".equals(ctx.formParam("share"));
            commands.setSharing(id(ctx), who(ctx), ctx.pathParam("party"), share);
            roomBack(ctx, share ? "The mediator can now see your preferences." : "Your preferences are private again.");
        }));
    }

    private static String id(Context ctx) {
        return ctx.pathParam("id");
    }

    private static Principal who(Context ctx) {
        return Auth.principal(ctx);
    }

    private static String form(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v;
    }

    static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        JTE.render(template, params, out);
        return out.toString();
    }

    private static void html(Context ctx, String template, String name, Object model) {
        ctx.contentType("text/html; charset=utf-8").result(bytes(template, Map.of(name, model)));
    }

    /** Renders straight to UTF-8 (the fixed text of the templates is precompiled to bytes): no String to encode. */
    static byte[] bytes(String template, Map<String, Object> params) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        JTE.render(template, params, out);
        return out.toByteArray();
    }

    static void errorPage(Context ctx, int status, String message) {
        Principal p = who(ctx);
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("status", status);
        params.put("message", message);
        params.put("asked", asked(ctx.path()));
        params.put("who", p == null ? "You are not signed in." : "You are signed in as " + signedInAs(p) + ".");
        params.put("home", p == null ? null : homeOf(p));
        ctx.status(status).contentType("text/html; charset=utf-8").result(render("error.jte", params));
    }

    private static final Pattern CASE_PAGE = Pattern.compile("/cases/([^/]+)(/.*)?");

    /** What the page at {@code path} is, in words (null when nothing needs saying); never repeats a link's secret. */
    static String asked(String path) {
        if (path.startsWith("/join/")) {
            return "an invitation link";
        }
        if (path.equals("/admin") || path.startsWith("/admin/")) {
            return "the administrator's page (" + path + ")";
        }
        Matcher m = CASE_PAGE.matcher(path);
        if (!m.matches()) {
            return path.equals("/") ? null : "the page " + path;
        }
        String c = "case '" + m.group(1) + "'";
        String rest = m.group(2) == null ? "" : m.group(2);
        String[] at = rest.split("/");
        String what;
        if (rest.isEmpty() || rest.equals("/") || rest.startsWith("/parts/")) {
            what = "the mediator's dashboard of " + c;
        } else if (at.length >= 3 && at[1].equals("rooms")) {
            what = "the room of party '" + at[2] + "' in " + c;
        } else if (at[1].equals("audit") || at[1].equals("audit.csv")) {
            what = "the audit trail of " + c;
        } else if (at[1].equals("export")) {
            what = "the export of " + c;
        } else if (at[1].equals("observe")) {
            what = "the observers' page of " + c;
        } else {
            what = "a page of " + c;
        }
        return what + " (" + path + ")";
    }

    /** Who {@code p} is, in words. */
    static String signedInAs(Principal p) {
        return switch (p.role()) {
            case ADMINISTRATOR -> "the administrator";
            case MEDIATOR -> "the mediator of case '" + p.caseId() + "'";
            case PARTY -> "party " + p.label() + " ('" + p.party() + "') of case '" + p.caseId() + "'";
            case OBSERVER -> "an observer (" + p.label() + ") of case '" + p.caseId() + "'";
            case SEAT -> "seat " + p.label() + " of room '" + p.room() + "'";
            case TEACHER -> "teacher " + p.label();
        };
    }

    private static void back(Context ctx, String anchor) {
        ctx.redirect("/cases/" + id(ctx) + anchor, HttpStatus.SEE_OTHER);
    }

    private static void roomBack(Context ctx, String message) {
        ctx.redirect("/cases/" + id(ctx) + "/rooms/" + ctx.pathParam("party") + "?msg="
                + URLEncoder.encode(message, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    private void home(Context ctx) {
        Principal p = who(ctx);
        if (p == null) {
            errorPage(ctx, 401, "This site shows each person only their own page: open the invitation link you "
                    + "were given.");
            return;
        }
        ctx.redirect(homeOf(p), HttpStatus.SEE_OTHER);
    }

    static String homeOf(Principal p) {
        return switch (p.role()) {
            case ADMINISTRATOR -> "/admin";
            case MEDIATOR -> "/cases/" + p.caseId();
            case PARTY -> "/cases/" + p.caseId() + "/rooms/" + p.party();
            case OBSERVER -> "/cases/" + p.caseId() + "/observe";
            case SEAT -> "/rooms/" + p.room();
            case TEACHER -> "/exercises";
        };
    }

    private void join(Context ctx) {
        Credentials.Credential c = server.credentials().lookup(ctx.pathParam("secret")).orElse(null);
        if (c == null || !server.credentials().use(c)) {
            errorPage(ctx, 401, "This link does not work: it is unknown, expired, revoked or was already used.");
            return;
        }
        auth.signIn(ctx, c);
        ctx.redirect(homeOf(c.principal()), HttpStatus.SEE_OTHER);
    }

    /** Who {@code p} is, for the pages' header. */
    static String whoText(Principal p) {
        return switch (p.role()) {
            case ADMINISTRATOR -> "Administrator";
            case MEDIATOR -> "Mediator";
            case PARTY -> "Party: " + p.label();
            case OBSERVER -> "Observer: " + p.label();
            case SEAT -> "Seat: " + p.label();
            case TEACHER -> "Teacher: " + p.label();
        };
    }

    private Models.Frame frame(Context ctx, String title, CaseState s) {
        String whoText = whoText(who(ctx));
        String csrf = ctx.attribute(Auth.CSRF);
        return new Models.Frame(title, s == null ? null : s.id(), s == null ? null : s.caseFile().title(), whoText,
                csrf == null ? "" : csrf, s == null ? null : "/cases/" + s.id() + "/events?after=" + s.seq(),
                s == null ? null : s.caseFile().disclaimer());
    }

    private void admin(Context ctx, List<String[]> links, String error) {
        List<Models.CaseRow> rows = new ArrayList<>();
        for (CaseState s : cases.all()) {
            rows.add(new Models.CaseRow(s.id(), s.caseFile().title(), s.version(),
                    s.updated().toString().substring(0, 16).replace('T', ' ')));
        }
        html(ctx, "admin.jte", "a", new Models.Admin(frame(ctx, "Cases", null), rows, TEMPLATE, links, error,
                Views.credentials(Teachers.all(server.credentials()))));
    }

    private void inviteTeacher(Context ctx) {
        String d = form(ctx, "days").strip();
        Credentials.Issued i;
        try {
            Integer days = null;
            if (!d.isEmpty()) {
                days = d.matches("[0-9]{1,9}") ? Integer.parseInt(d) : -1;
            }
            i = Teachers.issue(server.credentials(), form(ctx, "label"), days);
        } catch (ApiError e) {
            ctx.status(e.status());
            admin(ctx, List.of(), "A teacher's link: " + e.getMessage());
            return;
        }
        admin(ctx, List.<String[]>of(new String[] {"teacher " + i.credential().label(), server.baseUrl(ctx) + "/join/"
                + i.secret()}), null);
    }

    private void importCase(Context ctx) {
        String text = form(ctx, "text");
        UploadedFile file = ctx.uploadedFile("file");
        if (file != null && file.size() > 0) {
            try (InputStream in = file.content()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw ApiError.badRequest("", "cannot read the uploaded file: " + e.getMessage());
            }
        }
        CaseState s;
        try {
            s = cases.importCase(text, who(ctx));
        } catch (ApiError e) {
            if (who(ctx).role() == Role.ADMINISTRATOR) {
                admin(ctx, List.of(), e.getMessage());
                return;
            }
            throw e;
        }
        List<String[]> links = new ArrayList<>();
        links.add(new String[] {"the mediator", link(ctx, s, Role.MEDIATOR, null, "mediator", null)});
        for (var party : s.caseFile().parties()) {
            links.add(new String[] {party.name(), link(ctx, s, Role.PARTY, party.id(), party.name(), null)});
        }
        admin(ctx, links, null);
    }

    private String link(Context ctx, CaseState s, Role role, String party, String label, Integer days) {
        Instant expires = days == null ? null : Instant.now().plus(days, ChronoUnit.DAYS);
        Credentials.Issued i = server.credentials().issue(role, s.id(), party, label, false, expires);
        commands.audit(s.id(), who(ctx), Events.CREDENTIAL_ISSUED, ApiRoutes.object().put("id", i.credential().id())
                .put("role", role.key()).put("party", party).put("label", label).put("link", true)
                .put("expiresAt", expires == null ? null : expires.truncatedTo(ChronoUnit.SECONDS).toString()));
        return server.baseUrl(ctx) + "/join/" + i.secret();
    }

    private Models.Dashboard dashboard(Context ctx, CaseState s) {
        Models.CaseView v = views.of(s);
        Principal p = who(ctx);
        String note = p.role() == Role.MEDIATOR ? s.note("mediator") : "";
        return new Models.Dashboard(frame(ctx, "Dashboard", s), v.verdict(), v.zone(), v.aggregateGap(), v.partyA(),
                v.partyB(), v.matrix(), v.parties(), v.packages(), v.partyIds(), v.text(), v.history(), "",
                v.ledger(), v.tranches(), v.commitments(), v.partyIds(),
                Views.credentials(server.credentials().ofCase(s.id())), v.shared(), v.issues(), v.charts(),
                p.role() == Role.ADMINISTRATOR || s.allShare(), note, Map.of());
    }

    /** The parts of the dashboard that follow the case (in the page, and fetched again after each change). */
    private static final List<String> PARTS = List.of("matrix", "charts", "packages", "text", "ledger");

    private void dashboardPage(Context ctx) {
        CaseState s = cases.get(id(ctx));
        Models.Dashboard d = dashboard(ctx, s);
        Map<String, gg.jte.Content> parts = new java.util.HashMap<>();
        for (String part : PARTS) {
            byte[] html = part(s, d, part);
            parts.put(part, out -> out.writeBinaryContent(html));
        }
        html(ctx, "dashboard.jte", "d", d.withParts(parts));
    }

    private byte[] part(CaseState s, Models.Dashboard d, String part) {
        return views.part(s, d.frame().csrf(), part, () -> bytes("parts/" + part + ".jte", Map.of("d", d)));
    }

    private static String name(Case c, String party) {
        return c.parties().get(c.partyIndex(party)).name();
    }

    private void dashboardPart(Context ctx) {
        String part = ctx.pathParam("part");
        if (!PARTS.contains(part)) {
            throw ApiError.notFound("no part '" + part + "'");
        }
        CaseState s = cases.get(id(ctx));
        ctx.contentType("text/html; charset=utf-8").result(part(s, dashboard(ctx, s), part));
    }

    private Models.Room room(Context ctx) {
        CaseState s = cases.get(id(ctx));
        Case c = s.caseFile();
        String party = ctx.pathParam("party");
        JsonNode prefs = s.preferences(party);
        Document own = null;
        for (Document d : c.documents()) {
            if (d.author().equals(party) && (own == null || !d.date().isBefore(own.date())
                    && d.version() >= own.version())) {
                own = d;
            }
        }
        JsonNode draft = s.draft(party);
        String reservation = Views.trimmed(prefs.path("reservation").asDouble(0) * 100);
        return new Models.Room(frame(ctx, "Room of " + name(c, party), s), party, name(c, party),
                Views.wizard(s, party), reservation, Views.costOfDelay(c, party), Views.checks(s, party),
                own == null ? "" : (own.title().isEmpty() ? own.id() : own.title()) + " (version " + own.version()
                        + ")", Views.memo(s, own), draft == null ? "" : draft.path("title").asText(""),
                draftText(draft), Views.shared(s), Views.text(s), s.note(who(ctx).actor()), s.shares(party),
                ctx.queryParam("msg"), Views.issues(c));
    }

    private static String draftText(JsonNode draft) {
        if (draft == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode p : draft.path("provisions")) {
            for (Map.Entry<String, JsonNode> e : p.path("settles").properties()) {
                sb.append(e.getKey());
                if (!e.getValue().isNull()) {
                    sb.append(" = ").append(e.getValue().isArray() ? join(e.getValue()) : e.getValue().asText());
                }
                sb.append(": ").append(p.path("text").asText()).append('\n');
                break;
            }
        }
        return sb.toString();
    }

    private static String join(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(x -> out.add(x.asText()));
        return String.join(" / ", out);
    }

    private void roomPart(Context ctx) {
        String part = ctx.pathParam("part");
        if (!List.of("checks", "shared").contains(part)) {
            throw ApiError.notFound("no part '" + part + "'");
        }
        html(ctx, "parts/" + part + ".jte", "r", room(ctx));
    }

    private void observe(Context ctx) {
        CaseState s = cases.get(id(ctx));
        html(ctx, "observe.jte", "o", new Models.Observe(frame(ctx, "Observer", s), Views.text(s), Views.ledger(s),
                Views.shared(s)));
    }

    private void audit(Context ctx) {
        CaseState s = cases.get(id(ctx));
        List<Models.AuditRow> rows = new ArrayList<>();
        for (JsonNode e : ApiRoutes.auditTrail(cases, s, who(ctx)).get("events")) {
            rows.add(new Models.AuditRow(e.get("seq").asLong(), e.get("at").asText().substring(0, 19).replace('T', ' '),
                    e.get("actor").asText(), e.get("type").asText(), e.get("summary").asText()));
        }
        html(ctx, "audit.jte", "a", new Models.Audit(frame(ctx, "Audit trail", s), rows));
    }

    private void auditCsv(Context ctx) {
        CaseState s = cases.get(id(ctx));
        StringBuilder sb = new StringBuilder("seq,at,actor,type,summary\n");
        for (JsonNode e : ApiRoutes.auditTrail(cases, s, who(ctx)).get("events")) {
            sb.append(e.get("seq").asLong()).append(',').append(csv(e.get("at").asText())).append(',')
                    .append(csv(e.get("actor").asText())).append(',').append(csv(e.get("type").asText())).append(',')
                    .append(csv(e.get("summary").asText())).append('\n');
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + s.id() + "-audit.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(sb.toString());
    }

    private static String csv(String v) {
        String safe = v.startsWith("=") || v.startsWith("+") || v.startsWith("-") || v.startsWith("@") ? "'" + v : v;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private void preferences(Context ctx) {
        CaseState s = cases.get(id(ctx));
        Case c = s.caseFile();
        String party = ctx.pathParam("party");
        ObjectNode old = s.preferences(party);
        ObjectNode prefs = ApiRoutes.object();
        try {
            if (old.hasNonNull("note")) {
                prefs.set("note", old.get("note"));
            }
            ObjectNode points = prefs.putObject("points");
            ObjectNode ratings = prefs.putObject("ratings");
            ArrayNode redLines = ApiRoutes.object().putArray("x");
            for (CaseIssue i : c.issues()) {
                points.put(i.id(), number(ctx, "points_" + i.id(), i.label() + " points"));
                ObjectNode r = ratings.putObject(i.id());
                ArrayNode lines = ApiRoutes.object().putArray("x");
                for (int o = 0; o < i.size(); o++) {
                    r.put(i.option(o), number(ctx, "rating_" + i.id() + "_" + o, i.label() + " " + i.option(o)));
                    if (ctx.formParam("redline_" + i.id() + "_" + o) != null) {
                        if (i.kind() == OptionKind.CATEGORICAL || i.kind() == OptionKind.ORDINAL) {
                            lines.add(i.option(o));
                        } else {
                            lines.add(new BigDecimal(i.option(o)));
                        }
                    }
                }
                if (!lines.isEmpty()) {
                    ObjectNode line = redLines.addObject().put("issue", i.id());
                    line.set("options", lines);
                    for (JsonNode before : old.path("redLines")) {
                        if (before.path("issue").asText().equals(i.id())) {
                            if (before.hasNonNull("text")) {
                                line.set("text", before.get("text"));
                            }
                            if (before.hasNonNull("source")) {
                                line.set("source", before.get("source"));
                            }
                            break;
                        }
                    }
                }
            }
            prefs.put("reservation", number(ctx, "reservation", "walk-away level").movePointLeft(2));
            if (!redLines.isEmpty()) {
                prefs.set("redLines", redLines);
            }
            if (old.hasNonNull("costOfDelay")) {
                prefs.set("costOfDelay", old.get("costOfDelay"));
            }
            commands.putPreferences(id(ctx), who(ctx), party, prefs);
        } catch (ApiError e) {
            if (e.status() != 400) {
                throw e;
            }
            roomBack(ctx, "Not saved: " + e.getMessage());
            return;
        }
        roomBack(ctx, "Your preferences are saved.");
    }

    private static BigDecimal number(Context ctx, String field, String what) {
        String v = ctx.formParam(field);
        try {
            BigDecimal d = new BigDecimal(v == null ? "" : v.trim());
            if (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new NumberFormatException();
            }
            return d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d.stripTrailingZeros();
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(field, what + ": '" + v + "' is not a number from 0 to 100");
        }
    }

    private void memorandum(Context ctx) {
        String party = ctx.pathParam("party");
        ObjectNode body = ApiRoutes.object().put("title", form(ctx, "title"));
        ArrayNode provisions = body.putArray("provisions");
        int n = 0;
        for (String line : form(ctx, "clauses").split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = CLAUSE.matcher(line);
            if (!m.matches()) {
                roomBack(ctx, "Not saved: write each clause as 'issue = option: text' (line '" + line.strip() + "')");
                return;
            }
            ObjectNode p = provisions.addObject().put("path", String.valueOf(++n)).put("text", m.group(3).strip());
            ObjectNode settles = p.putObject("settles");
            String opt = m.group(2);
            if (opt == null || opt.isBlank()) {
                settles.putNull(m.group(1));
            } else if (opt.contains("/")) {
                ArrayNode a = settles.putArray(m.group(1));
                for (String o : opt.split("/")) {
                    a.add(o.strip());
                }
            } else {
                settles.put(m.group(1), opt.strip());
            }
        }
        try {
            commands.saveDraft(id(ctx), who(ctx), party, body);
            if ("submit".equals(ctx.formParam("action"))) {
                commands.submitMemorandum(id(ctx), who(ctx), party);
                roomBack(ctx, "Your memorandum is handed over to the mediator.");
                return;
            }
        } catch (ApiError e) {
            if (e.status() != 400) {
                throw e;
            }
            roomBack(ctx, "Not saved: " + e.getMessage());
            return;
        }
        roomBack(ctx, "Your draft is saved.");
    }

    private void reviseText(Context ctx) {
        CaseState s = cases.get(id(ctx));
        org.parley.mediation.Document current = CaseCommands.currentText(s.caseFile());
        JsonNode tree = null;
        if (current != null) {
            for (JsonNode d : s.tree().path("documents")) {
                if (d.path("id").asText().equals(current.id())) {
                    tree = d;
                }
            }
        }
        ObjectNode body = ApiRoutes.object();
        ArrayNode clauses = body.putArray("clauses");
        int count = tree == null ? 0 : tree.path("provisions").size();
        for (int i = 0; i < count; i++) {
            JsonNode old = tree.path("provisions").get(i);
            ObjectNode cl = clauses.addObject();
            cl.put("path", ctx.formParam("path_" + i) != null ? form(ctx, "path_" + i) : old.path("path").asText());
            cl.put("text", ctx.formParam("text_" + i) != null ? form(ctx, "text_" + i) : old.path("text").asText());
            cl.put("status", ctx.formParam("status_" + i) != null ? form(ctx, "status_" + i)
                    : old.path("status").asText("open"));
            cl.set("settles", old.get("settles"));
        }
        if (!form(ctx, "new_text").isBlank()) {
            ObjectNode cl = clauses.addObject();
            cl.put("path", form(ctx, "new_path").isBlank() ? String.valueOf(count + 1) : form(ctx, "new_path"));
            cl.put("text", form(ctx, "new_text").strip());
            cl.put("status", form(ctx, "new_status").isBlank() ? "bracketed" : form(ctx, "new_status"));
            ObjectNode settles = cl.putObject("settles");
            String opt = form(ctx, "new_option").strip();
            if (opt.isEmpty()) {
                settles.putNull(form(ctx, "new_issue"));
            } else {
                settles.put(form(ctx, "new_issue"), opt);
            }
        }
        commands.reviseText(id(ctx), who(ctx), body);
        back(ctx, "#text-h");
    }

    private void recordTranche(Context ctx) {
        CaseState s = cases.get(id(ctx));
        ObjectNode body = ApiRoutes.object().put("commitment", form(ctx, "commitment")).put("date", form(ctx, "date"))
                .put("source", form(ctx, "source")).put("by", form(ctx, "by"))
                .put("status", form(ctx, "status").isBlank() ? "reported" : form(ctx, "status"));
        ObjectNode delivered = body.putObject("delivered");
        for (String p : s.caseFile().partyIds()) {
            String v = form(ctx, "delivered_" + p).strip().replace(",", "");
            if (v.isEmpty()) {
                delivered.putNull(p);
            } else {
                try {
                    delivered.put(p, Long.parseLong(v));
                } catch (NumberFormatException e) {
                    throw ApiError.badRequest("/delivered/" + p, p + " delivered '" + v + "': write a whole number");
                }
            }
        }
        commands.recordTranche(id(ctx), who(ctx), body);
        back(ctx, "#ledger-h");
    }

    private void share(Context ctx) {
        ObjectNode body = ApiRoutes.object().put("title", form(ctx, "title")).put("text", form(ctx, "text"));
        String pkg = ctx.formParam("package");
        if (pkg != null && !pkg.isBlank()) {
            body.set("package", CaseStateJson.read(pkg));
        }
        commands.share(id(ctx), who(ctx), body);
        back(ctx, "#packages-h");
    }

    private void invite(Context ctx) {
        CaseState s = cases.get(id(ctx));
        String whoFor = form(ctx, "who");
        Integer days = null;
        String d = form(ctx, "days").strip();
        if (!d.isEmpty()) {
            try {
                days = Integer.parseInt(d);
                if (days < 1 || days > 3650) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("days", "days: a whole number from 1 to 3650");
            }
        }
        String link;
        String label;
        if (whoFor.startsWith("party:")) {
            String party = whoFor.substring(6);
            CaseCommands.requireParty(s, party);
            label = name(s.caseFile(), party);
            link = link(ctx, s, Role.PARTY, party, label, days);
        } else {
            label = "observer " + (server.credentials().ofCase(s.id()).stream()
                    .filter(c -> c.role() == Role.OBSERVER).count() + 1);
            link = link(ctx, s, Role.OBSERVER, null, label, days);
        }
        html(ctx, "admin.jte", "a", new Models.Admin(frame(ctx, "New link", s), List.of(), TEMPLATE,
                List.<String[]>of(new String[] {label, link}), null, null));
    }

    /** A small case to start from in the page. */
    static final String TEMPLATE = """
            parley-case: 1
            id: my-case
            title: My case
            asOf: 2026-01-15
            parties:
              - {id: a, name: Party A}
              - {id: b, name: Party B}
            mediators:
              - {id: mediator, name: The mediator}
            issues:
              - {id: price, label: Price, kind: ordinal, options: [low, medium, high]}
              - {id: delivery, label: Delivery, kind: ordinal, options: [slow, fast]}
            preferences:
              a:
                points: {price: 60, delivery: 40}
                ratings: {price: {low: 0, medium: 60, high: 100}, delivery: {slow: 0, fast: 100}}
              b:
                points: {price: 70, delivery: 30}
                ratings: {price: {low: 100, medium: 50, high: 0}, delivery: {slow: 100, fast: 0}}
            documents:
              - {id: D1, author: a, kind: memorandum, date: 2026-01-10, provisions: [{path: "1", text: A high price., settles: {price: high}}]}
              - {id: D2, author: b, kind: memorandum, date: 2026-01-10, provisions: [{path: "1", text: A low price., settles: {price: low}}]}
            """;
}
