package org.parley.formats.tournament;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.parley.formats.Scenarios;
import org.parley.formats.negmas.NegmasFolder;
import org.parley.preference.Scenario;

/** Loads a tournament's scenarios, each once, named as the tournament names them. */
public final class TournamentScenarios {

    private TournamentScenarios() {
    }

    /** Loads every source; errors name the file (a {@link org.parley.formats.FormatException}) or the scenario. */
    public static List<Scenario> load(List<ScenarioSource> sources) {
        return load(sources, note -> { });
    }

    /** Loads every source; what a reader notes (e.g. about a NegMAS folder) goes to {@code notes}, one sentence each. */
    public static List<Scenario> load(List<ScenarioSource> sources, Consumer<String> notes) {
        List<Scenario> out = new ArrayList<>();
        for (ScenarioSource src : sources) {
            Scenario s = Scenarios.load(src.files(), note -> notes.accept(src.name() + ": " + note));
            out.add(new Scenario(src.name(), s.domain(), s.profiles()));
        }
        return out;
    }

    /**
     * SHA-256 of the files' bytes, in order, as hex: identifies a scenario's content for resuming. A folder (a NegMAS
     * scenario) counts as the names and bytes of its {@code .yml}/{@code .yaml} files, sorted by name.
     */
    public static String sha256(List<Path> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (Path f : files) {
                if (Files.isDirectory(f)) {
                    for (Path p : NegmasFolder.yamlFiles(f)) {
                        md.update(p.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                        md.update((byte) 0);
                        digest(md, p, buf);
                        md.update((byte) 0);
                    }
                } else {
                    digest(md, f, buf);
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

    private static void digest(MessageDigest md, Path f, byte[] buf) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
        }
    }
}
