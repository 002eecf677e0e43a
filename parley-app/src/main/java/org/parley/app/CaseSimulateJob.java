package org.parley.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.parley.mediation.Case;
import org.parley.mediation.CasePackage;
import org.parley.mediation.CaseSimulation;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.Deadline;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;

/**
 * {@code case simulate}: the case as a scenario (options within the red lines, reservation levels, each party's cost
 * of delay as its discount factor) negotiated by automated agents in one SAOP session. Documents:
 * {@link org.parley.app.json.CaseJson#simulate}, {@link org.parley.app.report.CaseMarkdown#simulate}.
 */
public final class CaseSimulateJob {

    /** The default deadline in rounds. */
    public static final int DEFAULT_ROUNDS = 100;

    /**
     * One simulation to run.
     *
     * @param caseFile the case
     * @param agents   one agent spec per party, in party order
     * @param rounds   the deadline in rounds
     * @param seed     seed of every agent's randomness
     */
    public record Request(Case caseFile, List<String> agents, int rounds, long seed) {

        public Request {
            Objects.requireNonNull(caseFile, "caseFile");
            agents = List.copyOf(agents);
        }
    }

    /**
     * The simulation that ran.
     *
     * @param caseFile   the case
     * @param agents     the agent specs, in party order
     * @param rounds     the deadline in rounds
     * @param seed       the seed
     * @param simulation the case translated to a scenario (discount factors, notes)
     * @param session    the session's result
     * @param deal       the agreement as a case package, or null
     */
    public record Result(Case caseFile, List<String> agents, int rounds, long seed, CaseSimulation simulation,
            SessionResult session, CasePackage deal) {

        public Result {
            agents = List.copyOf(agents);
        }
    }

    private final Function<String, AgentFactory> agents;
    private final SessionFactory sessions;

    /** A job that finds agents by spec with {@code agents} (e.g. {@code registry::factory}). */
    public CaseSimulateJob(Function<String, AgentFactory> agents) {
        this(agents, SessionFactory.standard());
    }

    /** A job whose session is built by {@code sessions} (its protocol and clock). */
    public CaseSimulateJob(Function<String, AgentFactory> agents, SessionFactory sessions) {
        this.agents = Objects.requireNonNull(agents, "agents");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    /** Runs the simulation. */
    public Result run(Request request) {
        Case c = request.caseFile();
        if (request.agents().size() != c.parties().size()) {
            throw new IllegalArgumentException(request.agents().size() + " agents given for " + c.parties().size()
                    + " parties; give one agent per party, in party order");
        }
        List<AgentFactory> factories = new ArrayList<>();
        for (String a : request.agents()) {
            factories.add(agents.apply(a));
        }
        CaseSimulation sim = CaseSimulation.of(c);
        SessionResult r = sessions.runIsolated(sessions.spec().profiles(sim.scenario().profiles()).agents(factories)
                .labels(request.agents()).deadline(Deadline.rounds(request.rounds())).seed(request.seed()).build());
        CasePackage deal = r.hasAgreement() ? sim.agreement(r.agreement()) : null;
        return new Result(c, request.agents(), request.rounds(), request.seed(), sim, r, deal);
    }
}
