package org.capexlens.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.capexlens.text.ChartFormats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every number in a chart follows the chart inputs' locale ({@code render --locale}, the dashboard's locale), not
 * the machine's: a German chart drawn on an English machine writes 5,5 wherever it writes $2,9B.
 */
class ChartLocaleTest {
    private Locale machine;

    @BeforeEach
    void englishMachine() {
        machine = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, machine);
    }

    private static ChartInputs german() {
        ChartInputs in = SampleChartInputs.create();
        return new ChartInputs(in.dataset(), in.result(), in.marginCurves(), in.marginYear(), in.heatmap(),
                in.tornado(), in.tornadoOutput(), in.vintages(), in.ratioLabel(), Locale.GERMANY, in.shownCompanies());
    }

    @Test
    void backtestLabelsWriteLivesWithTheChartsDecimalSeparator() {
        JFreeChart chart = Charts.build(ChartId.BACKTEST, german(), ChartTheme.LIGHT);
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertTrue(data.getColumnKeys().contains("Meta 2025 (5\u21925,5 y)"), data.getColumnKeys().toString());
    }

    @Test
    void heatmapTooltipsAndLegendUseTheChartsLocale() {
        JFreeChart chart = Charts.build(ChartId.SENSITIVITY_HEATMAP, german(), ChartTheme.LIGHT);
        var plot = chart.getXYPlot();
        String tip = plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(plot.getDataset(), 0, 0);
        assertTrue(tip.startsWith("Useful life (years) 2, Short-lived share 0,3: "), tip);
        PaintScaleLegend legend = (PaintScaleLegend) chart.getSubtitles().stream()
                .filter(PaintScaleLegend.class::isInstance).findFirst().orElseThrow();
        // DecimalFormat.equals compares the symbols too: a US format would not be equal.
        assertEquals(ChartFormats.percentAxis(Locale.GERMANY),
                ((NumberAxis) legend.getAxis()).getNumberFormatOverride());
    }
}
