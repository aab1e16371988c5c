package org.capexlens.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Chart labels: money in $B with the locale's separators, and no minus sign on a value that rounds to zero. */
class FormatsTest {

    @Test
    void moneyLabelsRoundToOneDecimalWithTheLocalesSeparators() {
        assertEquals("$1,234.5B", Formats.moneyB(Locale.US).format(1234.54));
        assertEquals("-$0.7B", Formats.moneyB(Locale.US).format(-0.7));
        assertEquals("$1.234,5B", Formats.moneyB(Locale.GERMANY).format(1234.54));
        assertEquals("$2B", Formats.moneyB(Locale.US).format(2.0));
    }

    @Test
    void aNegativeValueThatRoundsToZeroHasNoMinusSign() {
        assertEquals("$0B", Formats.moneyB(Locale.US).format(-0.004));
        assertEquals("$0B", Formats.moneyB(Locale.US).format(-0.04));
        assertEquals("-$0.1B", Formats.moneyB(Locale.US).format(-0.06));
        assertEquals("$0B", Formats.moneyAxis(Locale.US).format(-0.004));
        assertEquals("-$0.01B", Formats.moneyAxis(Locale.US).format(-0.006));
        assertEquals("0.0%", Formats.percent(Locale.US).format(-0.0004));
        assertEquals("-0.1%", Formats.percent(Locale.US).format(-0.0006));
        assertEquals("0.0\u00D7", Formats.times(Locale.US).format(-0.04));
        assertEquals("$0B", Formats.moneyB(Locale.US).format(-0.0));
    }
}
