package org.capexlens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.capexlens.domain.Company;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.xlsx.DatasetXlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14: the optional {@code short_lived_share}, {@code short_lived_share_source} and
 * {@code short_lived_share_note} columns of the companies sheet load as written, survive the workbook writer, and a
 * bad share or a share without a source is an error located at its cell.
 */
class ShortLivedShareColumnsTest {
    private static final String HEADER = "company,name,fiscal_year_end_month,role,short_lived_share,"
            + "short_lived_share_source,short_lived_share_note\n";

    static void write(Path dir, String companies) throws Exception {
        Files.writeString(dir.resolve("companies.csv"), companies);
        Files.writeString(dir.resolve("capex.csv"), "company,fiscal_year,capex_usd_b,status,source\n"
                + "Meta,2024,39.23,reported,src-1\n");
        Files.writeString(dir.resolve("sources.csv"), "source,title,url\n"
                + "src-1,Cash flow statement,https://example.com/cf\n"
                + "src-2,P&E note,https://example.com/ppe\n");
    }

    @Test
    void theColumnsLoadAsWrittenAndAnEmptyShareIsNone(@TempDir Path dir) throws Exception {
        write(dir, HEADER + "Meta,Meta Platforms,12,hyperscaler,0.44,src-2,\"estimate: from the 2018 split\"\n"
                + "Oracle,Oracle,5,hyperscaler,,,\n");
        ImportResult r = DatasetReader.read(dir);
        Company meta = r.dataset().company("Meta").orElseThrow();
        assertEquals(0.44, meta.ownShortLivedShare().getAsDouble());
        assertEquals("src-2", meta.shortLivedShareSource());
        assertEquals("estimate: from the 2018 split", meta.shortLivedShareNote());
        Company oracle = r.dataset().company("Oracle").orElseThrow();
        assertTrue(oracle.ownShortLivedShare().isEmpty());
        assertEquals("", oracle.shortLivedShareSource());
        assertTrue(meta.ownEquipmentShare().isEmpty(), "no equipment columns: none");
    }

    @Test
    void theEquipmentColumnsLoadAsWritten(@TempDir Path dir) throws Exception {
        write(dir, WITH_EQUIPMENT + "Amazon,Amazon,12,hyperscaler,0.27,src-2,estimate,0.23,6.6\n"
                + "Meta,Meta Platforms,12,hyperscaler,0.44,src-2,,,\n");
        ImportResult r = DatasetReader.read(dir);
        assertEquals(0.23, r.dataset().company("Amazon").orElseThrow().ownEquipmentShare().getAsDouble());
        assertEquals(6.6, r.dataset().company("Amazon").orElseThrow().equipmentLifeYears());
        assertTrue(r.dataset().company("Meta").orElseThrow().ownEquipmentShare().isEmpty());
    }

    /** Issue 10: the equipment columns beside the share. */
    private static final String WITH_EQUIPMENT = HEADER.replace("\n", ",equipment_share,equipment_life_years\n");

    @Test
    void aPercentageReadsAsAFraction(@TempDir Path dir) throws Exception {
        write(dir, WITH_EQUIPMENT + "Meta,Meta Platforms,12,hyperscaler,44%,src-2,,23%,6.6\n");
        // 44% = 44 / 100; an equipment share reads the same way.
        Company meta = DatasetReader.read(dir).dataset().companies().get(0);
        assertEquals(0.44, meta.shortLivedShare(), 1e-12);
        assertEquals(0.23, meta.equipmentShare(), 1e-12);
    }

    @Test
    void theWorkbookWriterKeepsTheColumns(@TempDir Path dir) throws Exception {
        write(dir, WITH_EQUIPMENT + "Meta,Meta Platforms,12,hyperscaler,0.44,src-2,estimate,0.23,6.6\n"
                + "Oracle,Oracle,5,hyperscaler,,,,,\n");
        ImportResult csv = DatasetReader.read(dir);
        Path xlsx = dir.resolve("out.xlsx");
        DatasetXlsxWriter.write(csv.dataset(), xlsx);
        ImportResult back = DatasetReader.read(xlsx);
        assertEquals(csv.dataset().companies(), back.dataset().companies());
        assertEquals(0.44, back.dataset().companies().get(0).shortLivedShare());
    }

    @Test
    void theJsonDatasetTakesTheColumnsToo(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("d.json");
        Files.writeString(json, """
                {"companies": [{"company": "Meta", "fiscal_year_end_month": 12, "role": "hyperscaler",
                                "short_lived_share": 0.44, "short_lived_share_source": "src-2"}],
                 "capex": [{"company": "Meta", "fiscal_year": 2024, "capex_usd_b": 39.23, "source": "src-2"}],
                 "sources": [{"source": "src-2", "title": "P&E note", "url": "https://example.com/ppe"}]}
                """);
        Company meta = DatasetReader.read(json).dataset().companies().get(0);
        assertEquals(0.44, meta.shortLivedShare());
        assertEquals("src-2", meta.shortLivedShareSource());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            high  | “high”
            -0.1  | “-0.1”
            1.2   | “1.2”
            44    | “44”
            """)
    void aShareThatIsNotAFractionIsALocatedError(String value, String quoted, @TempDir Path dir) throws Exception {
        write(dir, HEADER + "Meta,Meta Platforms,12,hyperscaler," + value + ",src-2,\n");
        ImportException e = assertThrows(ImportException.class, () -> DatasetReader.read(dir));
        ImportMessage m = e.firstError();
        assertEquals("companies.csv:companies:2:short_lived_share", m.location().format());
        assertTrue(m.message().startsWith("expected a") && m.message().contains("between 0 and 1")
                && m.message().endsWith("found " + quoted), m.message());
    }

    @Test
    void aShareWithoutASourceIsALocatedError(@TempDir Path dir) throws Exception {
        write(dir, HEADER + "Meta,Meta Platforms,12,hyperscaler,0.44,,\n");
        ImportException e = assertThrows(ImportException.class, () -> DatasetReader.read(dir));
        assertEquals("companies.csv:companies:2:short_lived_share_source", e.firstError().location().format());
        assertTrue(e.firstError().message().contains("needs a source"), e.firstError().message());
    }

    @Test
    void aShareCitingAnUnknownSourceIsALocatedError(@TempDir Path dir) throws Exception {
        write(dir, HEADER + "Meta,Meta Platforms,12,hyperscaler,0.44,src-9,\n");
        ImportException e = assertThrows(ImportException.class, () -> DatasetReader.read(dir));
        assertEquals("companies.csv:companies:2:short_lived_share_source", e.firstError().location().format());
    }
}
