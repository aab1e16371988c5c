package org.capexlens.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.domain.Dataset;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.scenario.Scenario;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** Issue 14: the calibration chart draws the filed and the modelled depreciation of each hyperscaler. */
class CalibrationChartTest {

    /** A chart of the shipped data under the default scenario. */
    private static JFreeChart shipped(ChartId id) throws Exception {
        Dataset d = DatasetReader.read(Path.of("data", "ai-economics.xlsx")).dataset();
        ModelResult r = EconomicsModel.compute(d, Scenario.defaults());
        return Charts.build(id, ChartInputsFactory.create(d, r, ChartSettings.defaults(r), Locale.US),
                ChartTheme.LIGHT);
    }

    /** Whether a subtitle of {@code chart} matches. */
    private static boolean hasSubtitle(JFreeChart chart, java.util.function.Predicate<String> test) {
        return chart.getSubtitles().stream().filter(TextTitle.class::isInstance)
                .map(t -> ((TextTitle) t).getText()).anyMatch(test);
    }

    @Test
    void filedAndModelledLinePerHyperscalerWithTheMedianError() throws Exception {
        JFreeChart chart = shipped(ChartId.CALIBRATION);
        XYSeriesCollection data = (XYSeriesCollection) chart.getXYPlot().getDataset();
        // Microsoft, Alphabet, Amazon, Meta, Oracle: a filed and a model series each (CoreWeave has no filed D&A).
        assertEquals(10, data.getSeriesCount());
        assertEquals("Microsoft filed", data.getSeriesKey(0));
        // FY2025: the P&E note's depreciation expense, the comparator since issue 14 (D&A 34.153 before).
        assertEquals(22.0, data.getSeries("Microsoft filed").getY(7).doubleValue(), 1e-9);
        String tip = chart.getXYPlot().getRenderer().getDefaultToolTipGenerator()
                .generateToolTip(data, 1, 7);
        // (21.82 − 22.0) / 22.0 = −0.8 % (with Microsoft's FY2018–25 finance-lease additions in the fleet).
        assertTrue(tip.startsWith("Microsoft FY2025: model $21.8B, filed $22B (error -0.8"), tip);
        assertTrue(hasSubtitle(chart, t -> t.startsWith("Median |error| fiscal 2021\u20132025: 9.3%")),
                "median subtitle");
    }

    /** Issue 10: the back-test chart says its median |error| over every back-tested change: 19.7 % on the shipped data. */
    @Test
    void theBacktestChartStatesItsMedianError() throws Exception {
        assertTrue(hasSubtitle(shipped(ChartId.BACKTEST),
                t -> t.equals("Median |error|: 19.7% over 10 changes (no disclosed effect enters the model).")),
                "median subtitle");
    }
}
