package org.parley.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import org.parley.app.CaseCompareJob;
import org.parley.app.CaseLedgerJob;
import org.parley.app.json.CaseJson;
import org.parley.mediation.Document;
import org.parley.server.ParleyServer;
import org.parley.server.auth.Credentials;
import org.parley.server.auth.Principal;
import org.parley.server.auth.Role;
import org.parley.server.cases.CaseCommands;
import org.parley.server.cases.CaseService;
import org.parley.server.cases.CaseState;
import org.parley.server.cases.CaseStateAccess;
import org.parley.server.cases.Events;
import org.parley.server.cases.Visibility;
import org.parley.server.store.StoredEvent;

/** The JSON API under {@code /api/v1} (docs/server.md). */
final class ApiRoutes {

    static final String API = "/api/v1";

    private final ParleyServer server;
    private final CaseService cases;
    private final CaseCommands commands;
    private final Credentials credentials;

    ApiRoutes(ParleyServer server) {
        this.server = server;
        this.cases = server.cases();
        this.commands = new CaseCommands(cases);
        this.credentials = server.credentials();
    }

    void register(Consumer<Route> add) {
        add.accept(new Route(HandlerType.GET, API + "/health", Access.ANYONE, this::health));
        add.accept(new Route(HandlerType.GET, API + "/cases", Access.SIGNED_IN, this::list));
        add.accept(new Route(HandlerType.GET, API + "/session", Access.SIGNED_IN, ctx -> {
            Principal p = who(ctx);
            json(ctx, 200, object().put("role", p.role().key()).put("case", p.caseId()).put("party", p.party())
                    .put("csrf", (String) ctx.attribute(Auth.CSRF)));
        }));
        add.accept(new Route(HandlerType.POST, API + "/cases", Access.CASE_CREATOR, this::create));
        add.accept(new Route(HandlerType.GET, API + "/cases/{id}", Access.CASE_MEMBER, this::summary));
        add.accept(new Route(HandlerType.GET, API + "/cases/{id}/compare", Access.MEDIATOR, this::compare));
        add.accept(new Route(HandlerType.GET, API + "/cases/{id}/propose", Access.MEDIATOR,
                ctx -> json(ctx, 200, cases.get(id(ctx)).proposeJson())));
        add.accept(new Route(HandlerType.GET, API + "/cases/{id}/ledger", Access.CASE_MEMBER, this::ledger));
        add.accept(new Route(HandlerType.GET, API + "/cases/{id}/parties/{party}/preferences", Access.PREFERENCES,
                this::getPreferences));
        add.accept(new Route(HandlerType.PUT, API + "/cases/{id}/parties/{party}/preferences", Access.PARTY_SELF,
                ctx -> json(ctx, 200, commands.putPreferences(id(ctx), who(ctx), party(ctx), Bodies.object(ctx)))));
        add.accept(new Route(HandlerType.PUT, API + "/cases/{id}/parties/{party}/sharing", Access.PARTY_SELF,
                this::putSharing));
        add.accept(new Route(HandlerType.GET, API + "/cases/{id}/parties/{party}/notes", Access.PARTY_SELF,
                ctx -> json(ctx, 200, object().put("text", cases.get(id(ctx)).note(who(ctx).actor())))));
        add.accept(new Route(HandlerType.PUT, API + "/cases/{id}/parties/{party}/notes", Access.PARTY_SELF, ctx -> {
            commands.saveNote(id(ctx), who(ctx), who(ctx).actor(), Bodies.string(Bodies.object(ctx), "text"));
            json(ctx, 200, object().put("text", cases.get(id(ctx)).note(who(ctx).actor())));
        }));
        add.accept(new Route(HandlerType.GET, API + "/cases/{id}/parties/{party}/memorandum", Access.PARTY_SELF,
                this::getMemorandum));
        add.accept(new Route(HandlerType.PUT, API + "/cases/{id}/parties/{party}/memorandum", Access.PARTY_SELF,
                ctx -> json(ctx, 200, commands.saveDraft(id(ctx), who(ctx), party(ctx), Bodies.object(ctx)))));
        add.accept(new Route(HandlerType.POST, API + "/cases/{id}/parties/{party}/memorandum/submit",
                Access.PARTY_SELF, ctx -> json(ctx, 201, commands.submitMemorandum(id(ctx), who(ctx), party(ctx)))));
        add.accept(new Route(HandlerType.POST, API + "/cases/{id}/tranches", Access.MEDIATOR,
                ctx -> json(ctx, 201, commands.recordTranche(id(ctx), who(ctx), Bodies.object(ctx)))));
        add.accept(new Route(HandlerType.PUT, API + "/cases/{id}/tranches/{tranche}/status", Access.MEDIATOR,
                ctx -> json(ctx, 200, commands.setTrancheStatus(id(ctx), who(ctx), ctx.pathParam("tranche"),
                        Bodies.object(ctx)))));
        add.accept(new Route(HandlerType.GET, API + "/cases/{id}/text", Access.CASE_MEMBER, this::text));
        add.accept(new Route(HandlerType.POST, API + "/cases/{id}/text", Access.MEDIATOR,
                ctx -> json(ctx, 201, commands.reviseText(id(ctx), who(ctx), Bodies.object(ctx)))));
        add.accept(new Route(HandlerType.PUT, API + "/cases/{id}/talks/{issue}", Access.MEDIATOR,
                ctx -> json(ctx, 200, commands.setTalks(id(ctx), who(ctx), ctx.pathParam("issue"),
                        Bodies.object(ctx)))));
        add.accept(new Route(HandlerType.GET, API + "/cases/{id}/shared", Access.CASE_MEMBER, this::shared));
        add.accept(new Route(HandlerType.POST, API + "/cases/{id}/shared", Access.MEDIATOR,
                ctx -> json(ctx, 201, object().put("seq", commands.share(id(ctx), who(ctx), Bodies.object(ctx))))));
        add.accept(new Route(HandlerType.GET, API + "/cases/{id}/export", Access.EXPORT, this::export));
        add.accept(new Route(HandlerType.GET, API + "/cases/{id}/audit", Access.MEDIATOR, this::audit));
        add.accept(new Route(HandlerType.GET, API + "/cases/{id}/tokens", Access.MEDIATOR, this::tokens));
        add.accept(new Route(HandlerType.POST, API + "/cases/{id}/tokens", Access.MEDIATOR, this::issue));
        add.accept(new Route(HandlerType.DELETE, API + "/cases/{id}/tokens/{token}", Access.MEDIATOR, this::revoke));
        add.accept(new Route(HandlerType.GET, API + "/teachers", Access.ADMINISTRATOR, ctx -> {
            ArrayNode out = Bodies.JSON.createArrayNode();
            Teachers.all(credentials).forEach(c -> out.add(credential(c)));
            json(ctx, 200, object().set("teachers", out));
        }));
        add.accept(new Route(HandlerType.POST, API + "/teachers", Access.ADMINISTRATOR, ctx -> {
            JsonNode body = Bodies.object(ctx);
            JsonNode days = body.get("expiresInDays");
            Credentials.Issued i = Teachers.issue(credentials, Bodies.string(body, "label", null),
                    days == null || days.isNull() ? null : expiresInDays(days.asText(), "/expiresInDays"));
            json(ctx, 201, credential(i.credential()).put("token", i.secret())
                    .put("link", server.baseUrl(ctx) + "/join/" + i.secret()));
        }));
        add.accept(new Route(HandlerType.DELETE, API + "/teachers/{token}", Access.ADMINISTRATOR,
                ctx -> json(ctx, 200, credential(Teachers.revoke(credentials, ctx.pathParam("token"))))));
    }

    static ObjectNode object() {
        return Bodies.JSON.createObjectNode();
    }

    static String id(Context ctx) {
        return ctx.pathParam("id");
    }

    static String party(Context ctx) {
        return ctx.pathParam("party");
    }

    static Principal who(Context ctx) {
        return Auth.principal(ctx);
    }

    static void json(Context ctx, int status, Object body) {
        String text;
        try {
            text = body instanceof String s ? s : Bodies.JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ctx.status(status).contentType("application/json; charset=utf-8").result(text);
    }

    private void health(Context ctx) {
        json(ctx, 200, object().put("status", "ok").put("db", server.database().kind().key()));
    }

    private void list(Context ctx) {
        Principal p = who(ctx);
        ArrayNode out = Bodies.JSON.createArrayNode();
        for (CaseState s : cases.all()) {
            if (p.inCase(s.id())) {
                out.addObject().put("id", s.id()).put("title", s.caseFile().title()).put("version", s.version());
            }
        }
        json(ctx, 200, object().set("cases", out));
    }

    private void create(Context ctx) {
        String text = Bodies.text(ctx);
        if (text.isBlank()) {
            throw ApiError.badRequest("", "the body is empty; send a case file (Content-Type: application/yaml)");
        }
        Integer days = expiresInDays(ctx.queryParam("expiresInDays"), "?expiresInDays");
        CaseState s = cases.importCase(text, who(ctx));
        ObjectNode tokens = object();
        ObjectNode links = object();
        issueFor(ctx, s, Role.MEDIATOR, null, "mediator", days, tokens, links);
        for (String party : s.caseFile().partyIds()) {
            issueFor(ctx, s, Role.PARTY, party, CaseCommands.party(s.caseFile(), party).name(), days, tokens, links);
        }
        ObjectNode out = object().put("id", s.id());
        out.set("tokens", tokens);
        out.set("links", links);
        json(ctx, 201, out);
    }

    private void issueFor(Context ctx, CaseState s, Role role, String party, String label, Integer days,
            ObjectNode tokens, ObjectNode links) {
        Credentials.Issued i = issue(ctx, s.id(), role, party, label, days);
        String key = party == null ? role.key() : party;
        tokens.put(key, i.secret());
        links.put(key, server.baseUrl(ctx) + "/join/" + i.secret());
    }

    private Credentials.Issued issue(Context ctx, String caseId, Role role, String party, String label, Integer days) {
        Instant expires = days == null ? null : Instant.now().plus(days, ChronoUnit.DAYS);
        Credentials.Issued i = credentials.issue(role, caseId, party, label, false, expires);
        ObjectNode p = object().put("id", i.credential().id()).put("role", role.key()).put("party", party)
                .put("label", label).put("link", true)
                .put("expiresAt", expires == null ? null : expires.truncatedTo(ChronoUnit.SECONDS).toString());
        commands.audit(caseId, who(ctx), Events.CREDENTIAL_ISSUED, p);
        return i;
    }

    private static Integer expiresInDays(String v, String path) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            int d = Integer.parseInt(v);
            if (d < 1 || d > 3650) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(path, "expiresInDays must be a whole number of days from 1 to 3650, got " + v);
        }
    }

    private void summary(Context ctx) {
        CaseState s = cases.get(id(ctx));
        Principal p = who(ctx);
        ObjectNode out = object().put("id", s.id()).put("title", s.caseFile().title())
                .put("asOf", s.caseFile().asOf().toString()).put("version", s.version()).put("seq", s.seq());
        ArrayNode parties = out.putArray("parties");
        for (var party : s.caseFile().parties()) {
            ObjectNode o = parties.addObject().put("id", party.id()).put("name", party.name());
            if (p.mediates(s.id()) || p.isParty(s.id(), party.id())) {
                o.put("sharesPreferences", s.shares(party.id()));
            }
        }
        ArrayNode mediators = out.putArray("mediators");
        s.caseFile().mediators().forEach(m -> mediators.addObject().put("id", m.id()).put("name", m.name()));
        out.putObject("you").put("role", p.role().key()).put("party", p.party());
        json(ctx, 200, out);
    }

    private void compare(Context ctx) {
        CaseState s = cases.get(id(ctx));
        LocalDate at = Bodies.dateParam(ctx, "at");
        String ps = ctx.queryParam("parties");
        if (at == null && ps == null) {
            json(ctx, 200, s.compareJson());
            return;
        }
        String a = null;
        String b = null;
        if (ps != null) {
            String[] two = ps.split(",");
            if (two.length != 2) {
                throw ApiError.badRequest("?parties", "?parties= names two parties, e.g. ?parties=ukraine,russia");
            }
            a = two[0].trim();
            b = two[1].trim();
            for (String x : two) {
                if (s.caseFile().partyIndex(x.trim()) < 0) {
                    throw ApiError.badRequest("?parties", "case '" + s.id() + "' has no party '" + x.trim() + "'");
                }
            }
        }
        try {
            json(ctx, 200, CaseJson.compare(CaseCompareJob.run(s.caseFile(), a, b, at)));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("", e.getMessage());
        }
    }

    private void ledger(Context ctx) {
        CaseState s = cases.get(id(ctx));
        LocalDate at = Bodies.dateParam(ctx, "at");
        json(ctx, 200, at == null ? s.ledgerJson() : CaseJson.ledger(CaseLedgerJob.run(s.caseFile(), at)));
    }

    private void getPreferences(Context ctx) {
        CaseState s = cases.get(id(ctx));
        json(ctx, 200, s.preferences(party(ctx)));
    }

    private void putSharing(Context ctx) {
        JsonNode body = Bodies.object(ctx);
        JsonNode share = body.get("share");
        if (share == null || !share.isBoolean()) {
            throw ApiError.badRequest("/share", "'share' must be true or false");
        }
        commands.setSharing(id(ctx), who(ctx), party(ctx), share.booleanValue());
        json(ctx, 200, object().put("party", party(ctx)).put("share", share.booleanValue()));
    }

    private void getMemorandum(Context ctx) {
        CaseState s = cases.get(id(ctx));
        ObjectNode out = object();
        JsonNode d = s.draft(party(ctx));
        out.set("draft", d == null ? null : d);
        Document latest = s.caseFile().latestDocument(party(ctx), null);
        JsonNode submitted = null;
        if (latest != null) {
            for (JsonNode doc : s.tree().path("documents")) {
                if (doc.path("id").asText().equals(latest.id())) {
                    submitted = doc;
                }
            }
        }
        out.set("submitted", submitted);
        json(ctx, 200, out);
    }

    private void text(Context ctx) {
        CaseState s = cases.get(id(ctx));
        ArrayNode versions = Bodies.JSON.createArrayNode();
        JsonNode docs = s.tree().path("documents");
        for (JsonNode d : docs) {
            if (d.path("kind").asText().equals("single-negotiating-text")) {
                versions.add(d);
            }
        }
        ObjectNode out = object();
        out.set("versions", versions);
        out.set("current", versions.isEmpty() ? null : versions.get(versions.size() - 1));
        json(ctx, 200, out);
    }

    private void shared(Context ctx) {
        CaseState s = cases.get(id(ctx));
        ArrayNode out = Bodies.JSON.createArrayNode();
        for (CaseState.Shared x : s.shared()) {
            ObjectNode o = out.addObject().put("seq", x.seq()).put("at", x.at().toString()).put("title", x.title())
                    .put("text", x.text());
            if (x.assignments() != null) {
                ObjectNode pkg = o.putObject("package");
                x.assignments().forEach(pkg::put);
            }
        }
        json(ctx, 200, object().set("shared", out));
    }

    private void export(Context ctx) {
        CaseState s = cases.get(id(ctx));
        ctx.header("Content-Disposition", "attachment; filename=\"" + s.id() + ".yaml\"");
        ctx.status(200).contentType("application/yaml; charset=utf-8").result(s.text());
    }

    private void audit(Context ctx) {
        json(ctx, 200, auditTrail(cases, cases.get(id(ctx)), who(ctx)));
    }

    /** The audit trail of case {@code s} as {@code who} may see it. */
    static ObjectNode auditTrail(CaseService cases, CaseState s, Principal who) {
        ArrayNode events = Bodies.JSON.createArrayNode();
        for (StoredEvent e : cases.store().read(CaseService.stream(s.id()), 0)) {
            JsonNode p = CaseStateAccess.payload(e);
            boolean visible = Visibility.visible(e, p, who, s);
            events.addObject().put("seq", e.seq()).put("version", e.version())
                    .put("at", e.recordedAt().toString()).put("actor", e.actor())
                    .put("type", visible ? e.type() : Visibility.REDACTED)
                    .put("summary", visible ? Visibility.summary(e, p) : "a private change");
        }
        ObjectNode out = object().put("case", s.id());
        out.set("events", events);
        return out;
    }

    private void tokens(Context ctx) {
        CaseState s = cases.get(id(ctx));
        ArrayNode out = Bodies.JSON.createArrayNode();
        for (Credentials.Credential c : credentials.ofCase(s.id())) {
            out.add(credential(c));
        }
        json(ctx, 200, object().set("tokens", out));
    }

    static ObjectNode credential(Credentials.Credential c) {
        return object().put("id", c.id()).put("role", c.role().key()).put("party", c.party())
                .put("label", c.label()).put("createdAt", c.createdAt().toString())
                .put("expiresAt", c.expiresAt() == null ? null : c.expiresAt().toString())
                .put("revokedAt", c.revokedAt() == null ? null : c.revokedAt().toString())
                .put("valid", c.valid(Instant.now()));
    }

    private void issue(Context ctx) {
        CaseState s = cases.get(id(ctx));
        JsonNode body = Bodies.object(ctx);
        Role role;
        try {
            role = Role.of(Bodies.string(body, "role"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("/role", e.getMessage());
        }
        if (!(role == Role.MEDIATOR || role == Role.PARTY || role == Role.OBSERVER)) {
            throw ApiError.badRequest("/role", "a case issues mediator, party and observer credentials");
        }
        String party = null;
        if (role == Role.PARTY) {
            party = Bodies.string(body, "party");
            if (s.caseFile().partyIndex(party) < 0) {
                throw ApiError.badRequest("/party", "case '" + s.id() + "' has no party '" + party + "'");
            }
        } else if (body.hasNonNull("party")) {
            throw ApiError.badRequest("/party", "only a party credential names a party");
        }
        JsonNode days = body.get("expiresInDays");
        Integer d = days == null || days.isNull() ? null : expiresInDays(days.asText(), "/expiresInDays");
        String label = Bodies.string(body, "label", party != null
                ? CaseCommands.party(s.caseFile(), party).name() : role.key());
        Credentials.Issued i = issue(ctx, s.id(), role, party, label, d);
        ObjectNode out = credential(i.credential()).put("token", i.secret())
                .put("link", server.baseUrl(ctx) + "/join/" + i.secret());
        json(ctx, 201, out);
    }

    private void revoke(Context ctx) {
        CaseState s = cases.get(id(ctx));
        String token = ctx.pathParam("token");
        Credentials.Credential c = credentials.get(token).filter(x -> s.id().equals(x.caseId()))
                .orElseThrow(() -> ApiError.notFound("case '" + s.id() + "' has no credential '" + token + "'"));
        credentials.revoke(c.id());
        commands.audit(s.id(), who(ctx), Events.CREDENTIAL_REVOKED, object().put("id", c.id()));
        json(ctx, 200, credential(credentials.get(c.id()).orElseThrow()));
    }

}
