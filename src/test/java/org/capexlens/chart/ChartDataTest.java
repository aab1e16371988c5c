package org.capexlens.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChartDataTest {

    @Test
    void categoryChartCopiesAsOneRowPerCategoryWithAHeader() {
        String tsv = ChartData.toTsv(Charts.build(ChartId.INFRA_VS_APPS, SampleChartInputs.create(),
                ChartTheme.LIGHT));
        assertEquals("Calendar year\tInfrastructure\tAI applications\n"
                + "2023\t30.5\t2.9\n"
                + "2024\t105.6\t7.4\n"
                + "2025\t180.1\t33\n", tsv);
    }

    @Test
    void xyChartCopiesSeriesSideBySideOnTheirXValues() {
        String tsv = ChartData.toTsv(Charts.build(ChartId.RATIO, SampleChartInputs.create(), ChartTheme.LIGHT));
        String[] lines = tsv.split("\n");
        assertEquals("Calendar year\tRatio in the year\tCumulative ratio", lines[0]);
        // 2024: 105.6 / 7.4 = 14.270270..., cumulative (30.5 + 105.6) / (2.9 + 7.4) = 13.213592...
        assertEquals("2024\t14.27027\t13.213592", lines[2]);
        assertEquals(4, lines.length);
    }

    @Test
    void heatmapCopiesAsLongFormatTriples() {
        String tsv = ChartData.toTsv(Charts.build(ChartId.SENSITIVITY_HEATMAP, SampleChartInputs.create(),
                ChartTheme.LIGHT));
        assertTrue(tsv.startsWith("Useful life (years)\tShort-lived share\tvalue\n2\t0.3\t0.265\n"), tsv);
        assertEquals(26, tsv.split("\n").length);
    }
}
