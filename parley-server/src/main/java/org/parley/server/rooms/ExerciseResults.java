package org.parley.server.rooms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.analysis.ParetoFrontier;
import org.parley.app.report.TournamentReport;
import org.parley.measures.BehaviourAnalysis;
import org.parley.measures.SessionMeasures;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.protocol.GeniusCsv;
import org.parley.protocol.SessionResult;
import org.parley.tournament.SessionRecord;
import org.parley.tournament.Stat;
import org.parley.tournament.TournamentSummary;

/**
 * An exercise's results: one {@link SessionRecord} per ended room, as a tournament records its sessions (utilities,
 * welfare, distances to the Pareto frontier and to Nash, GENIUS's columns, behaviour measures), so that the summary
 * ({@link TournamentSummary}: means with 95% intervals per agent, the persons pooled as {@value #PEOPLE}) and the
 * CSV files are those of {@code parley report}.
 */
public final class ExerciseResults {

    /** How the persons are named in the summary: every person's observations are pooled. */
    public static final String PEOPLE = "people";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Exercise exercise;
    private final List<Room> rooms;
    private final List<SessionRecord> records = new ArrayList<>();
    private final List<SessionResult> results = new ArrayList<>();
    private final List<Room> ended = new ArrayList<>();
    private final TournamentSummary summary = new TournamentSummary();

    /** The results of {@code exercise} whose rooms are {@code rooms}. */
    public ExerciseResults(Exercise exercise, List<Room> rooms) {
        this.exercise = exercise;
        this.rooms = List.copyOf(rooms);
        ParetoFrontier frontier = null;
        double[] nash = null;
        for (Room r : this.rooms) {
            JsonNode result = r.result();
            if (result == null) {
                continue;
            }
            if (frontier == null) {
                OutcomeSpaceAnalysis.Result a = new OutcomeSpaceAnalysis(r.scenario().profiles()).analyze();
                frontier = a.frontier();
                nash = a.nash() == null ? null : a.nash().utilities();
            }
            SessionResult s = sessionResult(r, result);
            results.add(s);
            ended.add(r);
            SessionRecord rec = record(r, s, frontier, nash, records.size() + 1);
            records.add(rec);
            summary.add(rec);
        }
    }

    /** The session result a room's stored {@code parley negotiate --json} document describes. */
    static SessionResult sessionResult(Room room, JsonNode j) {
        Scenario sc = room.scenario();
        JsonNode a = j.get("agreement");
        int[] agreement = a == null || a.isNull() ? null : Outcomes.parse(sc.domain(), a.get("outcome"), "/agreement");
        List<String> names = new ArrayList<>();
        j.get("agents").forEach(n -> names.add(n.asText()));
        long nanos = room.startedAt() == null || room.endedAt() == null ? 0
                : Duration.between(room.startedAt(), room.endedAt()).toNanos();
        return new SessionResult(agreement, SessionResult.End.valueOf(j.get("endedBy").asText().toUpperCase(
                Locale.ROOT)), j.get("round").intValue(), j.get("time").doubleValue(), j.get("actions").intValue(),
                numbers(j.get("utilities")), numbers(j.get("discountedUtilities")),
                j.get("error").isNull() ? null : j.get("error").asText(), -1, List.of(), names, nanos);
    }

    private static double[] numbers(JsonNode a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).doubleValue();
        }
        return out;
    }

    private static SessionRecord record(Room room, SessionResult r, ParetoFrontier frontier, double[] nash, int id) {
        List<Profile> profiles = room.scenario().profiles();
        double[] u = r.utilities();
        double welfare = 0;
        for (double x : u) {
            welfare += x;
        }
        double distPareto = Double.POSITIVE_INFINITY;
        for (ParetoFrontier.Point p : frontier.points()) {
            distPareto = Math.min(distPareto, Analysis.distance(u, p.utilities()));
        }
        double distNash = nash == null ? Double.NaN : Analysis.distance(u, nash);
        List<String> agents = new ArrayList<>();
        for (RoomSpec.Seat s : room.spec().seats()) {
            agents.add(s.isPerson() ? PEOPLE : s.agent());
        }
        Map<String, String> agreement = null;
        if (r.agreement() != null) {
            agreement = new LinkedHashMap<>();
            int[] o = r.agreement();
            for (int i = 0; i < o.length; i++) {
                agreement.put(room.scenario().domain().issue(i).name(), room.scenario().domain().issue(i).label(o[i]));
            }
        }
        List<org.parley.protocol.ActionRecord> trace = new ArrayList<>();
        for (Act a : room.acts()) {
            trace.add(new org.parley.protocol.ActionRecord(a.round(), a.t(), a.action()));
        }
        return new SessionRecord(id, room.scenario().domain().name(), 0, room.spec().seed(), agents,
                profiles.stream().map(Profile::name).toList(), room.spec().deadline().toString(),
                r.endedBy().name().toLowerCase(Locale.ROOT), agreement, r.round(), r.time(), r.actions(), u,
                r.discountedUtilities(), welfare, distPareto, distNash, GeniusCsv.analyse(r, profiles, frontier),
                r.error(), null, r.nanos() / 1e9, new SessionMeasures(BehaviourAnalysis.of(trace, profiles, frontier),
                        List.of()));
    }

    /** The exercise as the teacher's page shows it: every room's progress, the results and the summary. */
    public ObjectNode json() {
        ObjectNode out = F.objectNode().put("id", exercise.id()).put("title", exercise.title())
                .put("opponent", exercise.opponent()).put("pairs", exercise.pairs()).put("swap", exercise.swapped());
        ArrayNode rs = out.putArray("rooms");
        int done = 0;
        int agreements = 0;
        for (Room r : rooms) {
            ObjectNode o = rs.addObject().put("id", r.id()).put("title", r.spec().title())
                    .put("status", r.status().key()).put("round", r.round()).put("actions", r.acts().size());
            ArrayNode seats = o.putArray("seats");
            for (int s = 0; s < r.spec().seats().size(); s++) {
                RoomSpec.Seat seat = r.spec().seats().get(s);
                seats.addObject().put("name", seat.label()).put("person", seat.isPerson())
                        .put("party", r.scenario().profiles().get(s).name())
                        .put("joined", r.joined(s));
            }
            JsonNode res = r.result();
            if (res != null) {
                done++;
                o.set("result", res);
                if (!res.get("agreement").isNull()) {
                    agreements++;
                }
                SessionRecord rec = records.get(ended.indexOf(r));
                o.put("distPareto", rec.distPareto()).put("distNash", rec.distNash());
            }
        }
        ObjectNode sum = out.putObject("summary").put("rooms", rooms.size()).put("ended", done)
                .put("agreements", agreements).put("agreementRate", done == 0 ? null : (double) agreements / done);
        ArrayNode rows = sum.putArray("agents");
        for (TournamentSummary.AgentRow row : summary.rows()) {
            ObjectNode o = rows.addObject().put("agent", row.agent()).put("n", row.n());
            for (TournamentSummary.Metric m : TournamentSummary.Metric.OUTCOME) {
                Stat st = row.stat(m);
                o.putObject(m.key()).put("n", st.n()).put("mean", finite(st.mean())).put("ci95", finite(st.ci95()));
            }
            ArrayNode box = o.putArray("utilityValues");
            for (double v : summary.values(row.agent(), TournamentSummary.Metric.UTILITY)) {
                box.add(v);
            }
        }
        return out;
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }

    /** {@code results.csv}: one row per ended room. */
    public String resultsCsv() {
        StringBuilder sb = new StringBuilder("room,title,seat1,seat2,agreement,ended_by,rounds,actions,utility1,"
                + "utility2,discounted1,discounted2,dist_pareto,dist_nash,seconds\n");
        for (int k = 0; k < ended.size(); k++) {
            Room r = ended.get(k);
            SessionRecord rec = records.get(k);
            sb.append(csv(r.id())).append(',').append(csv(r.spec().title())).append(',')
                    .append(csv(r.spec().seats().get(0).label())).append(',')
                    .append(csv(r.spec().seats().get(1).label())).append(',')
                    .append(csv(rec.agreement() == null ? "" : rec.agreement().toString())).append(',')
                    .append(rec.endedBy()).append(',').append(rec.round()).append(',').append(rec.actions())
                    .append(',').append(rec.utilities()[0]).append(',').append(rec.utilities()[1]).append(',')
                    .append(rec.discountedUtilities()[0]).append(',').append(rec.discountedUtilities()[1]).append(',')
                    .append(rec.distPareto()).append(',').append(rec.distNash()).append(',')
                    .append(rec.runSeconds()).append('\n');
        }
        return sb.toString();
    }

    /** The GENIUS-style tournament CSV ({@link GeniusCsv}), one row per ended room. */
    public String geniusCsv() {
        if (ended.isEmpty()) {
            return GeniusCsv.header(2) + "\n";
        }
        StringBuilder sb = new StringBuilder(GeniusCsv.header(ended.get(0).scenario().profiles().size()))
                .append('\n');
        ParetoFrontier frontier = OutcomeSpaceAnalysis.frontier(ended.get(0).scenario().profiles(),
                OutcomeSpaceAnalysis.DEFAULT_MAX_ENUMERATION);
        for (int k = 0; k < ended.size(); k++) {
            Room r = ended.get(k);
            String row = GeniusCsv.row(results.get(k), r.scenario().profiles(), r.spec().deadline(), frontier);
            sb.append(row).append(row.endsWith("\n") ? "" : "\n");
        }
        return sb.toString();
    }

    /** {@code summary.csv} exactly as {@code parley report} writes it. */
    public String summaryCsv() {
        return TournamentReport.csv(summary);
    }

    /** {@code s} as one CSV field (quoted when it holds a comma, a quote or a newline). */
    public static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
