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
 * Issue 10: the optional {@code equipment_share} and {@code equipment_life_years} columns of the companies sheet
 * load as written, survive the workbook writer, and every way they can be wrong is an error located at its cell.
 */
class EquipmentColumnsTest {
    private static final String HEADER = "company,name,fiscal_year_end_month,role,short_lived_share,"
            + "short_lived_share_source,short_lived_share_note,equipment_share,equipment_life_years\n";

    private static void write(Path dir, String companies) throws Exception {
        Files.writeString(dir.resolve("companies.csv"), companies);
        Files.writeString(dir.resolve("capex.csv"), "company,fiscal_year,capex_usd_b,status,source\n"
                + "Amazon,2024,83.0,reported,src-1\n");
        Files.writeString(dir.resolve("sources.csv"), "source,title,url\n"
                + "src-1,Cash flow statement,https://example.com/cf\n"
                + "src-2,P&E note,https://example.com/ppe\n");
    }

    private static ImportMessage firstError(Path dir) {
        return assertThrows(ImportException.class, () -> DatasetReader.read(dir)).firstError();
    }

    @Test
    void theColumnsLoadAsWrittenAndEmptyMeansNone(@TempDir Path dir) throws Exception {
        write(dir, HEADER + "Amazon,Amazon,12,hyperscaler,0.27,src-2,estimate,0.23,6.6\n"
                + "Meta,Meta Platforms,12,hyperscaler,0.44,src-2,,,\n");
        ImportResult r = DatasetReader.read(dir);
        Company amazon = r.dataset().company("Amazon").orElseThrow();
        assertEquals(0.23, amazon.ownEquipmentShare().getAsDouble());
        assertEquals(6.6, amazon.equipmentLifeYears());
        assertTrue(r.dataset().company("Meta").orElseThrow().ownEquipmentShare().isEmpty());
    }

    @Test
    void aPercentageReadsAsAFraction(@TempDir Path dir) throws Exception {
        write(dir, HEADER + "Amazon,Amazon,12,hyperscaler,27%,src-2,,23%,6.6\n");
        assertEquals(0.23, DatasetReader.read(dir).dataset().companies().get(0).equipmentShare(), 1e-12);
    }

    @Test
    void theWorkbookWriterKeepsTheColumns(@TempDir Path dir) throws Exception {
        write(dir, HEADER + "Amazon,Amazon,12,hyperscaler,0.27,src-2,estimate,0.23,6.6\n"
                + "Meta,Meta Platforms,12,hyperscaler,,,,,\n");
        ImportResult csv = DatasetReader.read(dir);
        Path xlsx = dir.resolve("out.xlsx");
        DatasetXlsxWriter.write(csv.dataset(), xlsx);
        assertEquals(csv.dataset().companies(), DatasetReader.read(xlsx).dataset().companies());
    }

    @Test
    void anEquipmentShareWithoutTheCompanysOwnShortLivedShareIsALocatedError(@TempDir Path dir) throws Exception {
        write(dir, HEADER + "Amazon,Amazon,12,hyperscaler,,,,0.23,6.6\n");
        ImportMessage m = firstError(dir);
        assertEquals("companies.csv:companies:2:equipment_share", m.location().format());
        assertTrue(m.message().contains("give short_lived_share"), m.message());
    }

    @Test
    void sharesAddingUpToMoreThanOneAreALocatedError(@TempDir Path dir) throws Exception {
        write(dir, HEADER + "Amazon,Amazon,12,hyperscaler,0.8,src-2,,0.3,6.6\n");
        ImportMessage m = firstError(dir);
        assertEquals("companies.csv:companies:2:equipment_share", m.location().format());
        assertEquals("short_lived_share 0.8 and equipment_share 0.3 add up to more than 1: the two are parts of the "
                + "same capex", m.message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0.23 |      | equipment_life_years
                 | 6.6  | equipment_share
            """)
    void oneOfTheTwoWithoutTheOtherIsALocatedError(String share, String life, String missing, @TempDir Path dir)
            throws Exception {
        write(dir, HEADER + "Amazon,Amazon,12,hyperscaler,0.27,src-2,," + (share == null ? "" : share) + ","
                + (life == null ? "" : life) + "\n");
        ImportMessage m = firstError(dir);
        assertEquals("companies.csv:companies:2:" + missing, m.location().format());
        assertEquals("equipment_share and equipment_life_years go together: give " + missing + " too", m.message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            equipment_share      | 1.5  | 6.6
            equipment_share      | lots | 6.6
            equipment_life_years | 0.23 | 0
            equipment_life_years | 0.23 | 60
            equipment_life_years | 0.23 | long
            """)
    void aBadValueIsALocatedError(String column, String share, String life, @TempDir Path dir) throws Exception {
        write(dir, HEADER + "Amazon,Amazon,12,hyperscaler,0.27,src-2,," + share + "," + life + "\n");
        assertEquals("companies.csv:companies:2:" + column, firstError(dir).location().format());
    }
}
