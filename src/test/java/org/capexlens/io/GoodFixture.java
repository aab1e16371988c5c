package org.capexlens.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
 * The canonical good fixture ({@code src/test/resources/fixtures/good/csv/*.csv}) written out by hand, value by
 * value, so that every format reader can be checked against it independently of the CSV reader. Every copy of the
 * good fixture ({@code good.xlsx}, {@code good.xls}, {@code good.json} …) must load to a dataset equal to
 * {@link #expected()}, with no warnings.
 */
public final class GoodFixture {
    /** The folder of the good fixture files. */
    public static final Path DIR = Path.of("src/test/resources/fixtures/good");

    private GoodFixture() {
    }

    /** The dataset of {@code fixtures/good/csv}, in file order. */
    public static Dataset expected() {
        return new Dataset(companies(), capex(), financials(), usefulLives(), chipRevenue(), aiRevenue(), sources());
    }

    /** companies.csv */
    public static List<Company> companies() {
        return List.of(
                new Company("Microsoft", "Microsoft Corporation", 6, Role.HYPERSCALER),
                new Company("Meta", "Meta Platforms, Inc.", 12, Role.HYPERSCALER),
                new Company("Nvidia", "NVIDIA Corporation", 1, Role.CHIP_VENDOR));
    }

    /** capex.csv */
    public static List<CapexRow> capex() {
        return List.of(
                new CapexRow("Microsoft", 2022, 23.886, Status.REPORTED, "msft-cf",
                        "Additions to property and equipment"),
                new CapexRow("Microsoft", 2023, 28.107, Status.REPORTED, "msft-cf", ""),
                new CapexRow("Microsoft", 2024, 44.477, Status.REPORTED, "msft-cf", ""),
                new CapexRow("Meta", 2022, 31.186, Status.REPORTED, "meta-cf", "Purchases of property and equipment"),
                new CapexRow("Meta", 2023, 27.045, Status.REPORTED, "meta-cf", ""),
                new CapexRow("Meta", 2024, 37.256, Status.REPORTED, "meta-cf", ""),
                new CapexRow("Meta", 2026, 125, Status.GUIDANCE, "meta-guide",
                        "Midpoint of the $115-135B guidance range"));
    }

    /** financials.csv; tax rates are fractions (0.1898 = 18.98 %). */
    public static List<FinancialsRow> financials() {
        return List.of(
                new FinancialsRow("Microsoft", 2023, 211.915, 88.523, 72.361, 13.861, 0.1898, Status.REPORTED,
                        "msft-is"),
                new FinancialsRow("Microsoft", 2024, 245.122, 109.433, 88.136, 22.287, 0.1823, Status.REPORTED,
                        "msft-is"),
                new FinancialsRow("Meta", 2024, 164.501, 69.38, 62.36, 15.498, 0.1175, Status.REPORTED, "meta-is"));
    }

    /** useful_lives.csv; the first entry of each company has no disclosed effect (empty optional cells). */
    public static List<UsefulLifeChange> usefulLives() {
        return List.of(
                new UsefulLifeChange("Microsoft", "servers", LocalDate.of(2010, 7, 1), 4, null, "", "", "msft-life"),
                new UsefulLifeChange("Microsoft", "servers", LocalDate.of(2022, 7, 1), 6, 3.7, "operating income",
                        "FY2023", "msft-life"),
                new UsefulLifeChange("Meta", "servers", LocalDate.of(2010, 1, 1), 4, null, "", "", "meta-life"),
                new UsefulLifeChange("Meta", "servers", LocalDate.of(2025, 1, 1), 5.5, 2.9, "depreciation expense",
                        "2025", "meta-life"));
    }

    /** chip_revenue.csv */
    public static List<ChipRevenueRow> chipRevenue() {
        return List.of(
                new ChipRevenueRow("Nvidia", 2024, 47.5, 60.9, Status.REPORTED, "nvda-rev"),
                new ChipRevenueRow("Nvidia", 2025, 115.2, 130.5, Status.REPORTED, "nvda-rev"));
    }

    /** ai_revenue.csv: one recognised figure and two run-rates. */
    public static List<AiRevenueRow> aiRevenue() {
        return List.of(
                new AiRevenueRow("OpenAI", LocalDate.of(2024, 12, 31), 3.7, RevenueBasis.RECOGNIZED, Status.ESTIMATE,
                        "openai-2024", "Expected annual revenue per financial documents"),
                new AiRevenueRow("OpenAI", LocalDate.of(2025, 6, 30), 10, RevenueBasis.RUN_RATE, Status.REPORTED,
                        "openai-rr", "Annualized run-rate, June 2025"),
                new AiRevenueRow("Anthropic", LocalDate.of(2025, 8, 31), 5, RevenueBasis.RUN_RATE, Status.REPORTED,
                        "anthropic-rr", ""));
    }

    /** sources.csv; an empty published cell is {@code null}. */
    public static List<Source> sources() {
        LocalDate accessed = LocalDate.of(2026, 11, 1);
        return List.of(
                new Source("msft-cf", "Microsoft cash flow statements",
                        "https://www.microsoft.com/en-us/Investor/earnings/FY-2023-Q4/cash-flows",
                        LocalDate.of(2023, 7, 25), accessed, "primary"),
                new Source("msft-is", "Microsoft income statements",
                        "https://www.stock-analysis-on.net/NASDAQ/Company/Microsoft-Corp/Financial-Statement/"
                                + "Income-Statement",
                        null, accessed, "secondary"),
                new Source("msft-life", "The Register - Microsoft extends life of cloud servers",
                        "https://www.theregister.com/2022/08/02/microsoft_server_life_extension/",
                        LocalDate.of(2022, 8, 2), accessed, "secondary"),
                new Source("meta-cf", "Meta Platforms annual cash flow",
                        "https://beautifydata.com/us-sec/business-finances/latest-annual-financials-per-company/"
                                + "meta-platforms-inc/cash-flow",
                        null, accessed, "secondary"),
                new Source("meta-is", "Meta Platforms, Inc. Financials",
                        "https://staging.10kreader.com/company/meta/financials", null, accessed, "secondary"),
                new Source("meta-guide", "AI spend analysis 2026", "https://brianbuntz.github.io/ai_spend_analysis_2026",
                        LocalDate.of(2026, 2, 4), accessed, "secondary"),
                new Source("meta-life", "The Outpost - Meta's AI server accounting change",
                        "https://theoutpost.ai/news-story/meta-s-ai-server-accounting-change-set-to-boost-2025-profits-"
                                + "by-billions-11874",
                        LocalDate.of(2025, 1, 30), accessed, "secondary"),
                new Source("nvda-rev", "Nvidia revenue by fiscal year",
                        "https://nvidianews.nvidia.com/news/nvidia-announces-financial-results-for-fourth-quarter-and-"
                                + "fiscal-2025",
                        LocalDate.of(2025, 2, 26), accessed, "primary"),
                new Source("openai-2024", "OpenAI financial documents (press)",
                        "https://www.nytimes.com/2024/09/27/technology/openai-chatgpt-investors-funding.html",
                        LocalDate.of(2024, 9, 27), accessed, "secondary"),
                new Source("openai-rr", "OpenAI annualized revenue run-rate (press)",
                        "https://www.cnbc.com/2025/06/09/openai-hits-10-billion-in-annualized-revenue-fueled-by-"
                                + "chatgpt-growth.html",
                        LocalDate.of(2025, 6, 9), accessed, "secondary"),
                new Source("anthropic-rr", "Anthropic run-rate revenue (press)",
                        "https://www.reuters.com/business/anthropic-hits-5-billion-run-rate-2025-08-01/",
                        LocalDate.of(2025, 8, 1), accessed, "secondary"));
    }
}
