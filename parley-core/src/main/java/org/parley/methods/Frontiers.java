package org.parley.methods;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.parley.analysis.AdditiveParetoFrontier;
import org.parley.analysis.EnumeratingParetoFrontier;
import org.parley.analysis.ParetoFrontier;
import org.parley.domain.Domain;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.Profile;
import org.parley.preference.UtilityFunction;

/** The exact Pareto frontier of profiles on one domain, the way the analysis chooses it. */
final class Frontiers {

    private Frontiers() {
    }

    /** The shared domain; throws when the list is empty or the profiles' domains differ. */
    static Domain domain(List<Profile> profiles) {
        Checks.notNull("profiles", profiles);
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("at least one profile is needed");
        }
        Domain d = Checks.notNull("profile 0", profiles.get(0)).domain();
        for (Profile p : profiles) {
            if (!Checks.notNull("a profile", p).domain().equals(d)) {
                throw new IllegalArgumentException("profile '" + p.name() + "' is for domain '" + p.domain().name()
                        + "', not '" + d.name() + "'");
            }
        }
        return d;
    }

    /** The additive utilities, or null when some profile is not linear additive. */
    static List<AdditiveUtility> additive(List<Profile> profiles) {
        List<AdditiveUtility> out = new ArrayList<>();
        for (Profile p : profiles) {
            if (!(p.utility() instanceof AdditiveUtility a)) {
                return null;
            }
            out.add(a);
        }
        return out;
    }

    /**
     * Additive profiles: {@link AdditiveParetoFrontier} (no enumeration). Otherwise the space is enumerated
     * ({@link EnumeratingParetoFrontier}) when it has at most {@code maxEnumeration} outcomes.
     */
    static ParetoFrontier of(List<Profile> profiles, long maxEnumeration) {
        Domain d = domain(profiles);
        List<AdditiveUtility> additive = additive(profiles);
        if (additive != null) {
            return new AdditiveParetoFrontier(additive).compute();
        }
        BigInteger size = d.outcomeSpace().size();
        if (size.compareTo(BigInteger.valueOf(maxEnumeration)) > 0) {
            throw new IllegalArgumentException("non-additive profiles need the outcome space enumerated, and domain '"
                    + d.name() + "' has " + size + " outcomes, above the limit of " + maxEnumeration);
        }
        List<UtilityFunction> us = profiles.stream().map(Profile::utility).toList();
        return new EnumeratingParetoFrontier(us).compute();
    }
}
