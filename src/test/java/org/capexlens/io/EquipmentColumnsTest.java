package org.capexlens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.capexlens.io.load.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 10: the optional {@code equipment_share} and {@code equipment_life_years} columns of the companies sheet
 * are refused, located at their cell, in every way they can be wrong (loading as written, the percentage form
 * and the workbook writer: {@link ShortLivedShareColumnsTest}).
 */
class EquipmentColumnsTest {
    private static final String HEADER = "company,name,fiscal_year_end_month,role,short_lived_share,"
            + "short_lived_share_source,short_lived_share_note,equipment_share,equipment_life_years\n";

    private static void write(Path dir, String companies) throws Exception {
        ShortLivedShareColumnsTest.write(dir, companies);
    }

    private static ImportMessage firstError(Path dir) {
        return assertThrows(ImportException.class, () -> DatasetReader.read(dir)).firstError();
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
