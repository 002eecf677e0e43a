package org.parley.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.parley.agent.boa.BoaSpec;
import org.parley.mediation.Case;
import org.parley.mediation.CasePackage;
import org.parley.mediation.CaseSimulation;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.Deadline;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;

/**
 * {@code case simulate}: the case as a scenario (options within the red lines, reservation levels, each party's cost
 * of delay as its discount factor) negotiated by automated agents in one SAOP session. Documents:
 * {@link org.parley.app.json.CaseJson#simulate}, {@link org.parley.app.report.CaseMarkdown#simulate}.
 */
public final class CaseSimulateJob {

    /** The default deadline in rounds: the one default of every command, {@link Deadline#DEFAULT_ROUNDS}. */
    public static final int DEFAULT_ROUNDS = Deadline.DEFAULT_ROUNDS;

    /**
     * The agent every party gets when none is named: the time-dependent Boulware agent, which never offers or
     * accepts below its reservation value (unlike GENIUS's {@code boulware-party} and the BOA presets).
     */
    public static final String DEFAULT_AGENT = "boulware";

    /** {@link #DEFAULT_AGENT} once per party. */
    public static List<String> defaultAgents(int parties) {
        return Collections.nCopies(parties, DEFAULT_AGENT);
    }

    /**
     * A note when {@code spec} names a built-in agent known to ignore reservation values (GENIUS's behaviour): the
     * {@code *-party} agents, and BOA agents, whose offering goes down to the profile's minimum unless
     * {@code td(min=...)} sets a floor and whose time-based acceptance conditions accept below it; null otherwise.
     */
    public static String reservationNote(String party, String spec) {
        if (spec.equals("boulware-party") || spec.equals("conceder-party")) {
            return party + "'s agent " + spec + " ignores reservation values (as in GENIUS) and may accept a deal "
                    + "below " + party + "'s reservation level; " + spec.replace("-party", "") + " respects it";
        }
        if (BoaSpec.isBoaSpec(spec)) {
            return party + "'s agent " + spec + " is a BOA agent: its offering ignores reservation values unless "
                    + "td(min=...) gives a floor (as in GENIUS), so it may accept a deal below " + party
                    + "'s reservation level";
        }
        return null;
    }

    /**
     * One simulation to run.
     *
     * @param caseFile the case
     * @param agents            one agent spec per party, in party order
     * @param deadline          the deadline
     * @param callBudgetSeconds longest an agent may spend in one call, or null for the deadline's default
     *                          ({@link Deadline#defaultCallBudgetSeconds()})
     * @param seed              seed of every agent's randomness
     */
    public record Request(Case caseFile, List<String> agents, Deadline deadline, Double callBudgetSeconds,
            long seed) {

        public Request {
            Objects.requireNonNull(caseFile, "caseFile");
            Objects.requireNonNull(deadline, "deadline");
            agents = List.copyOf(agents);
            if (callBudgetSeconds != null && !(callBudgetSeconds > 0 && Double.isFinite(callBudgetSeconds))) {
                throw new IllegalArgumentException("the call budget must be a positive number of seconds, got "
                        + callBudgetSeconds);
            }
        }

        /** A request with a deadline of {@code rounds} rounds and the default call budget. */
        public Request(Case caseFile, List<String> agents, int rounds, long seed) {
            this(caseFile, agents, Deadline.rounds(rounds), null, seed);
        }
    }

    /**
     * The simulation that ran.
     *
     * @param caseFile   the case
     * @param agents     the agent specs, in party order
     * @param deadline   the deadline
     * @param seed       the seed
     * @param simulation the case translated to a scenario (discount factors, notes)
     * @param session    the session's result
     * @param deal       the agreement as a case package, or null
     * @param notes      the translation's notes, then one per agent that ignores reservation values
     */
    public record Result(Case caseFile, List<String> agents, Deadline deadline, long seed, CaseSimulation simulation,
            SessionResult session, CasePackage deal, List<String> notes) {

        public Result {
            agents = List.copyOf(agents);
            notes = List.copyOf(notes);
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
        SessionSpec.Builder spec = sessions.spec().profiles(sim.scenario().profiles()).agents(factories)
                .labels(request.agents()).deadline(request.deadline()).seed(request.seed());
        if (request.callBudgetSeconds() != null) {
            spec.callBudgetNanos((long) (request.callBudgetSeconds() * 1e9));
        }
        SessionResult r = sessions.runIsolated(spec.build());
        CasePackage deal = r.hasAgreement() ? sim.agreement(r.agreement()) : null;
        List<String> notes = new ArrayList<>(sim.notes());
        for (int j = 0; j < c.parties().size(); j++) {
            String note = reservationNote(c.parties().get(j).id(), request.agents().get(j));
            if (note != null) {
                notes.add(note);
            }
        }
        return new Result(c, request.agents(), request.deadline(), request.seed(), sim, r, deal, notes);
    }
}
