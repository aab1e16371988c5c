package org.capexlens.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.capexlens.domain.CapexRow;
import org.capexlens.io.DatasetAssembler;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: sheets edited the way people edit them load, and nothing is dropped without a located warning. */
class EditedSheetsTest {
    private static final String COMPANIES = "company,name,fiscal_year_end_month,role\nMeta,Meta,12,hyperscaler\n"
            + "Amazon,Amazon,12,hyperscaler\n";

    @TempDir
    Path dir;

    @Test
    void usualHeaderSpellingsAreAccepted() throws Exception {
        write("companies.csv", COMPANIES);
        write("capex.csv", "Company,Fiscal Year,\"Payments for property, plant and equipment\"\nMeta,2024,39.231\n");
        write("financials.csv", "Ticker,FY,Revenue (USD bn),D&A ($B),Depreciation & amortization\n"
                + "Meta,2024,164.501,15.498,\n");
        write("chip_revenue.csv", "vendor,fiscal year,Data center revenue USD bn\nMeta,2024,1.5\n");

        ImportResult r = load();
        assertEquals(List.of(39.231), capex(r));
        assertEquals(1.5, r.dataset().chipRevenue().get(0).dataCenterRevenueUsdB());
        assertEquals(15.498, r.dataset().financials().get(0).dAndAUsdB());
        // The second spelling of D&A repeats the column: the first is used, and the message says so.
        assertEquals("financials.csv:financials:1:Depreciation & amortization: column Depreciation & amortization"
                + " repeats column D&A ($B); the first one is used", r.warnings().stream().map(ImportMessage::format)
                .filter(m -> m.startsWith("financials.csv")).findFirst().orElseThrow());
    }

    @Test
    void titleLinesAboveTheHeaderAreSkippedWithAWarning() throws Exception {
        write("companies.csv", COMPANIES);
        write("capex.csv", "AI capex by company,,\nSource: 10-K filings,,\n,,\ncompany,fiscal_year,capex_usd_b\n"
                + "Meta,2024,39.231\n");

        ImportResult r = load();
        assertEquals(List.of(39.231), capex(r));
        assertEquals(List.of("capex.csv:capex:1:: row skipped: \u201CAI capex by company\u201D stands above the header"
                + " row, taken for a title line", "capex.csv:capex:2:: row skipped: \u201CSource: 10-K filings\u201D"
                + " stands above the header row, taken for a title line"),
                r.warnings().stream().limit(2).map(ImportMessage::format).toList());
    }

    @Test
    void totalsAndSubtotalsAreSkippedWithAWarningNamingThem() throws Exception {
        write("companies.csv", COMPANIES);
        write("capex.csv", "company,fiscal_year,capex_usd_b\nMeta,2023,27.045\nMeta,2024,39.231\n,,66.276\n"
                + "Amazon,2024,83.004\nTotal,,149.28\n");

        ImportResult r = load();
        assertEquals(List.of(27.045, 39.231, 83.004), capex(r));
        assertEquals(List.of("capex.csv:capex:4:: row skipped: its capex_usd_b \u201C66.276\u201D is the sum of rows 2"
                + "\u20133 above, so it is taken for a subtotal",
                "capex.csv:capex:6:: row skipped: \u201CTotal\u201D is a total, not a figure of its own"), r.warnings().stream().map(ImportMessage::format)
                .filter(m -> m.contains("row skipped")).toList());
    }

    @Test
    void aMissingColumnNamesTheClosestHeaderNoOtherColumnTook() throws Exception {
        write("companies.csv", COMPANIES);
        write("capex.csv", "company,fiscal_year,Capx spend\nMeta,2024,39.231\n");

        ImportException e = assertThrows(ImportException.class, this::load);
        assertEquals("capex.csv:capex:1:capex_usd_b: missing required column capex_usd_b; the header row has: company,"
                + " fiscal_year, Capx spend; the closest header found is \u201CCapx spend\u201D: if that is the column,"
                + " rename it to capex_usd_b", e.firstError().format());
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private ImportResult load() throws ImportException {
        DatasetAssembler a = new DatasetAssembler(dir.getFileName().toString());
        CsvDatasetReader.read(dir, a);
        return a.finish();
    }

    private static List<Double> capex(ImportResult r) {
        return r.dataset().capex().stream().map(CapexRow::capexUsdB).toList();
    }
}
