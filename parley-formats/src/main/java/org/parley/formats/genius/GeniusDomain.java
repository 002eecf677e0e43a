package org.parley.formats.genius;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.domain.Domain;

/**
 * A domain read from a GENIUS file together with the GENIUS {@code index} of each issue. The index, not the name or
 * the position, is an issue's identity in GENIUS files: profiles, weights and hyper-rectangles refer to issues by
 * it, and it need not be 1..n (files often number the root objective 1 and the issues 2..n+1).
 */
public final class GeniusDomain {

    private final Domain domain;
    private final List<Integer> issueIndices;
    private final Map<Integer, Integer> positions;

    /**
     * @param domain       the domain
     * @param issueIndices the GENIUS index of the issue at each position, all distinct
     */
    public GeniusDomain(Domain domain, List<Integer> issueIndices) {
        this.domain = domain;
        this.issueIndices = List.copyOf(issueIndices);
        if (this.issueIndices.size() != domain.issueCount()) {
            throw new IllegalArgumentException("domain '" + domain.name() + "' has " + domain.issueCount()
                    + " issues but " + this.issueIndices.size() + " GENIUS indices were given");
        }
        Map<Integer, Integer> map = new HashMap<>();
        for (int p = 0; p < this.issueIndices.size(); p++) {
            if (map.putIfAbsent(this.issueIndices.get(p), p) != null) {
                throw new IllegalArgumentException("GENIUS issue index " + this.issueIndices.get(p) + " is used twice");
            }
        }
        this.positions = Map.copyOf(map);
    }

    /** The domain with the indices {@link GeniusXml#writeDomain} uses: 1..n in issue order. */
    public static GeniusDomain withDefaultIndices(Domain domain) {
        Integer[] idx = new Integer[domain.issueCount()];
        for (int p = 0; p < idx.length; p++) {
            idx[p] = p + 1;
        }
        return new GeniusDomain(domain, List.of(idx));
    }

    /** The domain. */
    public Domain domain() {
        return domain;
    }

    /** The GENIUS index of each issue, by position. */
    public List<Integer> issueIndices() {
        return issueIndices;
    }

    /** The position of the issue with GENIUS index {@code index}, or -1. */
    public int position(int index) {
        Integer p = positions.get(index);
        return p == null ? -1 : p;
    }

    /** The GENIUS index of the issue at {@code position}. */
    public int index(int position) {
        return issueIndices.get(position);
    }

    @Override
    public String toString() {
        return "GeniusDomain[" + domain.name() + ", indices " + issueIndices + "]";
    }
}
