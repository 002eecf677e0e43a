package org.parley.agent.boa;

/**
 * OM strategy NullStrategy: a random candidate, ignoring the model (which still updates). A baseline for measuring
 * what a model adds. Spec: {@code null}.
 */
public final class NullStrategy implements OmStrategy {

    private BoaContext context;

    @Override
    public void init(BoaContext ctx) {
        this.context = ctx;
    }

    @Override
    public int choose(Candidates candidates, OpponentModel model) {
        return context.random().nextInt(candidates.size());
    }

    @Override
    public String toString() {
        return "null";
    }
}
