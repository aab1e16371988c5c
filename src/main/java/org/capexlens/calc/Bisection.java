package org.capexlens.calc;

import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

/**
 * A root of a continuous function on a closed interval by bisection: the goal seek of a claim (issue 10). Small and
 * dependency-free on purpose (the project has no numerics library); bisection needs only a sign change at the ends,
 * is guaranteed to converge, and 60 halvings reach the precision of a {@code double} on any range used here.
 */
public final class Bisection {
    /** Halvings at most; 2^-60 of the range is far below any tolerance asked for. */
    static final int MAX_ITERATIONS = 60;

    private Bisection() {
    }

    /**
     * An {@code x} in {@code [lo, hi]} with {@code f(x) = 0}, to within {@code tolerance}.
     *
     * @param f          continuous on the interval; a {@code NaN} value at an end counts as no solution.
     * @param lo         lower end.
     * @param hi         upper end, {@code > lo}.
     * @param tolerance  width of the final bracket, {@code > 0}.
     * @return the midpoint of the final bracket; empty when {@code f} has the same (non-zero) sign at both ends, so
     *         that no root is bracketed ("no solution in range"), or is not a number at an end.
     * @throws IllegalArgumentException  if {@code lo >= hi} or {@code tolerance <= 0}.
     */
    public static OptionalDouble solve(DoubleUnaryOperator f, double lo, double hi, double tolerance) {
        if (!(lo < hi)) {
            throw new IllegalArgumentException("lo must be below hi, were " + lo + " and " + hi);
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance must be > 0, was " + tolerance);
        }
        double fLo = f.applyAsDouble(lo);
        double fHi = f.applyAsDouble(hi);
        if (Double.isNaN(fLo) || Double.isNaN(fHi)) {
            return OptionalDouble.empty();
        }
        if (fLo == 0) {
            return OptionalDouble.of(lo);
        }
        if (fHi == 0) {
            return OptionalDouble.of(hi);
        }
        if (Math.signum(fLo) == Math.signum(fHi)) {
            return OptionalDouble.empty();
        }
        double a = lo;
        double b = hi;
        for (int i = 0; i < MAX_ITERATIONS && b - a > tolerance; i++) {
            double mid = (a + b) / 2;
            double fMid = f.applyAsDouble(mid);
            if (Double.isNaN(fMid)) {
                return OptionalDouble.empty();
            }
            if (fMid == 0) {
                return OptionalDouble.of(mid);
            }
            if (Math.signum(fMid) == Math.signum(fLo)) {
                a = mid;
                fLo = fMid;
            } else {
                b = mid;
            }
        }
        return OptionalDouble.of((a + b) / 2);
    }
}
