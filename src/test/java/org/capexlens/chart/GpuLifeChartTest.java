package org.capexlens.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.GpuEconomicLife;
import org.capexlens.calc.ModelResult;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.GpuPrice;
import org.capexlens.domain.UsefulLifeChange;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.scenario.GpuLifeAssumptions;
import org.capexlens.scenario.Scenario;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

/** The GPU economic-life chart and its words (issue 11), on prices that halve every year from $4. */
class GpuLifeChartTest {
    private static final LocalDate START = LocalDate.of(2021, 1, 1);

    /** Prices 4 · 0.5^t at the first day of 2021–2023 (t in years of yearFraction since the first). */
    static List<GpuPrice> halving(String... contracts) {
        GpuPrice first = new GpuPrice(START, "H100", 4, contracts[0], "", "");
        List<GpuPrice> out = new ArrayList<>(List.of(first));
        for (int y = 1; y < contracts.length; y++) {
            LocalDate d = START.plusYears(y);
            double t = new GpuPrice(d, "H100", 1, contracts[y], "", "").yearFraction() - first.yearFraction();
            out.add(new GpuPrice(d, "H100", 4 * Math.pow(0.5, t), contracts[y], "", ""));
        }
        return out;
    }

    private static ChartInputs inputs(List<GpuPrice> prices, GpuLifeAssumptions a) throws Exception {
        Dataset good = DatasetReader.read(Path.of("src/test/resources/fixtures/good/good.json")).dataset();
        Dataset d = new Dataset(good.companies(), good.capex(), good.financials(), good.usefulLives(),
                good.chipRevenue(), good.aiRevenue(), good.sources(), good.claims(), prices);
        Scenario s = Scenario.defaults().toBuilder().gpuLife(a).build();
        ModelResult result = EconomicsModel.compute(d, s);
        return ChartInputsFactory.create(d, result, ChartSettings.defaults(result), Locale.US);
    }

    private static List<String> subtitles(JFreeChart c) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.getSubtitleCount(); i++) {
            if (c.getSubtitle(i) instanceof TextTitle t) {
                out.add(t.getText());
            }
        }
        return out;
    }

    @Test
    void theChartDrawsPointsByContractTheFitRevenueCostAndMarksTheCrossing() throws Exception {
        // u·p(t) = 0.7 · 4 · 0.5^t = 0.35 ⇔ 0.5^t = 1/8 ⇔ t = 3 years.
        ChartInputs in = inputs(halving("spot", "spot", "on_demand"), new GpuLifeAssumptions("H100", "", 0.7, 0.35,
                10));
        JFreeChart c = Charts.build(ChartId.GPU_ECONOMIC_LIFE, in, ChartTheme.LIGHT);
        XYPlot plot = c.getXYPlot();
        // spot, on_demand, fitted price, revenue, cost.
        assertEquals(5, plot.getDataset().getSeriesCount());
        assertEquals("spot", plot.getDataset().getSeriesKey(0));
        assertEquals(2, plot.getDataset().getItemCount(0));
        // The revenue at age 0 is 0.7 · 4 = 2.8; the cost line is flat at 0.35.
        assertEquals(2.8, plot.getDataset().getYValue(3, 0), 1e-9);
        assertEquals(0.35, plot.getDataset().getYValue(4, 57), 1e-12);
        List<Double> marks = plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).stream()
                .map(m -> ((ValueMarker) m).getValue()).toList();
        assertTrue(marks.stream().anyMatch(v -> Math.abs(v - 3.0) < 1e-9), marks.toString());
        assertTrue(subtitles(c).get(0).startsWith("Economic life \u2248 3 y vs "), subtitles(c).toString());
    }

    @Test
    void theAnswerSaysTheLifeBesideTheBookLivesAndEachStatusInWords() {
        var prices = halving("spot", "spot", "spot");
        SortedMap<Double, List<String>> book = new TreeMap<>(Map.of(5.0, List.of("Amazon"),
                6.0, List.of("Alphabet", "Microsoft")));
        var crosses = GpuEconomicLife.of(prices, new GpuEconomicLife.Assumptions("H100", "", 0.7, 0.35, 10));
        assertEquals("H100: economic life \u2248 3 y vs book server lives 5\u20136 y. Rental revenue falls below"
                + " the cash cost per GPU-hour at that age; the fitted price falls 50.0% a year.",
                GpuLifeText.answer(crosses, book, Locale.US));
        // Cost 0.35/8: t = 6 > horizon 5.
        var above = GpuEconomicLife.of(prices, new GpuEconomicLife.Assumptions("H100", "", 0.7, 0.04375, 5));
        assertTrue(GpuLifeText.answer(above, book, Locale.US).contains("still above the cash cost after the 5 y"));
        // Break-even price = cost / u = 2.8 / 0.7 = 4: at the fitted start, so below cost from the start.
        var below = GpuEconomicLife.of(prices, new GpuEconomicLife.Assumptions("H100", "", 0.7, 2.8, 10));
        assertTrue(GpuLifeText.answer(below, book, Locale.US).contains("break-even price is USD 4 per GPU-hour"));
        var few = GpuEconomicLife.of(prices.subList(0, 2), new GpuEconomicLife.Assumptions("H100", "", 0.7, 0.35,
                10));
        assertEquals("H100: too few price points to fit a decline (2 chosen; at least 3 spanning a year are needed).",
                GpuLifeText.answer(few, book, Locale.US));
        assertEquals("Book server lives in force: Amazon 5 y \u00b7 Alphabet, Microsoft 6 y",
                GpuLifeText.bookList(book, Locale.US));
    }

    @Test
    void withoutGpuPricesTheChartIsEmptyAndSaysWhy() throws Exception {
        ChartInputs in = inputs(List.of(), GpuLifeAssumptions.DEFAULTS);
        JFreeChart c = Charts.build(ChartId.GPU_ECONOMIC_LIFE, in, ChartTheme.LIGHT);
        assertEquals(0, c.getXYPlot().getDataset().getSeriesCount());
        assertTrue(subtitles(c).get(0).startsWith("This dataset has no gpu_prices sheet"), subtitles(c).toString());
        assertEquals(subtitles(c).get(0), GpuLifeText.answer(null, new TreeMap<>(), Locale.US));
    }

    @Test
    void theBookLivesAreEachCompanysLatestWholeFleetServerLifeInForce() {
        LocalDate now = LocalDate.of(2026, 6, 1);
        List<UsefulLifeChange> lives = List.of(
                new UsefulLifeChange("Amazon", "servers", LocalDate.of(2020, 1, 1), 4, null, "", "", ""),
                new UsefulLifeChange("Amazon", "servers", LocalDate.of(2024, 1, 1), 6, null, "", "", ""),
                // Not yet in force on 2026-06-01.
                new UsefulLifeChange("Amazon", "servers", LocalDate.of(2027, 1, 1), 3, null, "", "", ""),
                new UsefulLifeChange("Meta", "servers and network", LocalDate.of(2025, 1, 1), 5.5, null, "", "", ""),
                // Not servers.
                new UsefulLifeChange("Meta", "buildings", LocalDate.of(2025, 1, 1), 30, null, "", "", ""),
                new UsefulLifeChange("Oracle", "servers", LocalDate.of(2022, 6, 1), 6, null, "", "", ""));
        var book = GpuEconomicLife.bookServerLives(lives, now);
        assertEquals(new TreeMap<>(Map.of(5.5, List.of("Meta"), 6.0, List.of("Amazon", "Oracle"))), book);
    }
}
