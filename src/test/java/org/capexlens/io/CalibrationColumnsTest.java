package org.capexlens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.capexlens.domain.FinancialsRow;
import org.capexlens.io.load.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: the optional columns the calibration uses — {@code finance_lease_usd_b} (+ its own source) on capex rows
 * and {@code depreciation_pe_usd_b} (+ its own source) on financials rows — load as written, are checked like every
 * other figure, and a dataset without them loads as before.
 */
class CalibrationColumnsTest {

    private static void write(Path dir, String capex, String financials) throws Exception {
        Files.writeString(dir.resolve("companies.csv"), "company,name,fiscal_year_end_month,role\n"
                + "Microsoft,Microsoft,6,hyperscaler\n");
        Files.writeString(dir.resolve("capex.csv"), capex);
        Files.writeString(dir.resolve("financials.csv"), financials);
        Files.writeString(dir.resolve("sources.csv"), "source,title,url\n"
                + "src-1,Cash flow statement,https://example.com/cf\n"
                + "src-2,Leases note,https://example.com/leases\n"
                + "src-3,P&E note,https://example.com/ppe\n");
    }

    @Test
    void theColumnsLoadAsWrittenWithTheirOwnSources(@TempDir Path dir) throws Exception {
        write(dir, "company,fiscal_year,capex_usd_b,status,source,finance_lease_usd_b,finance_lease_source\n"
                + "Microsoft,2025,64.551,reported,src-1,20.511,src-2\n"
                + "Microsoft,2024,44.477,reported,src-1,,\n",
                "company,fiscal_year,d_and_a_usd_b,depreciation_pe_usd_b,status,source,depreciation_pe_source\n"
                + "Microsoft,2025,34.153,22.5,reported,src-1,src-3\n");
        ImportResult r = DatasetReader.read(dir);
        var fy2025 = r.dataset().capex().get(0);
        assertEquals(64.551, fy2025.capexUsdB());
        assertEquals(20.511, fy2025.financeLeaseUsdB());
        assertEquals("src-2", fy2025.financeLeaseSourceOrRow());
        assertNull(r.dataset().capex().get(1).financeLeaseUsdB());
        FinancialsRow f = r.dataset().financials().get(0);
        assertEquals(22.5, f.depreciationPeUsdB());
        assertEquals(34.153, f.dAndAUsdB());
        assertEquals("src-3", f.sourceOf(FinancialsRow.DEPRECIATION_PE));
        assertEquals("src-1", f.sourceOf(FinancialsRow.D_AND_A));
    }

    @Test
    void anUnknownFinanceLeaseSourceIsALocatedError(@TempDir Path dir) throws Exception {
        write(dir, "company,fiscal_year,capex_usd_b,status,source,finance_lease_usd_b,finance_lease_source\n"
                + "Microsoft,2025,64.551,reported,src-1,20.511,src-9\n",
                "company,fiscal_year,d_and_a_usd_b,status,source\nMicrosoft,2025,34.153,reported,src-1\n");
        ImportException e = assertThrows(ImportException.class, () -> DatasetReader.read(dir));
        assertEquals("capex.csv:capex:2:finance_lease_source", e.firstError().location().format());
    }

    @Test
    void aNegativeFinanceLeaseFigureIsALocatedError(@TempDir Path dir) throws Exception {
        write(dir, "company,fiscal_year,capex_usd_b,status,source,finance_lease_usd_b\n"
                + "Microsoft,2025,64.551,reported,src-1,-2\n",
                "company,fiscal_year,d_and_a_usd_b,status,source\nMicrosoft,2025,34.153,reported,src-1\n");
        ImportException e = assertThrows(ImportException.class, () -> DatasetReader.read(dir));
        assertEquals("capex.csv:capex:2:finance_lease_usd_b", e.firstError().location().format());
    }
}
