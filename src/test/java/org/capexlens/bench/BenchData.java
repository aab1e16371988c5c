package org.capexlens.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.capexlens.domain.AiRevenueRow;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.ChipRevenueRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.FinancialsRow;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.domain.Role;
import org.capexlens.domain.Source;
import org.capexlens.domain.Status;
import org.capexlens.domain.UsefulLifeChange;

/**
 * Datasets for the benchmarks, built in code. The figures only have the shape and magnitude of the default dataset
 * (they are rounded placeholders, not sourced data, and must never be shown as such).
 */
public final class BenchData {
    private BenchData() {
    }

    private static final String[] HYPERSCALERS = {"Microsoft", "Alphabet", "Amazon", "Meta", "Oracle"};
    private static final int[] YEAR_END = {6, 12, 12, 12, 5};
    /** Capex 2015 and a yearly growth, roughly the hyperscalers' path to 2025. */
    private static final double[] CAPEX_2015 = {6, 10, 5, 2.5, 1};
    private static final double[] CAPEX_GROWTH = {0.30, 0.28, 0.33, 0.33, 0.35};
    private static final double[] REVENUE_2015 = {94, 75, 107, 18, 38};

    /** Five hyperscalers, capex 2015-2025 plus 2026 guidance, financials, life histories, Nvidia, AI revenue. */
    public static Dataset defaultShape() {
        List<Company> companies = new ArrayList<>();
        List<CapexRow> capex = new ArrayList<>();
        List<FinancialsRow> financials = new ArrayList<>();
        List<UsefulLifeChange> lives = new ArrayList<>();
        for (int c = 0; c < HYPERSCALERS.length; c++) {
            String id = HYPERSCALERS[c];
            companies.add(new Company(id, id, YEAR_END[c], Role.HYPERSCALER));
            double cx = CAPEX_2015[c];
            double rev = REVENUE_2015[c];
            for (int y = 2015; y <= 2025; y++) {
                capex.add(new CapexRow(id, y, cx, Status.REPORTED, "src", ""));
                financials.add(new FinancialsRow(id, y, rev, rev * 0.3, rev * 0.24, cx * 0.6, 0.17, Status.REPORTED,
                        "src"));
                cx *= 1 + CAPEX_GROWTH[c];
                rev *= 1.12;
            }
            capex.add(new CapexRow(id, 2026, cx, Status.GUIDANCE, "src", ""));
            lives.add(life(id, "2010-01-01", 3, null, ""));
            lives.add(life(id, "2020-07-01", 4, 2.5, "FY2021"));
            lives.add(life(id, "2022-07-01", 6, 3.7, "FY2023"));
        }
        lives.add(life("Meta", "2025-01-01", 5.5, 2.9, "2025"));
        lives.add(life("Amazon", "2025-01-01", 5, -0.7, "2025"));
        companies.add(new Company("Nvidia", "Nvidia", 1, Role.CHIP_VENDOR));
        companies.add(new Company("OpenAI", "OpenAI", 12, Role.AI_LAB));
        List<ChipRevenueRow> chips = new ArrayList<>();
        double dc = 3;
        for (int y = 2016; y <= 2026; y++) {
            chips.add(new ChipRevenueRow("Nvidia", y, dc, dc * 1.3, Status.REPORTED, "src"));
            dc *= 1.6;
        }
        List<AiRevenueRow> ai = List.of(
                new AiRevenueRow("OpenAI", LocalDate.of(2023, 12, 31), 2, RevenueBasis.RUN_RATE, Status.REPORTED, "src",
                        ""),
                new AiRevenueRow("OpenAI", LocalDate.of(2024, 12, 31), 5.5, RevenueBasis.RUN_RATE, Status.REPORTED,
                        "src", ""),
                new AiRevenueRow("Anthropic", LocalDate.of(2025, 8, 31), 5, RevenueBasis.RUN_RATE, Status.REPORTED,
                        "src", ""));
        return new Dataset(companies, capex, financials, lives, chips, ai,
                List.of(new Source("src", "Benchmark placeholder", "", null, null, "")));
    }

    /** {@code count} hyperscalers with 30 years of capex (1996-2025), financials and 1-3 life changes each. */
    public static Dataset synthetic(int count, long seed) {
        Random r = new Random(seed);
        List<Company> companies = new ArrayList<>();
        List<CapexRow> capex = new ArrayList<>();
        List<FinancialsRow> financials = new ArrayList<>();
        List<UsefulLifeChange> lives = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            String id = "Co" + c;
            companies.add(new Company(id, id, 1 + r.nextInt(12), Role.HYPERSCALER));
            double cx = 0.5 + r.nextDouble() * 5;
            double rev = 10 + r.nextDouble() * 100;
            for (int y = 1996; y <= 2025; y++) {
                capex.add(new CapexRow(id, y, cx, Status.REPORTED, "src", ""));
                financials.add(new FinancialsRow(id, y, rev, rev * 0.25, rev * 0.2, null, 0.2, Status.REPORTED, "src"));
                cx *= 1 + r.nextDouble() * 0.3;
                rev *= 1 + r.nextDouble() * 0.15;
            }
            lives.add(life(id, "1990-01-01", 3 + r.nextInt(2), null, ""));
            int changes = 1 + r.nextInt(3);
            for (int k = 0; k < changes; k++) {
                lives.add(life(id, (2005 + 6 * k + r.nextInt(5)) + "-0" + (1 + r.nextInt(9)) + "-01",
                        4 + k + r.nextInt(2) * 0.5, k == changes - 1 ? 1.0 : null, "FY2023"));
            }
        }
        return new Dataset(companies, capex, financials, lives, List.of(), List.of(),
                List.of(new Source("src", "Benchmark placeholder", "", null, null, "")));
    }

    private static UsefulLifeChange life(String company, String date, double years, Double effect, String period) {
        return new UsefulLifeChange(company, "servers", LocalDate.parse(date), years, effect,
                effect == null ? "" : "operating income", period, "src");
    }
}
