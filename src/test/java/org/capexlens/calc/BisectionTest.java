package org.capexlens.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class BisectionTest {
    @Test
    void findsTheSquareRootOfTwo() {
        OptionalDouble x = Bisection.solve(v -> v * v - 2, 0, 2, 1e-9);
        assertEquals(Math.sqrt(2), x.getAsDouble(), 1e-9);
    }

    @Test
    void findsARootOfADecreasingFunction() {
        // 100 / L − 10 = 15 at L = 4: the shape of ΔD against a life.
        assertEquals(4.0, Bisection.solve(l -> 100 / l - 25, 1, 10, 1e-9).getAsDouble(), 1e-8);
    }

    @Test
    void reportsNoSolutionWhenTheRangeDoesNotBracketARoot() {
        assertTrue(Bisection.solve(v -> v * v + 1, -3, 3, 1e-6).isEmpty());
        assertTrue(Bisection.solve(v -> 100 / v - 5, 1, 10, 1e-6).isEmpty(), "root at 20, outside 1..10");
    }

    @Test
    void aNotANumberAtAnEndIsNoSolution() {
        assertTrue(Bisection.solve(v -> v < 0.5 ? Double.NaN : v - 1, 0, 2, 1e-6).isEmpty());
    }

    @Test
    void anInfiniteEndStillBracketsARoot() {
        assertEquals(3.0, Bisection.solve(v -> v < 1 ? Double.POSITIVE_INFINITY : 3 - v, 0, 10, 1e-9)
                .getAsDouble(), 1e-8);
    }

    @Test
    void anExactRootAtAnEndIsReturned() {
        assertEquals(2.0, Bisection.solve(v -> v - 2, 2, 5, 1e-6).getAsDouble());
    }

    @Test
    void refusesAnEmptyRangeOrTolerance() {
        assertThrows(IllegalArgumentException.class, () -> Bisection.solve(v -> v, 1, 1, 1e-6));
        assertThrows(IllegalArgumentException.class, () -> Bisection.solve(v -> v, 0, 1, 0));
    }
}
