package org.parley.mediation;

/**
 * A party to the talks, or a mediator.
 *
 * @param id       the short name used everywhere in the case (e.g. {@code ukraine})
 * @param name     the display name
 * @param mediator true for a mediator, who has no preferences and states no positions of its own
 */
public record Party(String id, String name, boolean mediator) {

    /** Validates the id. */
    public Party {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a party needs a non-blank id");
        }
        if (name == null || name.isBlank()) {
            name = id;
        }
    }
}
