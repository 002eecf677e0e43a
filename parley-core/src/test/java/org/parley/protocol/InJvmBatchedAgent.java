package org.parley.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link BatchedAgent} for tests, in the JVM: wraps a plain agent, and answers its requests only when its batch's
 * {@link Channel} receives, as an agent process answers a batch; completing a call before that is an error. With
 * {@code canWait} false it declines to wait, as an agent process speaking protocol 1 does.
 */
public final class InJvmBatchedAgent implements BatchedAgent {

    /** The requests of a batch's in-JVM agents: sent, then answered all together. */
    public static final class Channel implements AgentBatch.Channel {
        private final List<InJvmBatchedAgent> queued = new ArrayList<>();
        private final List<InJvmBatchedAgent> sent = new ArrayList<>();
        /** How often the batch was completed with something to answer. */
        public int rounds;
        public boolean closed;

        @Override
        public void send() {
            sent.addAll(queued);
            queued.clear();
        }

        @Override
        public void receive() {
            if (!sent.isEmpty()) {
                rounds++;
            }
            List<InJvmBatchedAgent> now = new ArrayList<>(sent);
            sent.clear();
            for (InJvmBatchedAgent a : now) {
                a.answer();
            }
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final Agent inner;
    private final boolean canWait;
    private Channel channel;
    private AgentSettings pendingInit;
    private double pendingTime;
    private int pendingRound;
    private Deadline deadline;
    private boolean pendingAct;
    private boolean answered;
    private Action action;
    private RuntimeException failure;
    /** Requests made through the batch. */
    public int requests;
    public boolean closed;

    public InJvmBatchedAgent(Agent inner, boolean canWait) {
        this.inner = inner;
        this.canWait = canWait;
    }

    /** A factory of in-JVM batched agents around {@code inner}'s agents. */
    public static AgentFactory factory(AgentFactory inner, boolean canWait) {
        return new AgentFactory() {
            @Override
            public Agent create() {
                return new InJvmBatchedAgent(inner.create(), canWait);
            }

            @Override
            public boolean batched() {
                return true;
            }
        };
    }

    @Override
    public void callBudget(long nanos) {
    }

    @Override
    public void init(AgentSettings settings) {
        inner.init(settings);
    }

    @Override
    public boolean requestInit(AgentSettings settings, AgentBatch batch) {
        deadline = settings.deadline();
        if (!canWait) {
            inner.init(settings);
            return false;
        }
        channel = batch.channel(Channel.class, Channel::new);
        pendingInit = settings;
        queue();
        return true;
    }

    private void queue() {
        requests++;
        answered = false;
        failure = null;
        channel.queued.add(this);
    }

    private void answer() {
        try {
            if (pendingInit != null) {
                AgentSettings s = pendingInit;
                pendingInit = null;
                inner.init(s);
            } else if (pendingAct) {
                pendingAct = false;
                action = inner.chooseAction(fixed(pendingTime, pendingRound, deadline));
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        answered = true;
    }

    private void completed() {
        if (!answered) {
            throw new IllegalStateException("a call was completed before its batch");
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void completeInit() {
        completed();
    }

    @Override
    public void requestAction(Timeline timeline) {
        pendingTime = timeline.time();
        pendingRound = timeline.round();
        pendingAct = true;
        queue();
    }

    @Override
    public Action completeAction() {
        completed();
        return action;
    }

    @Override
    public void receive(Action a, Timeline timeline) {
        inner.receive(a, timeline);
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        return inner.chooseAction(timeline);
    }

    @Override
    public void negotiationEnded(int[] agreement) {
        inner.negotiationEnded(agreement);
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String name() {
        return inner.name();
    }

    private static Timeline fixed(double t, int round, Deadline deadline) {
        return new Timeline() {
            @Override
            public double time() {
                return t;
            }

            @Override
            public int round() {
                return round;
            }

            @Override
            public Deadline deadline() {
                return deadline;
            }
        };
    }
}
