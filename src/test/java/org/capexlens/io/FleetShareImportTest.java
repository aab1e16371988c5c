package org.capexlens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.capexlens.domain.UsefulLifeChange;
import org.capexlens.io.load.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The optional {@code fleet_share} and {@code effect_basis} columns of {@code useful_lives} (issue 10). */
class FleetShareImportTest {
    @TempDir
    Path dir;

    private Path dataset(String livesHeader, String livesRow) throws IOException {
        Path d = Files.createDirectories(dir.resolve("data"));
        Files.writeString(d.resolve("companies.csv"), "company,fiscal_year_end_month,role\nAmazon,12,hyperscaler\n",
                StandardCharsets.UTF_8);
        Files.writeString(d.resolve("capex.csv"), "company,fiscal_year,capex_usd_b,status,source\n"
                + "Amazon,2024,83,reported,\n", StandardCharsets.UTF_8);
        Files.writeString(d.resolve("useful_lives.csv"), livesHeader + "\n" + livesRow + "\n", StandardCharsets.UTF_8);
        return d;
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            fleet_share ; 0.25 ; 0.25
            Fleet share ; 25% ; 0.25
            Share of fleet ; 25 ; 0.25
            fleet_share ; 1 ; 1.0
            fleet_share ; '' ; 1.0
            """)
    void theShareIsReadUnderItsSynonymsAsAFractionOrPercent(String header, String value, double expected)
            throws Exception {
        Path d = dataset("company,effective_from,life_years," + header,
                "Amazon,2025-01-01,5," + value);
        UsefulLifeChange row = DatasetReader.read(d).dataset().usefulLives().get(0);
        assertEquals(expected, row.fleetShare(), 1e-12);
    }

    @Test
    void aSheetWithoutTheColumnAppliesEveryChangeToTheWholeClass() throws Exception {
        Path d = dataset("company,effective_from,life_years", "Amazon,2025-01-01,5");
        UsefulLifeChange row = DatasetReader.read(d).dataset().usefulLives().get(0);
        assertEquals(1.0, row.fleetShare(), 0);
        assertEquals("", row.effectBasis());
    }

    @ParameterizedTest
    @CsvSource({"0", "-0.5", "150%", "101"})
    void aShareOutsideZeroToOneIsALocatedError(String value) throws Exception {
        Path d = dataset("company,effective_from,life_years,fleet_share", "Amazon,2025-01-01,5," + value);
        ImportException e = assertThrows(ImportException.class, () -> DatasetReader.read(d));
        ImportMessage m = e.firstError();
        assertEquals("fleet_share", m.location().column(), m.format());
        assertEquals(2, m.location().row(), m.format());
        assertTrue(m.message().contains("share of the fleet"), m.message());
    }

    @Test
    void theEffectBasisIsExpectedOrActual() throws Exception {
        Path d = dataset("company,effective_from,life_years,effect_basis", "Amazon,2025-01-01,5,Expected");
        assertEquals(UsefulLifeChange.EXPECTED, DatasetReader.read(d).dataset().usefulLives().get(0).effectBasis());
        Path bad = dataset("company,effective_from,life_years,effect_basis", "Amazon,2025-01-01,5,maybe");
        ImportException e = assertThrows(ImportException.class, () -> DatasetReader.read(bad));
        assertEquals("effect_basis", e.firstError().location().column());
    }
}
