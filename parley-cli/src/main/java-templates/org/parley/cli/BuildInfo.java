package org.parley.cli;

/**
 * What the build recorded: parley's version and the git commit it was built from. Maven filters this file
 * ({@code src/main/java-templates}, see the module's POM) into the generated sources, so {@code --version} reads two
 * constants instead of opening the jar for a resource (reading the 24 MB jar's directory cost more CPU than the
 * rest of the command). The commit comes from the buildnumber-maven-plugin and is "unknown" outside a git
 * checkout; a placeholder left unreplaced (built without Maven) is reported as not recorded.
 */
final class BuildInfo {

    /** The version, e.g. 0.1.0-SNAPSHOT. */
    static final String VERSION = "${project.version}";

    /** The commit, or "unknown". */
    static final String COMMIT = "${buildNumber}";

    private BuildInfo() {
    }
}
