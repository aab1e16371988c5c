package org.capexlens.io;

import org.capexlens.io.load.DatasetReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void semicolonCsvWhoseFiguresAllHaveThreeDecimalsIsRefusedAsAmbiguous() {
        // Issue 15: every figure reads "23,886", which is 23.886 with a decimal comma or 23886 with a thousands
        // comma, and nothing else in the file tells which. Before, the semicolon alone decided (decimal comma),
        // which is how "0.973" became 973 in a semicolon file with decimal points.
        ImportException e = assertThrows(ImportException.class,
                () -> folderWithCapexFrom(fixture("good/capex-semicolon.csv")));

        assertEquals("capex-semicolon.csv:capex:2:capex_usd_b: cannot tell whether \u201C23,886\u201D means 23.886 or"
                + " 23886: no figure in this file or folder shows whether its decimal mark is a point or a comma. Write"
                + " one figure of the column with its decimals (e.g. 1.5 or 1,5), or the figures without thousands"
                + " separators, or save the sheet as .xlsx", e.firstError().format());
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
