package org.capexlens.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.capexlens.bench.SyntheticData;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.scenario.Scenario;
import org.capexlens.domain.Dataset;
import org.junit.jupiter.api.Test;

/** Many companies: the charts draw the largest few and say so, instead of hundreds of unreadable lines. */
class ChartInputsFactoryTest {

    @Test
    void withManyCompaniesTheChartsShowTheTenLargestByCapexAndSaySo() {
        Dataset ds = SyntheticData.dataset(40, 12, 7L);
        ModelResult result = EconomicsModel.compute(ds, Scenario.defaults());
        Map<String, Double> capex = new HashMap<>();
        for (ModelResult.CompanyYear r : result.companies()) {
            capex.merge(r.company(), r.capex() == null ? 0.0 : r.capex(), Double::sum);
        }
        List<String> largest = capex.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(ChartInputsFactory.MAX_SHOWN_COMPANIES).map(Map.Entry::getKey).sorted().toList();

        ChartInputs in = ChartInputsFactory.create(ds, result, ChartSettings.defaults(result), Locale.US);

        assertEquals(largest, in.shownCompanies().stream().sorted().toList());
        assertEquals(ChartInputsFactory.MAX_SHOWN_COMPANIES, in.marginCurves().size());
        assertTrue(in.heatmap().valueLabel().endsWith("(10 largest)"), in.heatmap().valueLabel());
        assertTrue(in.tornadoOutput().endsWith("(10 largest companies)"), in.tornadoOutput());
        String subtitles = subtitles(Charts.build(ChartId.DELTA_DEPRECIATION, in, ChartTheme.LIGHT));
        long all = result.companies().stream().map(ModelResult.CompanyYear::company).distinct().count();
        assertTrue(subtitles.contains("The 10 largest of " + all + " companies by capex."), subtitles);
    }

    @Test
    void withManyCompaniesTheBacktestChartDrawsTheChangesOfTheShownCompaniesAndSaysHowManyThereAreInAll() {
        Dataset ds = SyntheticData.dataset(40, 12, 7L);
        ModelResult result = EconomicsModel.compute(ds, Scenario.defaults());
        ChartInputs in = ChartInputsFactory.create(ds, result, ChartSettings.defaults(result), Locale.US);
        List<String> expected = result.backtest().stream().filter(r -> in.shownCompanies().contains(r.company()))
                .map(r -> r.company() + " " + r.period()).toList();
        assertTrue(result.backtest().size() > expected.size(), "the synthetic data back-tests more companies");
        assertTrue(!expected.isEmpty(), "some shown company has a back-tested change");

        org.jfree.chart.JFreeChart chart = Charts.build(ChartId.BACKTEST, in, ChartTheme.LIGHT);

        org.jfree.data.category.CategoryDataset data = chart.getCategoryPlot().getDataset();
        List<String> drawn = ((List<?>) data.getColumnKeys()).stream().map(k -> {
            String cat = k.toString();
            return cat.substring(0, cat.indexOf(" ("));
        }).toList();
        assertEquals(expected, drawn);
        assertTrue(subtitles(chart).contains("The " + expected.size() + " changes of the 10 largest companies by"
                + " capex, of " + result.backtest().size() + " back-tested."), subtitles(chart));
    }

    @Test
    void withFewCompaniesEveryCompanyIsShownAndNothingIsSaidAboutIt() {
        ChartInputs in = SampleChartInputs.create();
        assertEquals(List.of("Microsoft", "Meta", "Oracle"), in.shownCompanies());
        String subtitles = subtitles(Charts.build(ChartId.ADJUSTED_MARGIN, in, ChartTheme.LIGHT));
        assertTrue(!subtitles.contains("largest"), subtitles);
        org.jfree.chart.JFreeChart backtest = Charts.build(ChartId.BACKTEST, in, ChartTheme.LIGHT);
        assertEquals(in.result().backtest().size(), backtest.getCategoryPlot().getDataset().getColumnCount());
        assertTrue(!subtitles(backtest).contains("largest"), subtitles(backtest));
    }

    @Test
    void theVintageChartSaysAsReportedOnceWhenTheCompanyKeepsItsReportedPolicy() {
        ChartInputs reported = SampleChartInputs.create();
        String company = reported.vintages().company();
        assertEquals(company + ": depreciation by vintage, as reported",
                Charts.build(ChartId.DEPRECIATION_BY_VINTAGE, reported, ChartTheme.LIGHT).getTitle().getText());
        Dataset ds = SyntheticData.dataset(3, 8, 5L);
        Scenario burry = Scenario.defaults().withName("Burry 2\u20133 years")
                .withPolicy(new org.capexlens.scenario.DepreciationPolicy.Uniform(2.5));
        ModelResult result = EconomicsModel.compute(ds, burry);
        ChartInputs in = ChartInputsFactory.create(ds, result, ChartSettings.defaults(result), Locale.US);
        assertEquals(in.vintages().company() + ": depreciation by vintage, Burry 2\u20133 years vs as reported",
                Charts.build(ChartId.DEPRECIATION_BY_VINTAGE, in, ChartTheme.LIGHT).getTitle().getText());
    }

    private static String subtitles(org.jfree.chart.JFreeChart chart) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
                sb.append(t.getText()).append('\n');
            }
        }
        return sb.toString();
    }
}
