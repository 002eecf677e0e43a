package org.parley.preference;

import java.util.List;
import org.parley.domain.Domain;

/** A domain and the profiles of the parties negotiating over it, in party order. */
public record Scenario(String name, Domain domain, List<Profile> profiles) {

    public Scenario {
        if (name == null) {
            name = domain.name();
        }
        org.parley.util.Names.requireNoControl(name, "scenario");
        profiles = List.copyOf(profiles);
        for (Profile p : profiles) {
            if (!p.domain().equals(domain)) {
                throw new IllegalArgumentException("profile '" + p.name() + "' belongs to domain '"
                        + p.domain().name() + "', not to '" + domain.name() + "'");
            }
        }
    }
}
