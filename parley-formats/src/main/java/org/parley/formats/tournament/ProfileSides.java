package org.parley.formats.tournament;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.preference.Scenario;
import org.parley.tournament.TournamentSettings;

/**
 * Warns when a tournament would seat two profiles of the same side against each other: the name rule found more
 * profiles next to a domain than a session has parties (ANAC 2010's ItexvsCypress ships Itex, Itex50, Cypress and
 * Cypress100), and {@code roles: all} plays every ordered choice of them, so Cypress meets Cypress100. Which profiles
 * are the sides is not in the files; the tournament file says it with
 * {@code {domain: ..., sides: [[...], [...]]}} (docs/tournament.md).
 */
public final class ProfileSides {

    private ProfileSides() {
    }

    /** One warning per such scenario (sources and loaded scenarios in the same order). */
    public static List<String> warnings(List<ScenarioSource> sources, List<Scenario> scenarios,
            TournamentSettings settings) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sources.size() && i < scenarios.size(); i++) {
            ScenarioSource src = sources.get(i);
            int profiles = scenarios.get(i).profiles().size();
            if (!src.found() || profiles <= settings.parties()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (Path p : src.files().subList(1, src.files().size())) {
                names.add(p.getFileName().toString());
            }
            String how = settings.roles() == TournamentSettings.Roles.ALL
                    ? "roles: all seats every ordered choice of " + settings.parties() + " of them, so two profiles of "
                        + "the same side may meet"
                    : "roles: fixed seats the first " + settings.parties() + " (" + String.join(", ",
                        names.subList(0, settings.parties())) + "), which may be of the same side";
            out.add(String.format(Locale.ROOT, "scenario %s: %d profiles found next to %s (%s) for %d parties; %s. "
                    + "Say which profiles are the sides with {domain: %s, sides: [[...], [...]]} in the tournament file",
                    src.name(), profiles, src.files().get(0).getFileName(), String.join(", ", names),
                    settings.parties(), how, src.files().get(0)));
        }
        return out;
    }
}
