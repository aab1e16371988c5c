package org.capexlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The dashboard's figures: a real minus sign, two decimals below $10B, and no sign on what rounds to zero. */
class FigureFormatTest {
    private final FigureFormat us = new FigureFormat(Locale.US);

    @Test
    void moneyHasTwoDecimalsBelowTenBillionAndARealMinusSign() {
        assertEquals("$176.4B", us.money(176.42));
        assertEquals("$9.87B", us.money(9.871));
        assertEquals("\u2212$12.3B", us.money(-12.34));
        assertEquals("$1,234.5B", us.money(1234.5));
        assertEquals("1.234,5", new FigureFormat(Locale.GERMANY).money(1234.5).replaceAll("[$B]", ""));
        assertEquals("+$12.0B", us.moneyChange(12.0));
        assertEquals("\u2212$0.50B", us.moneyChange(-0.5));
    }

    @Test
    void aValueThatRoundsToZeroIsWrittenWithoutASign() {
        assertEquals("$0.00B", us.money(-0.004));
        assertEquals("$0.00B", us.money(-0.0));
        assertEquals("+$0.00B", us.moneyChange(-0.001));
        assertEquals("\u2212$0.01B", us.money(-0.006));
        assertEquals("0.0 pp", us.points(-0.04));
        assertEquals("\u22120.1 pp", us.points(-0.06));
    }
}
