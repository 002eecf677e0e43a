package org.parley.formats.tournament;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.parley.formats.Scenarios;
import org.parley.preference.Scenario;

/** Loads a tournament's scenarios, each once, named as the tournament names them. */
public final class TournamentScenarios {

    private TournamentScenarios() {
    }

    /** Loads every source; errors name the file (a {@link org.parley.formats.FormatException}) or the scenario. */
    public static List<Scenario> load(List<ScenarioSource> sources) {
        List<Scenario> out = new ArrayList<>();
        for (ScenarioSource src : sources) {
            Scenario s = Scenarios.load(src.files());
            out.add(new Scenario(src.name(), s.domain(), s.profiles()));
        }
        return out;
    }

    /** SHA-256 of the files' bytes, in order, as hex: identifies a scenario's content for resuming. */
    public static String sha256(List<Path> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f)) {
                    for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                        md.update(buf, 0, n);
                    }
                }
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
