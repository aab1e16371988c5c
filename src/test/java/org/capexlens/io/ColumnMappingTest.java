package org.capexlens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.capexlens.io.json.ColumnMappingJson;
import org.capexlens.io.load.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: a header the user maps to a field is read as that field, and only for the header row it was made for. */
class ColumnMappingTest {
    private static final Path GOOD = Path.of("src/test/resources/fixtures/good/csv");

    @TempDir
    Path dir;

    /** The good CSV folder with capex.csv's {@code capex_usd_b} header renamed to {@code header}. */
    private Path renamed(String header) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("renamed"));
        try (var files = Files.list(GOOD)) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Path capex = folder.resolve("capex.csv");
        String text = Files.readString(capex, StandardCharsets.UTF_8);
        Files.writeString(capex, text.replaceFirst("capex_usd_b", header), StandardCharsets.UTF_8);
        return folder;
    }

    @Test
    void aMissingRequiredColumnIsReportedWithTheFileHeadersAndTheClosest() throws IOException {
        Path folder = renamed("Spend");
        ImportException e = assertThrows(ImportException.class, () -> DatasetReader.read(folder));

        assertEquals(1, e.missingColumns().size());
        MissingColumns m = e.missingColumns().get(0);
        assertEquals("capex", m.sheet());
        assertEquals(List.of("capex_usd_b"), m.missing());
        assertEquals(List.of("company", "fiscal_year", "Spend", "status", "source", "note"), m.headers());
        // "Spend" is the only header no other column took (status, source and note are optional columns' own).
        assertEquals(Map.of("capex_usd_b", "Spend"), m.closest());
        // The first three values of each column, as the cells show them (the good capex.csv fixture's rows).
        assertEquals(List.of("23.886", "28.107", "44.477"), m.samples().get("Spend"));
    }

    @Test
    void spendMappedToCapexLoadsExactlyAsTheOriginal() throws Exception {
        Path folder = renamed("Spend");
        ColumnMapping mapping = ColumnMapping.none().with(new ColumnMapping.Entry("capex",
                ColumnMapping.key(List.of("company", "fiscal_year", "Spend", "status", "source", "note")),
                Map.of("Spend", "capex_usd_b")));

        ImportResult mapped = DatasetReader.read(folder, mapping);
        ImportResult original = DatasetReader.read(GOOD);

        assertEquals(original.dataset(), mapped.dataset());
        List<ImportMessage> notices = mapped.warnings().stream()
                .filter(w -> w.message().contains("as you mapped it")).toList();
        assertEquals(1, notices.size(), mapped.warnings().toString());
        assertEquals("capex", notices.get(0).location().sheet());
        assertEquals("Spend", notices.get(0).location().column());
        assertEquals(original.warnings().size() + 1, mapped.warnings().size());
    }

    @Test
    void aMappingMadeForOtherHeadersIsNotApplied() throws IOException {
        Path folder = renamed("Spend");
        // Made for a capex sheet without a note column: this header row has one more header, so it does not apply.
        ColumnMapping other = ColumnMapping.none().with(new ColumnMapping.Entry("capex",
                ColumnMapping.key(List.of("company", "fiscal_year", "Spend", "status", "source")),
                Map.of("Spend", "capex_usd_b")));

        ImportException e = assertThrows(ImportException.class, () -> DatasetReader.read(folder, other));
        assertEquals(List.of("capex_usd_b"), e.missingColumns().get(0).missing());
    }

    @Test
    void theKeyIgnoresCaseOrderUnitsAndBlanks() {
        assertEquals(ColumnMapping.key(List.of("Spend ($B)", "FISCAL_YEAR", "company", " ")),
                ColumnMapping.key(List.of("company", "fiscal year", "spend")));
        assertEquals(List.of("company", "fiscalyear", "spend"), ColumnMapping.key(List.of("spend", "Company",
                "Fiscal Year")));
    }

    @Test
    void mappingsRoundTripThroughTheirFile() throws Exception {
        ColumnMapping m = ColumnMapping.none()
                .with(new ColumnMapping.Entry("capex", List.of("company", "fy", "spend"),
                        Map.of("Spend", "capex_usd_b")))
                .with(new ColumnMapping.Entry("companies", List.of("firm", "month", "role"),
                        Map.of("Firm", "company", "Month", "fiscal_year_end_month")));
        Path file = dir.resolve("column-mappings.json");
        ColumnMappingJson.write(m, file);

        ColumnMapping back = ColumnMappingJson.read(file);
        assertEquals(m.entries(), back.entries());
        assertEquals(Map.of("Spend", "capex_usd_b"), back.find("capex", List.of("Spend", "FY", "Company")));
        assertTrue(ColumnMappingJson.read(dir.resolve("absent.json")).isEmpty());
    }

    @Test
    void aDamagedMappingsFileIsALocatedError() throws IOException {
        Path file = dir.resolve("column-mappings.json");
        Files.writeString(file, "{\"mappings\": [{\"sheet\": 3}]}");
        ImportException e = assertThrows(ImportException.class, () -> ColumnMappingJson.read(file));
        assertEquals(ImportException.Kind.INVALID, e.kind());
        assertTrue(e.firstError().format().startsWith("column-mappings.json:column-mappings"),
                e.firstError().format());
    }
}
