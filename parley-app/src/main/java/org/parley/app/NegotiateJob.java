package org.parley.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.analysis.OutcomeSpaceTooLargeException;
import org.parley.analysis.ParetoFrontier;
import org.parley.measures.BehaviourAnalysis;
import org.parley.measures.OpponentModelProbe;
import org.parley.measures.SessionMeasures;
import org.parley.measures.TrueUtilities;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.Deadline;
import org.parley.protocol.Protocols;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;

/**
 * {@code negotiate}: one Stacked Alternating Offers session between automated agents, one per party in party order
 * (party 1 opens), built by a {@link SessionFactory} and isolated on its own thread so that an agent that never
 * returns is given up after its call budget. A failure of parley's own code fails the job with an
 * {@link org.parley.protocol.InternalFault}; an agent's failure is in the result.
 * Documents: {@link org.parley.app.json.NegotiationJson}, {@link org.parley.app.report.NegotiationReport} (text and
 * GENIUS CSV), {@link org.parley.app.report.NegotiationTrace}, {@link org.parley.app.report.NegotiationPlot}.
 */
public final class NegotiateJob {

    /**
     * One negotiation to run.
     *
     * @param scenario          domain and at least two profiles
     * @param agents            one agent spec per profile, in party order (names or BOA specs, see docs/agents.md)
     * @param deadline          rounds or seconds
     * @param seed              seed of every agent's randomness: same seed, same result
     * @param callBudgetSeconds longest an agent may spend in one call, or null for the default
     *                          ({@link Deadline#defaultCallBudgetSeconds()}: 10 s for round deadlines, the deadline
     *                          for time deadlines)
     * @param keepTrace         whether to keep every action (for traces and plots)
     */
    public record Request(Scenario scenario, List<String> agents, Deadline deadline, long seed,
            Double callBudgetSeconds, boolean keepTrace) {

        public Request {
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(deadline, "deadline");
            agents = List.copyOf(agents);
        }
    }

    /**
     * The negotiation that ran.
     *
     * @param scenario the scenario
     * @param deadline its deadline
     * @param session  agreement, utilities, round, time, actions, error, trace
     * @param protocol the protocol as a spec ({@code saop}, {@code snt(rule=veto,mediator=search)}, see
     *                 {@link Protocols})
     * @param measures behaviour and opponent-model measures (docs/measures.md), or null when not measured
     */
    public record Result(Scenario scenario, Deadline deadline, SessionResult session, String protocol,
            SessionMeasures measures) {

        public Result {
            Objects.requireNonNull(protocol, "protocol");
        }

        /** A result without measures. */
        public Result(Scenario scenario, Deadline deadline, SessionResult session, String protocol) {
            this(scenario, deadline, session, protocol, null);
        }

        /** A result of the default protocol, SAOP, without measures. */
        public Result(Scenario scenario, Deadline deadline, SessionResult session) {
            this(scenario, deadline, session, "saop", null);
        }

        /** The exact Pareto frontier of the scenario's profiles (computed on each call). */
        public ParetoFrontier frontier() {
            return OutcomeSpaceAnalysis.frontier(scenario.profiles(), OutcomeSpaceAnalysis.DEFAULT_MAX_ENUMERATION);
        }
    }

    private final Function<String, AgentFactory> agents;
    private final SessionFactory sessions;

    /** A job that finds agents by spec with {@code agents} (e.g. {@code registry::factory}). */
    public NegotiateJob(Function<String, AgentFactory> agents) {
        this(agents, SessionFactory.standard());
    }

    /** A job whose session is built by {@code sessions} (its protocol and clock). */
    public NegotiateJob(Function<String, AgentFactory> agents, SessionFactory sessions) {
        this.agents = Objects.requireNonNull(agents, "agents");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    /** Refuses a scenario with fewer than two profiles. */
    public static void checkScenario(Scenario scenario) {
        int n = scenario.profiles().size();
        if (n < 2) {
            throw new IllegalArgumentException("a negotiation needs at least two profiles; got " + n);
        }
    }

    /** The factories of {@code specs}, in order; throws an {@link IllegalArgumentException} for an unknown agent. */
    public List<AgentFactory> factories(List<String> specs) {
        List<AgentFactory> out = new ArrayList<>();
        for (String s : specs) {
            out.add(agents.apply(s));
        }
        return out;
    }

    /** Runs the negotiation (bad requests are refused before any agent is created). */
    public Result run(Request request) {
        Scenario scenario = request.scenario();
        checkScenario(scenario);
        List<Profile> profiles = scenario.profiles();
        if (request.agents().size() != profiles.size()) {
            throw new IllegalArgumentException(request.agents().size() + " agents given for " + profiles.size()
                    + " parties; give one agent per party, in party order");
        }
        Double budget = request.callBudgetSeconds();
        if (budget != null && !(budget > 0)) {
            throw new IllegalArgumentException("the call budget must be positive, got " + budget + " seconds");
        }
        List<AgentFactory> factories = factories(request.agents());
        OpponentModelProbe probe = new OpponentModelProbe(() -> new TrueUtilities(profiles));
        // the measures need the trace; it is handed out only when the request asked for it
        SessionSpec.Builder b = sessions.spec().profiles(profiles).agents(probe.wrap(factories))
                .labels(request.agents()).deadline(request.deadline()).seed(request.seed()).keepTrace(true);
        if (budget != null) {
            b.callBudgetNanos((long) (budget * 1e9));
        }
        SessionResult r = sessions.runIsolated(b.build());
        SessionMeasures measures = new SessionMeasures(BehaviourAnalysis.of(r.trace(), profiles,
                frontierOrNull(profiles)), probe.tracks());
        if (!request.keepTrace()) {
            r = new SessionResult(r.agreement(), r.endedBy(), r.round(), r.time(), r.actions(), r.utilities(),
                    r.discountedUtilities(), r.error(), r.errorParty(), List.of(), r.agentNames(), r.nanos());
        }
        return new Result(scenario, request.deadline(), r, Protocols.spec(sessions.protocol()), measures);
    }

    /** The exact frontier, or null when the space is too large to analyse (the distances are then undefined). */
    private static ParetoFrontier frontierOrNull(List<Profile> profiles) {
        try {
            return OutcomeSpaceAnalysis.frontier(profiles, OutcomeSpaceAnalysis.DEFAULT_MAX_ENUMERATION);
        } catch (OutcomeSpaceTooLargeException e) {
            return null;
        }
    }
}
