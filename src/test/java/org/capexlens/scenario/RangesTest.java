package org.capexlens.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RangesTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            -0.9,  true
            5,     true
            0.1,   true
            -0.91, false
            5.01,  false
            NaN,   false
            """)
    void growthAllowsMinusNinetyPercentToFiveHundredPercent(double value, boolean inside) {
        assertEquals(inside, Ranges.CAPEX_GROWTH.contains(value));
        assertEquals(inside, Ranges.REVENUE_GROWTH.contains(value));
    }

    @Test
    void messagesNameTheFieldTheRangeAndTheValue() {
        assertEquals("capex_growth must be between -0.9 and 5, was 7.0",
                assertThrows(IllegalArgumentException.class, () -> Ranges.CAPEX_GROWTH.require(7)).getMessage());
        assertEquals("gpu_share_of_data_center_cost must be in (0, 1], was 0.0",
                assertThrows(IllegalArgumentException.class, () -> Ranges.GPU_SHARE.require(0)).getMessage());
        assertEquals("end_user_gross_margin must be in [0, 1), was 1.0",
                assertThrows(IllegalArgumentException.class,
                        () -> Ranges.END_USER_GROSS_MARGIN.require(1)).getMessage());
        assertEquals("life_years must be > 0, was -1.0",
                assertThrows(IllegalArgumentException.class, () -> Ranges.LIFE_YEARS.require(-1)).getMessage());
        assertEquals("in_service_lag_years must be 0-5, was 6",
                assertThrows(IllegalArgumentException.class,
                        () -> Ranges.IN_SERVICE_LAG.requireWhole(6)).getMessage());
    }

    @Test
    void anInfiniteLifeIsRefusedAlthoughTheRangeHasNoUpperBound() {
        assertThrows(IllegalArgumentException.class, () -> Ranges.LIFE_YEARS.require(Double.POSITIVE_INFINITY));
        assertEquals(5.5, Ranges.LIFE_YEARS.require(5.5));
    }

    @Test
    void clampKeepsAValueInsideTheClosedRange() {
        assertEquals(-0.9, Ranges.CAPEX_GROWTH.clamp(-2));
        assertEquals(5, Ranges.CAPEX_GROWTH.clamp(9));
        assertEquals(0.3, Ranges.SHORT_LIVED_SHARE.clamp(0.3));
    }

    @Test
    void openBoundsExcludeTheirEnd() {
        assertFalse(Ranges.SUSTAINABLE_CAPEX_INTENSITY.contains(0));
        assertTrue(Ranges.SUSTAINABLE_CAPEX_INTENSITY.contains(1));
        assertTrue(Ranges.BREAK_EVEN_TARGET_MARGIN.contains(-1));
        assertFalse(Ranges.BREAK_EVEN_TARGET_MARGIN.contains(1));
    }
}
