package org.parley.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.util.Names;

/** An issue whose values are named options, e.g. {@code Bean ∈ {Arabica, Robusta, Blend}}. */
public record DiscreteIssue(String name, List<String> values, Map<String, Integer> positions) implements Issue {

    public DiscreteIssue {
        Issue.requireName(name);
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("discrete issue '" + name + "' has no values");
        }
        if (values.size() > MAX_VALUES) {
            throw new IllegalArgumentException("discrete issue '" + name + "' has " + values.size()
                    + " values; the limit is " + MAX_VALUES);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v == null) {
                throw new IllegalArgumentException("discrete issue '" + name + "' has a null value");
            }
            Names.requireNoControl(v, "value %s of issue '" + name + "'");
            if (index.putIfAbsent(v, i) != null) {
                throw new IllegalArgumentException("discrete issue '" + name + "' lists value '" + v + "' twice");
            }
        }
        positions = Map.copyOf(index);
    }

    public DiscreteIssue(String name, List<String> values) {
        this(name, values, Map.of());
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public String label(int index) {
        checkIndex(index);
        return values.get(index);
    }

    @Override
    public double numericValue(int index) {
        throw new UnsupportedOperationException("discrete issue '" + name + "' has no numeric values");
    }

    @Override
    public int indexOf(String label) {
        Integer i = positions.get(label);
        return i == null ? -1 : i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiscreteIssue d && d.name.equals(name) && d.values.equals(values);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + values.hashCode();
    }

    @Override
    public String toString() {
        return "DiscreteIssue[" + name + ", " + values + "]";
    }
}
