package org.capexlens.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.capexlens.calc.ModelResult;
import org.capexlens.calc.ModelResult.BacktestRow;
import org.capexlens.calc.ModelResult.CompanyYear;
import org.capexlens.calc.ModelResult.RatioRow;
import org.capexlens.calc.ModelResult.RevenueGapRow;
import org.capexlens.scenario.Scenario;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.Role;
import org.capexlens.domain.Source;
import org.capexlens.domain.Status;

/** Small hand-made chart inputs for chart tests (shapes like the default dataset, values invented). */
public final class SampleChartInputs {
    private SampleChartInputs() {
    }

    public static ChartInputs create() {
        List<Company> companies = List.of(new Company("Microsoft", "Microsoft", 6, Role.HYPERSCALER),
                new Company("Meta", "Meta", 12, Role.HYPERSCALER), new Company("Oracle", "Oracle", 5, Role.HYPERSCALER));
        List<CapexRow> capex = List.of(new CapexRow("Meta", 2024, 37.256, Status.REPORTED, "s1", ""));
        List<Source> sources = List.of(new Source("s1", "Meta cash flow", "https://example.org/meta", null, null,
                "secondary"));
        Dataset ds = new Dataset(companies, capex, List.of(), List.of(), List.of(), List.of(), sources);
        List<CompanyYear> rows = new ArrayList<>();
        String[] names = {"Microsoft", "Meta", "Oracle"};
        for (int c = 0; c < names.length; c++) {
            for (int y = 2020; y <= 2030; y++) {
                Status st = y <= 2025 ? Status.REPORTED : Status.SCENARIO;
                double dd = (c + 1) * Math.max(0, y - 2021) * 1.7;
                double rev = 100 + 20 * c + 10 * (y - 2020);
                double oi = rev * (0.30 + 0.02 * c);
                rows.add(new CompanyYear(names[c], y, st, 20.0 + 5 * (y - 2020), rev, oi, 10 + y - 2020,
                        10 + y - 2020 + dd, dd, oi - dd, (oi - dd) / rev, oi * 0.8, oi * 0.8 - dd * 0.79,
                        oi * 0.8 / (oi * 0.8 - dd * 0.79) - 1, 8.0 + y - 2020, 2.5 + c));
            }
        }
        List<RatioRow> ratio = List.of(new RatioRow(2023, 30.5, 2.9, 30.5 / 2.9, 30.5 / 2.9),
                new RatioRow(2024, 105.6, 7.4, 105.6 / 7.4, 136.1 / 10.3),
                new RatioRow(2025, 180.1, 33.0, 180.1 / 33.0, 316.2 / 43.3));
        List<RevenueGapRow> gap = List.of(new RevenueGapRow(2023, 30.5, 122, 2.9, 119.1),
                new RevenueGapRow(2024, 105.6, 422.4, 7.4, 415), new RevenueGapRow(2025, 180.1, 720.4, 33, 687.4));
        List<BacktestRow> bt = List.of(new BacktestRow("Microsoft", "FY2023", 4, 6, 3.7, 3.2, -0.135),
                new BacktestRow("Alphabet", "2023", 4, 6, 3.9, 4.4, 0.128),
                new BacktestRow("Meta", "2025", 5, 5.5, 2.9, 2.1, -0.276));
        ModelResult result = new ModelResult(Scenario.defaults().withName("Burry 2-3 years"), rows, ratio, gap, bt);
        List<ChartInputs.MarginCurve> curves = new ArrayList<>();
        for (int c = 0; c < names.length; c++) {
            double[] lives = new double[15];
            double[] margins = new double[15];
            for (int i = 0; i < 15; i++) {
                lives[i] = 1 + i * 0.5;
                margins[i] = 0.35 + 0.03 * c - 0.45 / lives[i];
            }
            curves.add(new ChartInputs.MarginCurve(names[c], 5.5 + 0.5 * (c % 2), lives, margins));
        }
        double[] rowsV = {0.3, 0.4, 0.5, 0.6, 0.7};
        double[] cols = {2, 3, 4, 5, 6};
        double[][] vals = new double[5][5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                vals[i][j] = 0.4 - rowsV[i] * 0.9 / cols[j];
            }
        }
        ChartInputs.HeatmapGrid grid = new ChartInputs.HeatmapGrid("Short-lived share", rowsV,
                "Useful life (years)", cols, vals, "Hyperscaler adjusted operating margin FY2027", true);
        List<ChartInputs.TornadoBar> tornado = List.of(new ChartInputs.TornadoBar("Useful life", "2 y", "6 y", 240, 20, 110),
                new ChartInputs.TornadoBar("Short-lived share", "0.3", "0.7", 70, 150, 110),
                new ChartInputs.TornadoBar("Capex growth", "0%", "20%", 90, 135, 110));
        int[] years = {2022, 2023, 2024, 2025, 2026, 2027};
        int[] vintages = {2021, 2022, 2023, 2024, 2025, 2026, 2027};
        double[][] by = new double[vintages.length][years.length];
        double[] reported = new double[years.length];
        for (int v = 0; v < vintages.length; v++) {
            for (int t = 0; t < years.length; t++) {
                if (years[t] >= vintages[v] && years[t] < vintages[v] + 3) {
                    by[v][t] = 3 + v;
                    reported[t] += (3 + v) * 0.5;
                }
            }
        }
        ChartInputs.VintageView vv = new ChartInputs.VintageView("Meta", years, vintages, by, reported, 2026);
        return new ChartInputs(ds, result, curves, 2027, grid, tornado, "cumulative \u0394D 2026\u201328", vv,
                "Nvidia data-center revenue \u00F7 AI run-rate (OpenAI, Anthropic, Cursor)", Locale.US);
    }

    static LocalDate today() {
        return LocalDate.of(2026, 11, 28);
    }
}
