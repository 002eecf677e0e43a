package org.parley.formats.genius;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.domain.Domain;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/**
 * Reads and writes GENIUS XML scenarios (domain files and preference profiles), as described in
 * {@code genius-semantics.md} §1–3.
 *
 * <p><b>Reading.</b> Files are parsed by {@link SafeXml} (no DTDs, no external entities, size/depth/count limits).
 * Every problem is a one-line {@link org.parley.formats.FormatException} naming the file, line:column and what is
 * wrong. Kinds of file that parley does not support are refused with a message containing "not supported":
 * {@code constraint} utility spaces (Railway), issues of the old {@code price} type, and non-linear profiles other
 * than a single sum of hyper-rectangles.
 *
 * <p><b>Issue identity.</b> In GENIUS files an issue is identified by its {@code index} attribute, not by its name or
 * position. {@link #readGeniusDomain} returns a domain together with the indices of its issues, and a profile is read
 * against such a {@link GeniusDomain}; for a domain that did not come from a GENIUS file,
 * {@link GeniusDomain#withDefaultIndices} gives the issue at position p the index p+1, as {@link #writeDomain} writes
 * it. Nothing is remembered between calls.
 *
 * <p><b>Sources.</b> Every reader takes a file, or a source name with bytes or an {@link InputStream} (for uploads;
 * the stream is read up to {@link SafeXml#MAX_FILE_BYTES} and not closed). The source name appears in error
 * messages and gives default names (its last segment less {@code .xml}); a file is named by its path as given, so
 * the same content read either way gives the same result and the same errors.
 *
 * <p><b>Writing.</b> The writers produce XML GENIUS can read: a root objective with index 0, issues with indices
 * 1..n in order, {@code type}/{@code vtype}/{@code etype} attributes, weights, {@code discount_factor} and
 * {@code reservation}; non-linear profiles in the ANAC 2014 form. Reading the output back gives the same issues
 * (names, value labels, order), the same reservation value and discount factor, and the same utility for every
 * outcome: bit-identical, except where a weight had to be rescaled (below), where it agrees within 1e-12.
 * What GENIUS cannot express directly is converted:
 * <ul>
 *   <li>a {@code DiscreteEvaluator} without max-normalisation (GeniusWeb) is written with its evaluations unchanged
 *       and the issue weight multiplied by the largest evaluation ({@code w·x = (w·max)·(x/max)}); weight 0 when
 *       that maximum is 0;</li>
 *   <li>a real issue not split into 20 intervals, and any numeric issue whose evaluator GENIUS cannot pair with
 *       its type (e.g. a GeniusWeb {@code NumberLinearEvaluator}), becomes a discrete issue whose values are the
 *       original value labels, scored by a table of the evaluator's values with the weight scaling above. Only
 *       {@link #writeScenario} performs the evaluator-driven conversion, because it must change the domain and
 *       every profile together; {@link #writeProfile} refuses such a profile;</li>
 *   <li>a GeniusWeb reservation bid is written as the reservation value (its utility).</li>
 * </ul>
 * Negative evaluations cannot be written (GENIUS requires evaluations ≥ 0).
 */
public final class GeniusXml {

    private GeniusXml() {
    }

    /**
     * Reads a GENIUS domain file: root {@code negotiation_template} ({@code <agent>} children ignored) holding one
     * {@code utility_space} with an {@code objective} tree. Objectives may nest; the leaf {@code issue} elements are
     * the issues, in depth-first document order. The issue type is taken from {@code type}, else {@code vtype},
     * else {@code etype}, and is discrete when none is given:
     * <ul>
     *   <li>discrete: {@code item} children; a value's identity is its {@code value} attribute, exactly as written
     *       (an item repeated verbatim, with the same index and value as in ANAC 2012 FlightBooking, counts once);</li>
     *   <li>integer: {@code lowerbound}/{@code upperbound} attributes on the issue, or (web_service quirk) on a
     *       {@code <range>} child;</li>
     *   <li>real: a {@code <range lowerbound upperbound>} child, enumerated at 21 points as GENIUS does.</li>
     * </ul>
     * The domain's name is the file name without {@code .xml}.
     *
     * @throws org.parley.formats.FormatException for unreadable or invalid files: issues without values, unknown
     *         types, duplicate issue indices or values, bad numbers, reversed bounds, more than
     *         {@link org.parley.domain.Issue#MAX_VALUES} values
     */
    public static Domain readDomain(Path file) {
        return readGeniusDomain(file).domain();
    }

    /** Like {@link #readDomain(Path)}, from bytes (not kept) named {@code source}. */
    public static Domain readDomain(String source, byte[] bytes) {
        return readGeniusDomain(source, bytes).domain();
    }

    /** Like {@link #readDomain(Path)}, from a stream named {@code source}. */
    public static Domain readDomain(String source, InputStream in) {
        return readGeniusDomain(source, in).domain();
    }

    /** Like {@link #readDomain(Path)}, also returning the GENIUS index of every issue. */
    public static GeniusDomain readGeniusDomain(Path file) {
        return GeniusDomainReader.read(file.toString(), SafeXml.parse(file));
    }

    /** Like {@link #readGeniusDomain(Path)}, from bytes (not kept) named {@code source}. */
    public static GeniusDomain readGeniusDomain(String source, byte[] bytes) {
        return GeniusDomainReader.read(source, SafeXml.parse(source, bytes));
    }

    /** Like {@link #readGeniusDomain(Path)}, from a stream named {@code source}. */
    public static GeniusDomain readGeniusDomain(String source, InputStream in) {
        return GeniusDomainReader.read(source, SafeXml.parse(source, in));
    }

    /**
     * Reads a GENIUS preference profile: root {@code utility_space} whose {@code type} is absent or
     * {@code linear} (additive), {@code uncertain} (read as its underlying additive utility; the ranking settings
     * are ignored) or {@code nonlinear} (a {@link org.parley.preference.HyperRectangleUtility}). {@code constraint}
     * spaces (Railway) are refused.
     *
     * <p>Each profile {@code issue} is matched to the domain issue with the same {@code index} (names may differ).
     * Additive profiles must cover every domain issue:
     * <ul>
     *   <li>discrete: {@code item value evaluation}, scored {@code x / max x} (GENIUS); values the profile does not
     *       evaluate, and items without an {@code evaluation} or with {@code "null"}, score 0; an item repeated with
     *       the same index overrides the earlier one (AMPOvsCity); a value the domain lacks, or a negative or
     *       non-finite evaluation, is an error;</li>
     *   <li>integer: {@code <evaluator ftype="linear" slope offset>}; quirk of the web_service profiles:
     *       {@code parameter1} is read as the slope and {@code parameter0} (default 0) as the offset when there is no
     *       {@code slope}; the evaluator counts from the domain's lower bound, so a profile stating another lower
     *       bound is refused unless the slope is 0;</li>
     *   <li>real: {@code ftype="linear"} with {@code parameter0} (default 0) and {@code parameter1},
     *       {@code constant} with {@code parameter0}, or {@code triangular} with {@code parameter0} = lower,
     *       {@code parameter1} = upper, {@code parameter2} = top.</li>
     * </ul>
     * {@code similarity_function}, {@code criteria_function}, {@code cost} and {@code description} are ignored.
     * Weights come from {@code <weight index value>} elements and are used exactly as read; every issue needs
     * one, and they must be finite and ≥ 0. Weights of objective nodes are ignored. {@code <discount_factor value>}
     * (also {@code <discount_factor><value>d</value></discount_factor>}) gives the discount, with values ≤ 0 or
     * > 1, and values that are not numbers, meaning 1 (no discount); {@code <reservation value>} the reservation
     * value (default 0). The profile's name is the file name without {@code .xml}.
     *
     * <p>Non-linear profiles: {@code utility[maxutility]/ufun[type=PlainUfun, aggregation=sum]/hyperRectangle[utility,
     * weight=1]} with {@code INCLUDES} (inclusive) or {@code EXCLUDES} (exclusive) children {@code index min max};
     * {@code U = min(1, Σ utility·weight / maxutility)} over the rectangles that pay. Nested ufuns are summed when
     * their aggregation is sum and their weight 1; anything else is refused.
     *
     * @param domain the domain with the GENIUS indices of its issues ({@link #readGeniusDomain}, or
     *               {@link GeniusDomain#withDefaultIndices} for a domain from elsewhere)
     */
    public static Profile readProfile(Path file, GeniusDomain domain) {
        return GeniusProfileReader.read(file.toString(), SafeXml.parse(file), domain);
    }

    /** Like {@link #readProfile(Path, GeniusDomain)}, from bytes (not kept) named {@code source}. */
    public static Profile readProfile(String source, byte[] bytes, GeniusDomain domain) {
        return GeniusProfileReader.read(source, SafeXml.parse(source, bytes), domain);
    }

    /** Like {@link #readProfile(Path, GeniusDomain)}, from a stream named {@code source}. */
    public static Profile readProfile(String source, InputStream in, GeniusDomain domain) {
        return GeniusProfileReader.read(source, SafeXml.parse(source, in), domain);
    }

    /**
     * Reads a profile whose domain file is not available, using the domain implied by the profile itself: GENIUS
     * profiles repeat every issue with its values and bounds. The domain is named after the profile file. The ANAC
     * journal_learning profiles, whose domain files GENIUS does not ship, are read this way.
     */
    public static Profile readProfileWithImpliedDomain(Path file) {
        return GeniusProfileReader.readWithImpliedDomain(file.toString(), SafeXml.parse(file));
    }

    /** Like {@link #readProfileWithImpliedDomain(Path)}, from bytes (not kept) named {@code source}. */
    public static Profile readProfileWithImpliedDomain(String source, byte[] bytes) {
        return GeniusProfileReader.readWithImpliedDomain(source, SafeXml.parse(source, bytes));
    }

    /** Like {@link #readProfileWithImpliedDomain(Path)}, from a stream named {@code source}. */
    public static Profile readProfileWithImpliedDomain(String source, InputStream in) {
        return GeniusProfileReader.readWithImpliedDomain(source, SafeXml.parse(source, in));
    }

    /** Reads a domain file and the given profiles for it, named after the domain. */
    public static Scenario readScenario(Path domainFile, List<Path> profileFiles) {
        GeniusDomain gd = readGeniusDomain(domainFile);
        List<Profile> profiles = new ArrayList<>();
        for (Path f : profileFiles) {
            profiles.add(readProfile(f, gd));
        }
        return new Scenario(gd.domain().name(), gd.domain(), profiles);
    }

    /**
     * Writes {@code domain} as a GENIUS domain file. A real issue not split into 20 intervals is written as a
     * discrete issue with the same value labels.
     */
    public static void writeDomain(Domain domain, Path file) {
        write(file, GeniusXmlWriter.domainXml(domain, GeniusXmlWriter.domainPlan(domain)));
    }

    /**
     * Writes {@code profile} as a GENIUS profile matching {@link #writeDomain}'s output for its domain.
     *
     * @throws IllegalArgumentException when an evaluator cannot be expressed for its issue's type (use
     *         {@link #writeScenario}), or an evaluation is negative
     */
    public static void writeProfile(Profile profile, Path file) {
        boolean[] plan = GeniusXmlWriter.domainPlan(profile.domain());
        for (int p = 0; p < plan.length; p++) {
            String why = plan[p] ? null : GeniusXmlWriter.inexpressible(profile.utility(), p);
            if (why != null) {
                throw new IllegalArgumentException("cannot write profile '" + profile.name() + "' on its own: " + why
                        + "; writeScenario converts such issues to discrete ones in the domain and all profiles");
            }
        }
        write(file, GeniusXmlWriter.profileXml(profile, plan));
    }

    /**
     * Writes a scenario into {@code dir} (created if needed): {@code <domain name>.xml} and one
     * {@code <profile name>.xml} per profile, with file names reduced to letters, digits, space, {@code . _ -}
     * and made distinct. Issues GENIUS cannot express are converted as described in the class comment.
     *
     * @return the files written
     */
    public static GeniusScenarioFiles writeScenario(Scenario scenario, Path dir) {
        Domain d = scenario.domain();
        boolean[] plan = GeniusXmlWriter.domainPlan(d);
        for (Profile profile : scenario.profiles()) {
            for (int p = 0; p < plan.length; p++) {
                plan[p] |= GeniusXmlWriter.inexpressible(profile.utility(), p) != null;
            }
        }
        String domainXml = GeniusXmlWriter.domainXml(d, plan);
        List<String> profileXml = new ArrayList<>();
        for (Profile profile : scenario.profiles()) {
            profileXml.add(GeniusXmlWriter.profileXml(profile, plan));
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        Set<String> taken = new HashSet<>();
        Path domainFile = dir.resolve(uniqueStem(d.name(), "domain", taken) + ".xml");
        write(domainFile, domainXml);
        List<Path> profileFiles = new ArrayList<>();
        for (int i = 0; i < profileXml.size(); i++) {
            Path f = dir.resolve(uniqueStem(scenario.profiles().get(i).name(), "profile-" + (i + 1), taken) + ".xml");
            write(f, profileXml.get(i));
            profileFiles.add(f);
        }
        return new GeniusScenarioFiles(domainFile, profileFiles);
    }

    /** A safe file-name stem for {@code name}, distinct (ignoring case) from those in {@code taken}. */
    static String uniqueStem(String name, String fallback, Set<String> taken) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().forEach(c -> sb.appendCodePoint(
                Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '_' || c == '-' ? c : '_'));
        String stem = sb.toString().trim();
        while (stem.startsWith(".")) {
            stem = stem.substring(1);
        }
        if (stem.length() > 100) {
            stem = stem.substring(0, 100).trim();
        }
        if (stem.isEmpty()) {
            stem = fallback;
        }
        if (stem.toUpperCase(Locale.ROOT).matches("(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?")) {
            stem = "_" + stem;
        }
        String candidate = stem;
        for (int k = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); k++) {
            candidate = stem + "-" + k;
        }
        return candidate;
    }

    private static void write(Path file, String xml) {
        try {
            Files.writeString(file, xml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
