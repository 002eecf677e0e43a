package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/parley's first run: it says what it builds, how long that takes, and shows Maven's progress as one line per
 * module and a dot per download; a failed build shows Maven's errors and keeps the whole log. The launcher runs in a
 * copy of the repository layout with a stand-in {@code mvn} on the PATH that prints what Maven prints (batch mode) and
 * then copies the real jar (or fails), so no real build runs.
 */
class LauncherIT {

    private static final Path REPO = Paths.get(System.getProperty("parley.scenarios", "../scenarios")).toAbsolutePath()
            .normalize().getParent();

    private record Run(int exit, String out, String err) {
    }

    /** A stand-in mvn: Maven's reactor lines and downloads, then {@code then}. */
    private static Path fakeMaven(Path dir, String then) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("fake-bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, String.join("\n", "#!/usr/bin/env bash",
                "echo '[INFO] Scanning for projects...'",
                "echo '[INFO] Building parley-parent 0.1.0-SNAPSHOT                                  [1/5]'",
                "echo 'Downloaded from central: https://repo.maven.apache.org/a.jar (1 kB at 2 kB/s)'",
                "echo 'Downloaded from central: https://repo.maven.apache.org/b.jar (1 kB at 2 kB/s)'",
                "echo '[INFO] Building parley-core 0.1.0-SNAPSHOT                                    [2/5]'",
                "echo '[INFO] Building parley-cli 0.1.0-SNAPSHOT                                     [5/5]'",
                then, ""));
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    /** A repository layout with bin/parley and an empty parley-cli/target (no jar yet). */
    private static Path layout(Path dir) throws IOException {
        Path root = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("parley-cli/target"));
        Path launcher = root.resolve("bin/parley");
        Files.copy(REPO.resolve("bin/parley"), launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        return root;
    }

    private static Run run(Path root, Path fakeBin, Path tmp, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(root.resolve("bin/parley").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
        pb.environment().put("PATH", fakeBin + ":" + System.getenv("PATH"));
        pb.environment().put("PARLEY_CDS", "0");
        pb.environment().put("TMPDIR", tmp.toString());
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "bin/parley ended");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void theFirstRunSaysWhatItBuildsAndShowsEachModuleAndEachDownload(@TempDir Path dir) throws Exception {
        Path jar = REPO.resolve("parley-cli/target/parley.jar");
        assertTrue(Files.isRegularFile(jar), "the IT runs after package: " + jar);
        Path root = layout(dir);
        Path fake = fakeMaven(dir, "cp '" + jar + "' parley-cli/target/parley.jar");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Run r = run(root, fake, tmp, "--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("parley "), r.out());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(0).startsWith("parley: building the command-line jar with Maven (first run): five "
                + "modules, about a minute"), r.err());
        assertTrue(lines.contains("parley:   downloading libraries .."), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.matches("parley:   \\[1/5\\] parley-parent \\(\\d+s\\)")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.matches("parley:   \\[2/5\\] parley-core \\(\\d+s\\)")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.matches("parley:   \\[5/5\\] parley-cli \\(\\d+s\\)")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.matches("parley: built in \\d+ s")), r.err());
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(f -> f.getFileName().toString().startsWith("parley-build")).toList(),
                    "the log of a good build is removed");
        }
    }

    @Test
    void theJarsManifestRecordsTheVersionAndTheCommitThatVersionPrints() throws Exception {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(REPO.resolve("parley-cli/target/parley.jar")
                .toFile())) {
            java.util.jar.Attributes a = jar.getManifest().getMainAttributes();
            String version = a.getValue("Implementation-Version");
            String commit = a.getValue("Git-Commit");
            assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), version);
            assertTrue(commit.matches("[0-9a-f]{7,40}|unknown"), commit);
            // the jar's own --version, so that the manifest and the classes come from the same build
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    REPO.resolve("parley-cli/target/parley.jar").toString(), "--version").redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), out);
            assertEquals("parley " + version + " (git commit " + commit + ")\n", out);
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aFailedBuildShowsMavensErrorsAndKeepsTheWholeLog(@TempDir Path dir) throws Exception {
        Path root = layout(dir);
        Path fake = fakeMaven(dir, "echo '[ERROR] /x/Foo.java:[3,5] cannot find symbol'; exit 1");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Run r = run(root, fake, tmp, "--version");
        assertEquals(1, r.exit(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("parley: build failed after "), r.err());
        assertTrue(r.err().contains("\n[ERROR] /x/Foo.java:[3,5] cannot find symbol\n"), r.err());
        String logLine = r.err().lines().filter(l -> l.startsWith("parley: Maven's whole output: ")).findFirst()
                .orElseThrow();
        Path log = Path.of(logLine.substring("parley: Maven's whole output: ".length()));
        assertTrue(Files.readString(log).contains("[INFO] Building parley-core 0.1.0-SNAPSHOT"), logLine);
    }
}
