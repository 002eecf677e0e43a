package org.parley.protocol.snt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.parley.domain.Domain;
import org.parley.preference.Profile;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.ActionRecord;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentCalls;
import org.parley.protocol.AgentFault;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Offer;
import org.parley.protocol.Session;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;
import org.parley.protocol.SessionTimeline;
import org.parley.protocol.Timeline;
import org.parley.util.PartyNumbers;

/**
 * One session of the single negotiating text, the one-text procedure of mediation.
 *
 * <ul>
 *   <li>The mediator starts from a text drawn uniformly at random from the outcomes (seeded by the session seed).</li>
 *   <li>Each step (one round) the mediator proposes a change of the text and every party votes. The text moves to the
 *       proposal when the {@link VotingRule} says so; the mediator learns the votes.</li>
 *   <li>A {@link TextVoter} is asked directly. Any other agent votes as it would answer the proposal offered by
 *       another party: it receives the proposal as an {@link Offer} of the next seat and votes yes by accepting it
 *       (an offer of its own counts as no).</li>
 *   <li>The session ends at the deadline, or earlier when the mediator has nothing left to propose. The parties then
 *       sign the text if it gives every party at least its reservation value: that is the agreement; otherwise there
 *       is none ({@code DEADLINE}, or {@code END_NEGOTIATION} when the mediator stopped early).</li>
 *   <li>Time, discounting, reservation values and agent faults are as in SAOP: t of round r of R is r/(R+1).</li>
 *   <li>Trace: each vote is one action: yes is an {@link Accept} of the proposal, no is an {@link Offer} of the
 *       text the party keeps.</li>
 * </ul>
 */
public final class SingleTextSession implements Session {

    private static final String VOTE = "vote";

    private final SessionSpec spec;
    private final SingleTextProtocol protocol;
    private final List<Profile> profiles;
    private final LongSupplier clock;
    private final SessionTimeline timeline;
    private final Timeline view;
    private final AgentCalls calls;
    private volatile boolean started;

    SingleTextSession(SessionSpec spec, SingleTextProtocol protocol) {
        this.spec = spec;
        this.protocol = protocol;
        this.profiles = spec.profiles();
        this.clock = spec.clock();
        this.timeline = new SessionTimeline(spec.deadline(), clock);
        this.view = timeline.view();
        this.calls = new AgentCalls(spec);
    }

    @Override
    public SessionSpec spec() {
        return spec;
    }

    @Override
    public String protocol() {
        return SingleTextProtocol.NAME;
    }

    @Override
    public SessionResult run() {
        if (started) {
            throw new IllegalStateException("a session runs only once");
        }
        started = true;
        int m = spec.parties();
        try {
            calls.create();
        } catch (AgentFault f) {
            return failed(f.getMessage(), f.party(), 1, 0.0, 0, List.of(), 0);
        }
        List<String> names = calls.names();
        Domain domain = profiles.get(0).domain();
        long mediatorSeed = SessionSpec.agentSeed(spec.seed(), m);
        Mediator mediator = protocol.newMediator(domain, mediatorSeed);
        int[] text = randomOutcome(domain, new SplittableRandom(~mediatorSeed));
        List<ActionRecord> trace = spec.keepTrace() ? new ArrayList<>() : List.of();
        long t0 = clock.getAsLong();
        int actions = 0;
        try {
            for (int p = 0; p < m; p++) {
                AgentSettings settings = new AgentSettings(p, m, profiles.get(p), spec.deadline(),
                        SingleTextProtocol.NAME, spec.agentSeed(p), spec.context());
                calls.run(p, "init", a -> a.init(settings));
            }
            t0 = clock.getAsLong();
            timeline.start(t0);
            int round = 1;
            boolean[] votes = new boolean[m];
            while (true) {
                if (!timeline.beforeTurn(round)) {
                    return sign(text, SessionResult.End.DEADLINE, timeline.endRound(round), 1.0, actions, trace,
                            names, t0);
                }
                int[] proposal = mediator.propose(text.clone());
                double t = timeline.time();
                if (proposal == null) {
                    return sign(text, SessionResult.End.END_NEGOTIATION, round, t, actions, trace, names, t0);
                }
                checkProposal(domain, proposal, text, mediator);
                int yes = 0;
                for (int p = 0; p < m; p++) {
                    votes[p] = vote(p, text, proposal);
                    actions++;
                    if (votes[p]) {
                        yes++;
                    }
                    if (spec.keepTrace()) {
                        trace.add(new ActionRecord(round, t, votes[p] ? new Accept(p, proposal) : new Offer(p, text)));
                    }
                }
                boolean moved = protocol.rule().moves(yes, m);
                mediator.voted(proposal.clone(), votes.clone(), moved);
                if (moved) {
                    text = proposal;
                }
                round++;
            }
        } catch (AgentFault f) {
            return failed(f.getMessage(), f.party(), Math.max(1, timeline.round()), timeline.time(), actions, trace,
                    t0);
        }
    }

    private static void checkProposal(Domain domain, int[] proposal, int[] text, Mediator mediator) {
        domain.checkOutcome(proposal);
        if (Arrays.equals(proposal, text)) {
            throw new IllegalStateException("mediator " + mediator.name() + " proposed the text itself");
        }
    }

    /** Party {@code p}'s vote on replacing {@code text} by {@code proposal}. */
    private boolean vote(int p, int[] text, int[] proposal) {
        Agent agent = calls.agent(p);
        if (agent instanceof TextVoter) {
            Boolean yes = calls.call(p, VOTE, a -> ((TextVoter) a).vote(text.clone(), proposal.clone(), view));
            return Boolean.TRUE.equals(yes);
        }
        Offer offered = new Offer((p + 1) % spec.parties(), proposal);
        calls.run(p, "receive", a -> a.receive(offered, view));
        Action action = calls.call(p, "chooseAction", a -> a.chooseAction(view));
        if (action == null) {
            throw new AgentFault(p, calls.who(p) + " returned no vote (no action)", null);
        }
        if (action.party() != p) {
            throw new AgentFault(p, calls.who(p) + " acted in the name of "
                    + PartyNumbers.fromIndex(action.party()) + "; it is " + PartyNumbers.fromIndex(p), null);
        }
        if (action instanceof Accept a) {
            if (!a.accepts(offered)) {
                throw new AgentFault(p, calls.who(p) + " accepted " + Arrays.toString(a.outcome())
                        + ", which is not the proposal " + Arrays.toString(proposal), null);
            }
            return true;
        }
        return false;
    }

    private static int[] randomOutcome(Domain domain, SplittableRandom random) {
        int[] o = new int[domain.issueCount()];
        for (int i = 0; i < o.length; i++) {
            o[i] = random.nextInt(domain.issue(i).size());
        }
        return o;
    }

    @Override
    public String overrunningCall() {
        return calls.overrunningCall();
    }

    @Override
    public int partyInCall() {
        return calls.partyInCall();
    }

    @Override
    public SessionResult abandoned(String error, int party) {
        return failed(error, party, Math.max(1, timeline.round()), calls.creating() ? 0.0 : timeline.time(), 0,
                List.of(), 0);
    }

    /** An agent's fault: no agreement, the undiscounted reservation values (as SAOP records faults). */
    private SessionResult failed(String error, int party, int round, double t, int actions, List<ActionRecord> trace,
            long t0) {
        double[] u = spec.reservationValues();
        return new SessionResult(null, SessionResult.End.ERROR, round, t, actions, u, u, error, party, trace,
                calls.names(), t0 == 0 ? 0 : clock.getAsLong() - t0);
    }

    /** The end: the text is signed when it gives every party at least its reservation value. */
    private SessionResult sign(int[] text, SessionResult.End noDeal, int round, double t, int actions,
            List<ActionRecord> trace, List<String> names, long t0) {
        int m = profiles.size();
        boolean signed = true;
        for (Profile p : profiles) {
            if (p.utility(text) < p.reservationValue()) {
                signed = false;
            }
        }
        int[] agreement = signed ? text : null;
        double[] u = new double[m];
        double[] du = new double[m];
        for (int j = 0; j < m; j++) {
            Profile p = profiles.get(j);
            u[j] = signed ? p.utility(text) : p.reservationValue();
            du[j] = u[j] == 0 ? 0 : p.discount(u[j], t);
        }
        long nanos = clock.getAsLong() - t0;
        calls.farewell(agreement);
        return new SessionResult(agreement, signed ? SessionResult.End.AGREEMENT : noDeal, round, t, actions, u, du,
                null, -1, trace, names, nanos);
    }
}
