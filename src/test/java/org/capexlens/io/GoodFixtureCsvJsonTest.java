package org.capexlens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
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
import org.capexlens.domain.SheetNames;
import org.capexlens.domain.Source;
import org.capexlens.domain.Status;
import org.capexlens.domain.UsefulLifeChange;
import org.capexlens.io.csv.CsvDatasetReader;
import org.junit.jupiter.api.Test;

/**
 * The canonical good fixture ({@code fixtures/good/csv/}) and its JSON and single-file CSV variants load to the
 * dataset written out by hand below, field by field, with no warning.
 */
class GoodFixtureCsvJsonTest {

    static Path fixture(String relative) {
        try {
            return Path.of(GoodFixtureCsvJsonTest.class.getResource("/fixtures/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The canonical dataset, typed in from the fixture's README and CSV files (not read from them). */
    static Dataset expected() {
        List<Company> companies = List.of(
                new Company("Microsoft", "Microsoft Corporation", 6, Role.HYPERSCALER),
                new Company("Meta", "Meta Platforms, Inc.", 12, Role.HYPERSCALER),
                new Company("Nvidia", "NVIDIA Corporation", 1, Role.CHIP_VENDOR));
        List<CapexRow> capex = expectedCapex();
        List<FinancialsRow> financials = List.of(
                new FinancialsRow("Microsoft", 2023, 211.915, 88.523, 72.361, 13.861, 0.1898, Status.REPORTED,
                        "msft-is"),
                new FinancialsRow("Microsoft", 2024, 245.122, 109.433, 88.136, 22.287, 0.1823, Status.REPORTED,
                        "msft-is"),
                new FinancialsRow("Meta", 2024, 164.501, 69.38, 62.36, 15.498, 0.1175, Status.REPORTED, "meta-is"));
        List<UsefulLifeChange> lives = List.of(
                new UsefulLifeChange("Microsoft", "servers", LocalDate.of(2010, 7, 1), 4, null, "", "", "msft-life"),
                new UsefulLifeChange("Microsoft", "servers", LocalDate.of(2022, 7, 1), 6, 3.7, "operating income",
                        "FY2023", "msft-life"),
                new UsefulLifeChange("Meta", "servers", LocalDate.of(2010, 1, 1), 4, null, "", "", "meta-life"),
                new UsefulLifeChange("Meta", "servers", LocalDate.of(2025, 1, 1), 5.5, 2.9, "depreciation expense",
                        "2025", "meta-life"));
        List<ChipRevenueRow> chips = List.of(
                new ChipRevenueRow("Nvidia", 2024, 47.5, 60.9, Status.REPORTED, "nvda-rev"),
                new ChipRevenueRow("Nvidia", 2025, 115.2, 130.5, Status.REPORTED, "nvda-rev"));
        List<AiRevenueRow> ai = List.of(
                new AiRevenueRow("OpenAI", LocalDate.of(2024, 12, 31), 3.7, RevenueBasis.RECOGNIZED, Status.ESTIMATE,
                        "openai-2024", "Expected annual revenue per financial documents"),
                new AiRevenueRow("OpenAI", LocalDate.of(2025, 6, 30), 10, RevenueBasis.RUN_RATE, Status.REPORTED,
                        "openai-rr", "Annualized run-rate, June 2025"),
                new AiRevenueRow("Anthropic", LocalDate.of(2025, 8, 31), 5, RevenueBasis.RUN_RATE, Status.REPORTED,
                        "anthropic-rr", ""));
        LocalDate accessed = LocalDate.of(2026, 11, 1);
        List<Source> sources = List.of(
                new Source("msft-cf", "Microsoft cash flow statements",
                        "https://www.microsoft.com/en-us/Investor/earnings/FY-2023-Q4/cash-flows",
                        LocalDate.of(2023, 7, 25), accessed, "primary"),
                new Source("msft-is", "Microsoft income statements", "https://www.stock-analysis-on.net/NASDAQ/"
                        + "Company/Microsoft-Corp/Financial-Statement/Income-Statement", null, accessed, "secondary"),
                new Source("msft-life", "The Register - Microsoft extends life of cloud servers",
                        "https://www.theregister.com/2022/08/02/microsoft_server_life_extension/",
                        LocalDate.of(2022, 8, 2), accessed, "secondary"),
                new Source("meta-cf", "Meta Platforms annual cash flow", "https://beautifydata.com/us-sec/"
                        + "business-finances/latest-annual-financials-per-company/meta-platforms-inc/cash-flow",
                        null, accessed, "secondary"),
                new Source("meta-is", "Meta Platforms, Inc. Financials",
                        "https://staging.10kreader.com/company/meta/financials", null, accessed, "secondary"),
                new Source("meta-guide", "AI spend analysis 2026",
                        "https://brianbuntz.github.io/ai_spend_analysis_2026",
                        LocalDate.of(2026, 2, 4), accessed, "secondary"),
                new Source("meta-life", "The Outpost - Meta's AI server accounting change",
                        "https://theoutpost.ai/news-story/meta-s-ai-server-accounting-change-set-to-boost-2025-profits-"
                                + "by-billions-11874",
                        LocalDate.of(2025, 1, 30), accessed, "secondary"),
                new Source("nvda-rev", "Nvidia revenue by fiscal year", "https://nvidianews.nvidia.com/news/"
                        + "nvidia-announces-financial-results-for-fourth-quarter-and-fiscal-2025",
                        LocalDate.of(2025, 2, 26), accessed, "primary"),
                new Source("openai-2024", "OpenAI financial documents (press)",
                        "https://www.nytimes.com/2024/09/27/technology/openai-chatgpt-investors-funding.html",
                        LocalDate.of(2024, 9, 27), accessed, "secondary"),
                new Source("openai-rr", "OpenAI annualized revenue run-rate (press)", "https://www.cnbc.com/2025/06/09/"
                        + "openai-hits-10-billion-in-annualized-revenue-fueled-by-chatgpt-growth.html",
                        LocalDate.of(2025, 6, 9), accessed, "secondary"),
                new Source("anthropic-rr", "Anthropic run-rate revenue (press)",
                        "https://www.reuters.com/business/anthropic-hits-5-billion-run-rate-2025-08-01/",
                        LocalDate.of(2025, 8, 1), accessed, "secondary"));
        return new Dataset(companies, capex, financials, lives, chips, ai, sources);
    }

    static List<CapexRow> expectedCapex() {
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

    @Test
    void csvFolderLoadsToTheCanonicalDatasetWithoutWarnings() throws ImportException {
        ImportResult result = DatasetReader.read(fixture("good/csv"));

        assertEquals(expected(), result.dataset());
        assertEquals(List.of(), result.warnings());
        assertEquals("csv", result.fileName());
    }

    @Test
    void jsonLoadsToTheCanonicalDatasetWithoutWarnings() throws ImportException {
        ImportResult result = DatasetReader.read(fixture("good/good.json"));

        assertEquals(expected(), result.dataset());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void semicolonCsvWithDecimalCommaAndBomLoadsTheCanonicalCapexRows() throws ImportException {
        ImportResult result = folderWithCapexFrom(fixture("good/capex-semicolon.csv"));

        assertEquals(expected(), result.dataset());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void utf16LittleEndianCsvWithBomLoadsTheCanonicalCapexRows() throws ImportException {
        ImportResult result = folderWithCapexFrom(fixture("good/capex-utf16.csv"));

        assertEquals(expected(), result.dataset());
        assertEquals(List.of(), result.warnings());
    }

    /**
     * Loads the canonical folder but takes the capex sheet from {@code capexFile}, a single CSV file whose name
     * says nothing, so its header must tell the reader it is the capex sheet. (A single file alone never makes a
     * dataset: every dataset needs a companies sheet too.)
     */
    static ImportResult folderWithCapexFrom(Path capexFile) throws ImportException {
        DatasetAssembler assembler = new DatasetAssembler("good");
        WorkbookSink allButCapex = new WorkbookSink() {
            @Override
            public SheetSink startSheet(String sheetName, boolean decimalComma) {
                return startSheet(sheetName, decimalComma, sheetName + ".csv");
            }

            @Override
            public SheetSink startSheet(String sheetName, boolean decimalComma, String fileName) {
                if (sheetName.equals(SheetNames.CAPEX)) {
                    return new SheetSink() {
                        @Override
                        public void row(int rowNumber, List<RawCell> cells) {
                            // replaced by capexFile
                        }

                        @Override
                        public void end() {
                            // nothing to finish
                        }
                    };
                }
                return assembler.startSheet(sheetName, decimalComma, fileName);
            }
        };
        CsvDatasetReader.read(fixture("good/csv"), allButCapex);
        CsvDatasetReader.read(capexFile, assembler);
        return assembler.finish();
    }
}
