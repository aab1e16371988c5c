package org.capexlens.io;

import org.capexlens.io.load.DatasetReader;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.SheetNames;
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

    /** The canonical good dataset, written out by hand from good/csv (shared with the workbook tests). */
    static Dataset expected() {
        return GoodFixture.expected();
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
