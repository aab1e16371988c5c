package org.capexlens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.Status;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.ImportResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link SyntheticData} writes loads back, in every format, to exactly what it generated, without a warning. */
class SyntheticDataTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"synthetic.xlsx", "synthetic.json", "synthetic-csv"})
    void aSyntheticDatasetLoadsBackEqualAndWithoutWarnings(String name) throws Exception {
        Dataset generated = SyntheticData.dataset(60, 12, 7);
        Path file = dir.resolve(name);
        SyntheticData.write(SyntheticData.tables(generated), file);

        ImportResult result = DatasetReader.read(file);

        assertEquals(List.of(), result.warnings());
        assertEquals(generated, result.dataset());
        // 60 companies: one chip vendor (C0049, 12 years of revenue), one AI lab (C0024: run-rates 2021-2025 and
        // recognised revenue 2023-2025), 58 hyperscalers; capex and financials for every company-year.
        assertEquals(Map.of("companies", 60, "capex", 720, "financials", 720, "chip_revenue", 12, "ai_revenue", 8,
                "sources", 5), Map.of("companies", generated.companies().size(), "capex", generated.capex().size(),
                        "financials", generated.financials().size(), "chip_revenue", generated.chipRevenue().size(),
                        "ai_revenue", generated.aiRevenue().size(), "sources", generated.sources().size()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"capex.xlsx", "capex.json", "capex-csv"})
    void aLongCapexSheetLoadsEveryRowAsADistinctCompanyYear(String name) throws Exception {
        Path file = dir.resolve(name);
        SyntheticData.write(SyntheticData.capexSheet(2_500), file);

        ImportResult result = DatasetReader.read(file);

        List<CapexRow> capex = result.dataset().capex();
        assertEquals(2_500, capex.size());
        assertEquals(new CapexRow("C0000", 1901, 0.5, Status.ESTIMATE, "src-0", "note for row 2"), capex.get(0));
        // row 2,499 (spreadsheet row 2,501): company 499 in 1903, (2499 % 9973) * 0.0137 + 0.5
        assertEquals(new CapexRow("C0499", 1903, 0.5 + 2499 * 0.0137, Status.REPORTED, "src-0", ""), capex.get(2_499));
        // only the four optional sheets it leaves out are mentioned
        assertEquals(4, result.warnings().size(), () -> result.warnings().stream().map(ImportMessage::format).toList()
                .toString());
        assertEquals(1_000, result.dataset().companies().size());
    }
}
