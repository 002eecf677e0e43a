package org.parley.app;

import org.parley.mediation.Case;
import org.parley.mediation.CasePackages;

/**
 * {@code case propose}: mediator packages with each party's utility and why (Nash, Kalai-Smorodinsky, egalitarian,
 * max welfare, logrolling, Adjusted Winner, improvements over the partial agreement) and what it would take to open
 * an agreement zone. Documents: {@link org.parley.app.json.CaseJson#propose},
 * {@link org.parley.app.report.CaseMarkdown#propose}, {@link org.parley.app.report.CaseHtml#propose}.
 */
public final class CaseProposeJob {

    private CaseProposeJob() {
    }

    /** The proposal for {@code c}. */
    public static CasePackages.Proposal run(Case c) {
        return CasePackages.propose(c);
    }
}
