package org.parley.formats.genius;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parley.formats.FormatException;
import org.parley.preference.Profile;

/**
 * Loads every GENIUS XML file under a folder tree (such as {@code scenarios/anac}): domains by root element {@code negotiation_template},
 * profiles by {@code utility_space}. A profile is read against the domain files of its own folder, best file-name
 * prefix match first; folders without a domain file (journal_learning__*, whose domains are not shipped) are read
 * with the domain the profile implies.
 */
public final class GeniusCorpus {

    /** A domain file and the profiles that loaded against it. */
    public record Loaded(Path domainFile, GeniusDomain domain, List<Path> profileFiles, List<Profile> profiles) {
    }

    /** The outcome of loading the whole corpus. */
    public record Result(int files, int domains, int profiles, Map<Path, String> refused, Map<Path, String> failed,
            List<Loaded> scenarios, List<Profile> impliedDomainProfiles, Map<Path, Path> notBestMatch, long nanos) {
    }

    private GeniusCorpus() {
    }

    /**
     * Loads every {@code .xml} file under {@code dir}. Files refused as unsupported kinds (their message says "not
     * supported") are listed in {@code refused}, any other failure in {@code failed}; {@code nanos} is the time
     * spent parsing.
     */
    public static Result load(Path dir) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".xml") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long t0 = System.nanoTime();
        Map<Path, GeniusDomain> domains = new LinkedHashMap<>();
        List<Path> profileFiles = new ArrayList<>();
        Map<Path, String> refused = new LinkedHashMap<>();
        Map<Path, String> failed = new LinkedHashMap<>();
        int domainCount = 0;
        for (Path f : files) {
            String root = rootName(f);
            if (root.equals("negotiation_template")) {
                domainCount++;
                try {
                    domains.put(f, GeniusXml.readGeniusDomain(f));
                } catch (FormatException e) {
                    (isRefusal(e) ? refused : failed).put(f, e.getMessage());
                }
            } else {
                profileFiles.add(f);
            }
        }
        Map<Path, Loaded> byDomain = new LinkedHashMap<>();
        Map<Path, Path> notBest = new LinkedHashMap<>();
        List<Profile> implied = new ArrayList<>();
        for (Path f : profileFiles) {
            List<Path> candidates = new ArrayList<>();
            for (Path d : domains.keySet()) {
                if (d.getParent().equals(f.getParent())) {
                    candidates.add(d);
                }
            }
            String name = f.getFileName().toString();
            candidates.sort(Comparator.comparingInt((Path d) -> -commonPrefix(name, d.getFileName().toString()))
                    .thenComparing(Path::toString));
            FormatException first = null;
            boolean ok = false;
            if (candidates.isEmpty() && !hasDomainFile(f.getParent(), files)) {
                try {
                    implied.add(GeniusXml.readProfileWithImpliedDomain(f));
                    ok = true;
                } catch (FormatException e) {
                    first = e;
                }
            }
            for (Path d : candidates) {
                try {
                    Profile p = GeniusXml.readProfile(f, domains.get(d));
                    Loaded l = byDomain.computeIfAbsent(d,
                            k -> new Loaded(k, domains.get(k), new ArrayList<>(), new ArrayList<>()));
                    l.profileFiles().add(f);
                    l.profiles().add(p);
                    if (d != candidates.get(0)) {
                        notBest.put(f, d);
                    }
                    ok = true;
                    break;
                } catch (FormatException e) {
                    if (first == null) {
                        first = e;
                    }
                }
            }
            if (!ok) {
                String msg = first == null ? "no domain could be tried" : first.getMessage();
                (first != null && isRefusal(first) ? refused : failed).put(f, msg);
            }
        }
        long nanos = System.nanoTime() - t0;
        for (Path d : domains.keySet()) {
            byDomain.computeIfAbsent(d, k -> new Loaded(k, domains.get(k), new ArrayList<>(), new ArrayList<>()));
        }
        return new Result(files.size(), domainCount, profileFiles.size(), refused, failed,
                new ArrayList<>(byDomain.values()), implied, notBest, nanos);
    }

    public static boolean isRefusal(FormatException e) {
        return e.problem() != null && e.problem().contains("not supported");
    }

    private static boolean hasDomainFile(Path folder, List<Path> files) {
        for (Path f : files) {
            if (f.getParent().equals(folder) && rootName(f).equals("negotiation_template")) {
                return true;
            }
        }
        return false;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** The name of the first element, sniffed from the file's start. */
    public static String rootName(Path f) {
        byte[] head;
        try (InputStream in = Files.newInputStream(f)) {
            head = in.readNBytes(4096);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String s = new String(head, StandardCharsets.ISO_8859_1);
        int i = 0;
        while ((i = s.indexOf('<', i)) >= 0) {
            if (i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
                int j = i + 1;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
                return s.substring(i + 1, j);
            }
            i++;
        }
        return "";
    }
}
