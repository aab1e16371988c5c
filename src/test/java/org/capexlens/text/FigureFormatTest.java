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

    @Test
    void plainNumbersHaveNoTrailingZeroAndNoLocale() {
        assertEquals("5", FigureFormat.plain(5.0));
        assertEquals("5.5", FigureFormat.plain(5.5));
        assertEquals("0.25", FigureFormat.plain(0.25));
        assertEquals("-3", FigureFormat.plain(-3.0));
    }

    @Test
    void panelsAndChartsWriteTheSameFigureEachInItsOwnStyle() {
        // The two styles of the family differ on purpose (see FigureFormat's class comment); this pins the
        // difference so that a change to either is a decision, not an accident.
        assertEquals("\u2212$1.20B", us.money(-1.2));
        assertEquals("-$1.2B", ChartFormats.moneyB(Locale.US).format(-1.2));
        assertEquals("$2.00B", us.money(2.0));
        assertEquals("$2B", ChartFormats.moneyB(Locale.US).format(2.0));
        assertEquals(FigureFormat.unknown(), us.money(null));
        assertEquals(FigureFormat.unknown(), ChartFormats.money(null, Locale.US));
        assertEquals("\u2014", FigureFormat.unknown());
    }
}
