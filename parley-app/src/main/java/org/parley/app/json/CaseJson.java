package org.parley.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.parley.app.CaseLedgerJob;
import org.parley.app.CaseSimulateJob;
import org.parley.mediation.Case;
import org.parley.mediation.CaseComparison;
import org.parley.mediation.CaseLedger;
import org.parley.mediation.CasePackage;
import org.parley.mediation.CasePackages;
import org.parley.mediation.Relaxation;
import org.parley.mediation.Tranche;

/**
 * The case documents ({@code case compare|propose|ledger|simulate --json}; schemas
 * {@code docs/schema/case-*.schema.json}, described in {@code docs/json.md}). Every key is a public interface: keep
 * them as they are. Each method returns one line of JSON (no newline).
 */
public final class CaseJson {

    private CaseJson() {
    }

    private static String write(ObjectNode root) {
        return Json.write(root);
    }

    private static void num(ObjectNode o, String key, double v) {
        Json.finite(o, key, v);
    }

    private static ArrayNode strings(List<String> items) {
        return Json.strings(items);
    }

    /** The comparison document. */
    public static String compare(CaseComparison.Result r) {
        Case c = r.caseFile();
        String a = c.parties().get(r.a()).id();
        String b = c.parties().get(r.b()).id();
        ObjectNode root = Json.object();
        root.put("case", c.id());
        root.set("parties", strings(List.of(a, b)));
        root.putObject("documents").put(a, r.documentA().id()).put(b, r.documentB().id());
        root.put("at", r.at().toString());
        root.put("periods", r.periods());
        ArrayNode issues = root.putArray("issues");
        for (CaseComparison.IssueGap g : r.issues()) {
            ObjectNode o = issues.addObject();
            o.put("issue", g.issue());
            o.put("status", g.status().key());
            if (g.distance() == null) {
                o.putNull("distance");
            } else {
                o.put("distance", g.distance());
            }
            o.put("state", g.state().key());
            o.put("agreed", g.agreed());
            ObjectNode pos = o.putObject("positions");
            pos.set(a, strings(g.positionA()));
            pos.set(b, strings(g.positionB()));
            o.putObject("concession").put(a, g.concessionA()).put(b, g.concessionB());
            o.put("addressedBy", g.addressedBy());
            o.put("blocking", g.blocking());
            o.put("reason", g.reason());
        }
        root.put("aggregateGap", r.aggregateGap());
        root.putObject("utilityOfOwn").put(a, r.own()[0]).put(b, r.own()[1]);
        root.putObject("utilityOfOther").put(a, r.other()[0]).put(b, r.other()[1]);
        root.putObject("concession").put(a, r.own()[0] - r.other()[0]).put(b, r.own()[1] - r.other()[1]);
        ObjectNode rv = root.putObject("reservation");
        ObjectNode delta = root.putObject("discountPerPeriod");
        for (int j = 0; j < c.parties().size(); j++) {
            rv.put(c.parties().get(j).id(), r.reservations()[j]);
            delta.put(c.parties().get(j).id(), r.deltas()[j]);
        }
        ObjectNode zone = root.putObject("agreementZone");
        zone.put("empty", r.zone().empty());
        zone.put("outcomes", r.zone().outcomes());
        zone.put("withinRedLines", r.space().size());
        zone.set("deadlocked", strings(r.space().deadlocked()));
        root.set("blocking", strings(r.blocking()));
        root.put("verdict", r.verdict());
        return write(root);
    }

    /** A package: method, content ({issue: option}), utilities ({party: utility}), why, zone and red-line flags. */
    public static ObjectNode pkg(Case c, CasePackage p) {
        ObjectNode o = Json.object();
        o.put("method", p.method());
        ObjectNode content = o.putObject("content");
        for (int i = 0; i < p.outcome().length; i++) {
            content.put(c.issues().get(i).id(), c.issues().get(i).option(p.outcome()[i]));
        }
        ObjectNode u = o.putObject("utilities");
        for (int j = 0; j < c.parties().size(); j++) {
            u.put(c.parties().get(j).id(), p.utilities()[j]);
        }
        o.put("why", p.why());
        o.put("inZone", p.inZone());
        o.set("belowReservation", strings(p.belowReservation()));
        o.set("crossesRedLines", strings(p.crossesRedLines()));
        return o;
    }

    /** The proposal document. */
    public static String propose(CasePackages.Proposal p) {
        Case c = p.caseFile();
        ObjectNode root = Json.object();
        root.put("case", c.id());
        ObjectNode zone = root.putObject("agreementZone");
        zone.put("empty", p.zone().empty());
        zone.put("outcomes", p.zone().outcomes());
        zone.set("deadlocked", strings(p.space().deadlocked()));
        root.set("unresolved", strings(p.unresolved()));
        root.put("againstZero", p.againstZero());
        ArrayNode packages = root.putArray("packages");
        p.solutions().forEach(s -> packages.add(pkg(c, s)));
        ObjectNode lr = root.putObject("logrolling");
        lr.set("order", strings(p.logrollOrder()));
        ArrayNode steps = lr.putArray("steps");
        p.logroll().forEach(s -> steps.add(pkg(c, s)));
        if (p.adjustedWinner() == null) {
            root.putNull("adjustedWinner");
        } else {
            ObjectNode aw = root.putObject("adjustedWinner");
            aw.set("issues", strings(p.adjustedWinner().issues()));
            aw.set("winners", strings(p.adjustedWinner().winners()));
            aw.put("split", p.adjustedWinner().split());
            num(aw, "shareOfFirstParty", p.adjustedWinner().shareA());
            aw.put("points", p.adjustedWinner().total()[0]);
            aw.put("note", p.adjustedWinner().splitNote());
            aw.set("package", pkg(c, p.adjustedWinner().pkg()));
        }
        root.set("baseline", pkg(c, p.baseline()));
        ArrayNode imp = root.putArray("improvements");
        p.improvements().forEach(s -> imp.add(pkg(c, s)));
        ArrayNode wit = root.putArray("whatItTakes");
        for (Relaxation r : p.whatItTakes()) {
            ObjectNode o = wit.addObject();
            o.put("party", r.party());
            o.put("reservation", r.reservation());
            if (r.reservationTo() == null) {
                o.putNull("reservationTo");
            } else {
                o.put("reservationTo", r.reservationTo());
            }
            o.put("reservationNote", r.reservationNote());
            ArrayNode lifts = o.putArray("redLines");
            for (Relaxation.RedLineLift l : r.redLines()) {
                ObjectNode x = lifts.addObject();
                x.put("issue", l.issue());
                x.put("option", l.option());
                x.put("opens", l.opens());
                x.put("zoneOutcomes", l.zoneOutcomes());
                x.put("best", l.best());
                if (l.reservationTo() == null) {
                    x.putNull("reservationTo");
                } else {
                    x.put("reservationTo", l.reservationTo());
                }
            }
        }
        return write(root);
    }

    /** The ledger document. */
    public static String ledger(CaseLedgerJob.Result ledger) {
        ObjectNode root = Json.object();
        root.put("case", ledger.caseFile().id());
        root.put("at", ledger.at().toString());
        ArrayNode list = root.putArray("commitments");
        for (CaseLedger.Entry e : ledger.entries()) {
            ObjectNode o = list.addObject();
            o.put("commitment", e.commitment().id());
            o.put("text", e.wording());
            o.put("reciprocity", e.commitment().reciprocity().type().key());
            o.set("sides", strings(List.of(e.sideA(), e.sideB())));
            ObjectNode pledged = o.putObject("pledged");
            pledged.put(e.sideA(), e.pledgedA());
            pledged.put(e.sideB(), e.pledgedB());
            o.putObject("delivered").put(e.sideA(), e.deliveredA()).put(e.sideB(), e.deliveredB());
            ObjectNode unreported = o.putObject("unreported");
            unreported.set(e.sideA(), strings(e.unreportedA()));
            unreported.set(e.sideB(), strings(e.unreportedB()));
            if (e.balance() == null) {
                o.putNull("balance");
            } else if (e.balance() == Math.rint(e.balance())) {
                o.put("balance", e.balance().longValue());
            } else {
                o.put("balance", e.balance());
            }
            num(o, "completion", e.completion());
            num(o, "compliance", e.compliance());
            o.set("overdue", strings(e.overdue()));
            o.set("unverified", strings(e.unverified()));
            o.set("disputed", strings(e.disputed()));
            o.set("flags", strings(e.flags()));
            ArrayNode ts = o.putArray("tranches");
            for (Tranche t : e.tranches()) {
                ObjectNode x = ts.addObject();
                x.put("id", t.id());
                x.put("date", t.date().toString());
                ObjectNode d = x.putObject("delivered");
                for (Map.Entry<String, Long> m : t.delivered().entrySet()) {
                    d.put(m.getKey(), m.getValue());
                }
                x.put("status", t.status().key());
                x.put("source", t.source());
                x.put("approximate", t.approximate());
            }
        }
        return write(root);
    }

    /** The simulation document. */
    public static String simulate(CaseSimulateJob.Result s) {
        ObjectNode root = Json.object();
        root.put("case", s.caseFile().id());
        root.set("agents", strings(s.agents()));
        root.set("agreement", s.deal() == null ? null : pkg(s.caseFile(), s.deal()));
        root.put("round", s.session().round());
        root.put("time", s.session().time());
        root.set("discountedUtilities", Json.numbers(s.session().discountedUtilities()));
        root.set("discountFactors", Json.numbers(s.simulation().discounts()));
        root.set("notes", strings(s.notes()));
        root.put("error", s.session().error());
        return write(root);
    }
}
