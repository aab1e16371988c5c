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
import org.capexlens.calc.Scenario;
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
    void withFewCompaniesEveryCompanyIsShownAndNothingIsSaidAboutIt() {
        ChartInputs in = SampleChartInputs.create();
        assertEquals(List.of("Microsoft", "Meta", "Oracle"), in.shownCompanies());
        String subtitles = subtitles(Charts.build(ChartId.ADJUSTED_MARGIN, in, ChartTheme.LIGHT));
        assertTrue(!subtitles.contains("largest"), subtitles);
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
