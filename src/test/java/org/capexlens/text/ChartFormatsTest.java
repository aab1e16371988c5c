package org.capexlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Chart labels: money in $B with the locale's separators, and no minus sign on a value that rounds to zero. */
class ChartFormatsTest {

    @Test
    void moneyLabelsRoundToOneDecimalWithTheLocalesSeparators() {
        assertEquals("$1,234.5B", ChartFormats.moneyB(Locale.US).format(1234.54));
        assertEquals("-$0.7B", ChartFormats.moneyB(Locale.US).format(-0.7));
        assertEquals("$1.234,5B", ChartFormats.moneyB(Locale.GERMANY).format(1234.54));
        assertEquals("$2B", ChartFormats.moneyB(Locale.US).format(2.0));
    }

    @Test
    void aNegativeValueThatRoundsToZeroHasNoMinusSign() {
        assertEquals("$0B", ChartFormats.moneyB(Locale.US).format(-0.004));
        assertEquals("$0B", ChartFormats.moneyB(Locale.US).format(-0.04));
        assertEquals("-$0.1B", ChartFormats.moneyB(Locale.US).format(-0.06));
        assertEquals("$0B", ChartFormats.moneyAxis(Locale.US).format(-0.004));
        assertEquals("-$0.01B", ChartFormats.moneyAxis(Locale.US).format(-0.006));
        assertEquals("0.0%", ChartFormats.percent(Locale.US).format(-0.0004));
        assertEquals("-0.1%", ChartFormats.percent(Locale.US).format(-0.0006));
        assertEquals("0.0\u00D7", ChartFormats.times(Locale.US).format(-0.04));
        assertEquals("$0B", ChartFormats.moneyB(Locale.US).format(-0.0));
    }
}
