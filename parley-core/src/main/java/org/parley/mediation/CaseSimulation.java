package org.parley.mediation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/**
 * {@code case simulate}: the case as a scenario the negotiation engine runs. The domain holds the options no red
 * line refuses (banked agreements fixed); an issue on which red lines leave nothing stays unresolved at the status
 * quo, and the report says so. Each party's reservation value is its reservation level and its discount factor is its cost of
 * delay over the horizon, {@code d = δ^N} (so a session's normalised time 0..1 spans N periods).
 *
 * @param scenario  the scenario, profiles in party order
 * @param space     the options used
 * @param deltas    per-period discount factors
 * @param discounts GENIUS discount factors {@code δ^N}
 * @param notes     what the translation changed, e.g. red lines ignored on a deadlocked issue
 */
public record CaseSimulation(Scenario scenario, OptionSpace space, double[] deltas, double[] discounts,
        List<String> notes) {

    /** Translates {@code c}. */
    public static CaseSimulation of(Case c) {
        OptionSpace space = OptionSpace.zoneOrStatusQuo(c);
        int m = c.parties().size();
        double[] deltas = new double[m];
        double[] discounts = new double[m];
        List<String> notes = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            deltas[j] = c.preferences().get(j).costOfDelay().delta();
            discounts[j] = org.parley.methods.CostOfDelay.sessionDiscount(deltas[j], c.horizon());
            notes.add(String.format(Locale.ROOT, "%s: δ = %.6f per %s, d = δ^%d = %.6f", c.parties().get(j).id(),
                    deltas[j], c.period().key(), c.horizon(), discounts[j]));
        }
        if (!space.unresolved().isEmpty()) {
            notes.add("red lines leave no option on " + CaseComparison.join(space.unresolved())
                    + ": left unresolved at the status quo");
        }
        List<Profile> profiles = space.profiles(OptionSpace.reservations(c), discounts);
        return new CaseSimulation(new Scenario(c.id(), space.domain(), profiles), space, deltas, discounts, notes);
    }

    /** The agreement (an outcome of the scenario's domain) as a case package. */
    public CasePackage agreement(int[] outcome) {
        return CasePackage.of(space.caseFile(), "agreement", space.toCase(outcome), "reached by the agents",
                OptionSpace.reservations(space.caseFile()));
    }
}
