package org.parley.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Groups named points whose markers would cover each other, so that a chart draws each group once and labels it
 * with every name: points closer than a tolerance in both coordinates (a marker's width in data units) join the
 * group of the first point they are that close to, in the given order.
 */
final class MarkerGroups {

    /** A named point in data coordinates. */
    record Named(String name, double x, double y) {

        Named {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * Points drawn as one marker, at the first member's position.
     *
     * @param members the points, the first one in the order given to {@link #group}
     */
    record Group(List<Named> members) {

        Group {
            members = List.copyOf(members);
            if (members.isEmpty()) {
                throw new IllegalArgumentException("a marker group needs at least one point");
            }
        }

        double x() {
            return members.get(0).x();
        }

        double y() {
            return members.get(0).y();
        }

        /**
         * The legend label: {@code "Nash = Kalai-Smorodinsky (0.721, 0.670)"} when the members show the same
         * coordinates at three decimals, else each member with its own: {@code "Nash (0.500, 0.500) ≈ KS (0.505,
         * 0.498)"}. No-break spaces inside a name and between coordinates keep each name and each pair of
         * coordinates on one line when the label is wrapped.
         */
        String label() {
            String first = coordinates(members.get(0));
            boolean same = members.stream().allMatch(m -> coordinates(m).equals(first));
            List<String> parts = new ArrayList<>();
            for (Named m : members) {
                String name = m.name().replace(' ', '\u00a0');
                parts.add(same ? name : name + "\u00a0" + coordinates(m));
            }
            return same ? String.join(" = ", parts) + " " + first : String.join(" ≈ ", parts);
        }

        private static String coordinates(Named p) {
            return String.format(Locale.ROOT, "(%.3f,\u00a0%.3f)", p.x(), p.y());
        }
    }

    private MarkerGroups() {
    }

    /** The groups of {@code points} (in order of their first member) at {@code tolerance} in data units. */
    static List<Group> group(List<Named> points, double tolerance) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("the tolerance must be ≥ 0, got " + tolerance);
        }
        List<List<Named>> groups = new ArrayList<>();
        for (Named p : points) {
            List<Named> home = null;
            for (List<Named> g : groups) {
                Named first = g.get(0);
                if (Math.abs(first.x() - p.x()) <= tolerance && Math.abs(first.y() - p.y()) <= tolerance) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(p);
        }
        return groups.stream().map(Group::new).toList();
    }
}
