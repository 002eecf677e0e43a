package org.parley.protocol.snt;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.parley.domain.Domain;
import org.parley.protocol.Protocol;
import org.parley.protocol.Session;
import org.parley.protocol.SessionSpec;

/**
 * The single negotiating text ({@link SingleTextSession}) with a voting rule and a mediator strategy. Written in
 * protocol specs as {@code snt} (veto rule, searching mediator) or {@code snt(rule=majority,mediator=random)}.
 *
 * @param rule     when a proposal replaces the text
 * @param mediator the mediator strategy: {@code search} ({@link VoteSearchMediator}) or {@code random}
 *                 ({@link RandomNeighbourMediator})
 */
public record SingleTextProtocol(VotingRule rule, String mediator) implements Protocol {

    /** The protocol's name, as agents learn it. */
    public static final String NAME = "SNT";

    /** The veto rule with the searching mediator. */
    public static final SingleTextProtocol DEFAULT = new SingleTextProtocol(VotingRule.VETO, VoteSearchMediator.NAME);

    public SingleTextProtocol {
        if (rule == null) {
            throw new IllegalArgumentException("a single-text protocol needs a voting rule (veto or majority)");
        }
        if (!VoteSearchMediator.NAME.equals(mediator) && !RandomNeighbourMediator.NAME.equals(mediator)) {
            throw new IllegalArgumentException("unknown mediator '" + mediator + "'; use " + VoteSearchMediator.NAME
                    + " (searches with the votes) or " + RandomNeighbourMediator.NAME + " (random single-issue changes)");
        }
    }

    /**
     * The protocol of a spec's options: {@code rule=veto|majority} and {@code mediator=search|random}, comma
     * separated (both optional).
     *
     * @throws IllegalArgumentException naming the bad option and the choices
     */
    public static SingleTextProtocol parseOptions(String options) {
        Map<String, String> given = new LinkedHashMap<>();
        if (!options.isBlank()) {
            for (String part : options.split(",")) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("protocol option '" + part.trim()
                            + "' must be key=value (rule=veto|majority, mediator=search|random)");
                }
                String key = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                if (!key.equals("rule") && !key.equals("mediator")) {
                    throw new IllegalArgumentException("unknown option '" + key
                            + "' of protocol snt; it takes rule=veto|majority and mediator=search|random");
                }
                if (given.put(key, part.substring(eq + 1).trim()) != null) {
                    throw new IllegalArgumentException("protocol option '" + key + "' is given twice");
                }
            }
        }
        return new SingleTextProtocol(VotingRule.parse(given.getOrDefault("rule", "veto")),
                given.getOrDefault("mediator", VoteSearchMediator.NAME).toLowerCase(Locale.ROOT));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Session session(SessionSpec spec) {
        return new SingleTextSession(spec, this);
    }

    /** A fresh mediator of this protocol's strategy for a session on {@code domain}. */
    Mediator newMediator(Domain domain, long seed) {
        return mediator.equals(RandomNeighbourMediator.NAME) ? new RandomNeighbourMediator(domain, seed)
                : new VoteSearchMediator(domain, seed);
    }

    /** The spec that gives this protocol back, e.g. {@code snt(rule=veto,mediator=search)}. */
    @Override
    public String toString() {
        return "snt(rule=" + rule.label() + ",mediator=" + mediator + ")";
    }
}
