package org.parley.formats.negmas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of a linear-additive NegMAS utility function's {@code values}: the function f_i scoring the values of
 * one issue, evaluated with NegMAS's formulas (no clamping, no normalisation).
 */
public sealed interface ValueFunction permits ValueFunction.Table, ValueFunction.Affine, ValueFunction.Linear,
        ValueFunction.Identity, ValueFunction.Const, ValueFunction.Quadratic, ValueFunction.Polynomial,
        ValueFunction.Exponential, ValueFunction.Log, ValueFunction.Sin, ValueFunction.Cos, ValueFunction.Triangular {

    /** The short type tag, e.g. {@code TableFun}. */
    String tag();

    /** f(x) for an issue value (String, Long or Double). */
    double apply(Object x);

    /** True when f reads x as a number (every kind but {@code TableFun} and {@code ConstFun}). */
    default boolean numeric() {
        return true;
    }

    /** True for the kinds that are affine in x: slope·x + intercept. */
    default boolean affine() {
        return false;
    }

    /** For affine kinds, the slope. */
    default double slope() {
        throw new UnsupportedOperationException(tag() + " is not affine");
    }

    /** For affine kinds, f(0). */
    default double intercept() {
        throw new UnsupportedOperationException(tag() + " is not affine");
    }

    private static void finite(String tag, String key, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(tag + " needs a finite '" + key + "', got " + PythonFloats.repr(v));
        }
    }

    /**
     * {@code TableFun}: an exact lookup; numbers match numerically (2 == 2.0), text matches text.
     *
     * @param mapping the entries in file order; keys are String, Long or Double
     */
    record Table(Map<Object, Double> mapping, Map<Object, Double> lookup) implements ValueFunction {
        public Table {
            Map<Object, Double> copy = new LinkedHashMap<>();
            Map<Object, Double> index = new HashMap<>();
            for (Map.Entry<Object, Double> e : mapping.entrySet()) {
                Object k = e.getKey();
                if (!(k instanceof String || k instanceof Long || k instanceof Double)) {
                    throw new IllegalArgumentException("a TableFun key must be text or a number, got " + k);
                }
                if (e.getValue() == null || Double.isNaN(e.getValue())) {
                    throw new IllegalArgumentException("TableFun maps " + Values.show(k) + " to no number");
                }
                if (index.put(Values.key(k), e.getValue()) != null) {
                    throw new IllegalArgumentException("TableFun maps " + Values.show(k) + " twice");
                }
                copy.put(k, e.getValue());
            }
            mapping = Collections.unmodifiableMap(copy);
            lookup = Map.copyOf(index);
        }

        public Table(Map<Object, Double> mapping) {
            this(mapping, Map.of());
        }

        @Override
        public String tag() {
            return "TableFun";
        }

        /** True when the table has an entry for {@code x}. */
        public boolean has(Object x) {
            return lookup.containsKey(Values.key(x));
        }

        @Override
        public double apply(Object x) {
            Double v = lookup.get(Values.key(x));
            if (v == null) {
                throw new IllegalArgumentException("TableFun has no entry for " + Values.show(x));
            }
            return v;
        }

        @Override
        public boolean numeric() {
            return false;
        }
    }

    /** {@code AffineFun}: slope·x + bias. */
    record Affine(double slope, double bias) implements ValueFunction {
        public Affine {
            finite("AffineFun", "slope", slope);
            finite("AffineFun", "bias", bias);
        }

        @Override
        public String tag() {
            return "AffineFun";
        }

        @Override
        public double apply(Object x) {
            return slope * Values.number(x) + bias;
        }

        @Override
        public boolean affine() {
            return true;
        }

        @Override
        public double intercept() {
            return bias;
        }
    }

    /** {@code LinearFun}: slope·x. */
    record Linear(double slope) implements ValueFunction {
        public Linear {
            finite("LinearFun", "slope", slope);
        }

        @Override
        public String tag() {
            return "LinearFun";
        }

        @Override
        public double apply(Object x) {
            return slope * Values.number(x);
        }

        @Override
        public boolean affine() {
            return true;
        }

        @Override
        public double intercept() {
            return 0;
        }
    }

    /** {@code IdentityFun}: x. */
    record Identity() implements ValueFunction {
        @Override
        public String tag() {
            return "IdentityFun";
        }

        @Override
        public double apply(Object x) {
            return Values.number(x);
        }

        @Override
        public boolean affine() {
            return true;
        }

        @Override
        public double slope() {
            return 1;
        }

        @Override
        public double intercept() {
            return 0;
        }
    }

    /** {@code ConstFun}: bias, whatever x. */
    record Const(double bias) implements ValueFunction {
        public Const {
            finite("ConstFun", "bias", bias);
        }

        @Override
        public String tag() {
            return "ConstFun";
        }

        @Override
        public double apply(Object x) {
            return bias;
        }

        @Override
        public boolean numeric() {
            return false;
        }

        @Override
        public boolean affine() {
            return true;
        }

        @Override
        public double slope() {
            return 0;
        }

        @Override
        public double intercept() {
            return bias;
        }
    }

    /** {@code QuadraticFun}: a2·x² + a1·x + bias. */
    record Quadratic(double a2, double a1, double bias) implements ValueFunction {
        public Quadratic {
            finite("QuadraticFun", "a2", a2);
            finite("QuadraticFun", "a1", a1);
            finite("QuadraticFun", "bias", bias);
        }

        @Override
        public String tag() {
            return "QuadraticFun";
        }

        @Override
        public double apply(Object x) {
            double v = Values.number(x);
            return a2 * v * v + a1 * v + bias;
        }
    }

    /** {@code PolynomialFun}: bias + Σ_k c_k·x^k, k from 1. */
    record Polynomial(List<Double> coefficients, double bias) implements ValueFunction {
        public Polynomial {
            coefficients = List.copyOf(new ArrayList<>(coefficients));
            for (double c : coefficients) {
                finite("PolynomialFun", "coefficients", c);
            }
            finite("PolynomialFun", "bias", bias);
        }

        @Override
        public String tag() {
            return "PolynomialFun";
        }

        @Override
        public double apply(Object x) {
            double v = Values.number(x);
            double s = bias;
            for (int k = 0; k < coefficients.size(); k++) {
                s += coefficients.get(k) * Math.pow(v, k + 1);
            }
            return s;
        }
    }

    /** {@code ExponentialFun}: base^(tau·x) + bias. */
    record Exponential(double tau, double bias, double base) implements ValueFunction {
        public Exponential {
            finite("ExponentialFun", "tau", tau);
            finite("ExponentialFun", "bias", bias);
            finite("ExponentialFun", "base", base);
        }

        @Override
        public String tag() {
            return "ExponentialFun";
        }

        @Override
        public double apply(Object x) {
            return Math.pow(base, tau * Values.number(x)) + bias;
        }
    }

    /** {@code LogFun}: scale·log_base(tau·x) + bias. */
    record Log(double tau, double bias, double base, double scale) implements ValueFunction {
        public Log {
            finite("LogFun", "tau", tau);
            finite("LogFun", "bias", bias);
            finite("LogFun", "base", base);
            finite("LogFun", "scale", scale);
        }

        @Override
        public String tag() {
            return "LogFun";
        }

        @Override
        public double apply(Object x) {
            return scale * (Math.log(tau * Values.number(x)) / Math.log(base)) + bias;
        }
    }

    /** {@code SinFun}: amplitude·sin(multiplier·x + phase) + bias. */
    record Sin(double amplitude, double multiplier, double phase, double bias) implements ValueFunction {
        public Sin {
            finite("SinFun", "amplitude", amplitude);
            finite("SinFun", "multiplier", multiplier);
            finite("SinFun", "phase", phase);
            finite("SinFun", "bias", bias);
        }

        @Override
        public String tag() {
            return "SinFun";
        }

        @Override
        public double apply(Object x) {
            return amplitude * Math.sin(multiplier * Values.number(x) + phase) + bias;
        }
    }

    /** {@code CosFun}: amplitude·cos(multiplier·x + phase) + bias. */
    record Cos(double amplitude, double multiplier, double phase, double bias) implements ValueFunction {
        public Cos {
            finite("CosFun", "amplitude", amplitude);
            finite("CosFun", "multiplier", multiplier);
            finite("CosFun", "phase", phase);
            finite("CosFun", "bias", bias);
        }

        @Override
        public String tag() {
            return "CosFun";
        }

        @Override
        public double apply(Object x) {
            return amplitude * Math.cos(multiplier * Values.number(x) + phase) + bias;
        }
    }

    /**
     * {@code TriangularFun} as NegMAS 0.12 and later compute it: bias outside (start, end), rising linearly to
     * bias + scale at middle, then falling back to bias at end. Only start &lt; middle &lt; end is accepted: with the
     * middle at an end the value there is ambiguous, and NegMAS before 0.12 used another formula altogether.
     */
    record Triangular(double start, double middle, double end, double bias, double scale) implements ValueFunction {
        public Triangular {
            finite("TriangularFun", "start", start);
            finite("TriangularFun", "middle", middle);
            finite("TriangularFun", "end", end);
            finite("TriangularFun", "bias", bias);
            finite("TriangularFun", "scale", scale);
            if (!(start < middle && middle < end)) {
                throw new IllegalArgumentException("TriangularFun needs start < middle < end, got start="
                        + PythonFloats.repr(start) + ", middle=" + PythonFloats.repr(middle) + ", end="
                        + PythonFloats.repr(end));
            }
        }

        @Override
        public String tag() {
            return "TriangularFun";
        }

        @Override
        public double apply(Object x) {
            double v = Values.number(x);
            if (v <= start || v >= end) {
                return bias;
            }
            if (v <= middle) {
                return bias + scale * ((v - start) / (middle - start));
            }
            return bias + scale * ((end - v) / (end - middle));
        }
    }
}
