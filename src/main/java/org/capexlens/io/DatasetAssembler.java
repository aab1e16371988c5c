package org.capexlens.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.SheetNames;
import org.capexlens.text.Messages;

/**
 * Turns the raw rows that any format reader streams into a validated {@link Dataset}: header matching, typed cell
 * parsing, row checks and the cross-sheet checks (unknown company or source, duplicates). One instance per load.
 *
 * <p>The one place where those rules live for every format (README, "One DatasetAssembler for every format"), as a
 * small façade over the classes that do each job: {@link SheetRouter} sends each sheet to a {@link KnownSheetSink},
 * which matches its header and builds each row through a {@link RowReader} and {@link RowBuilders};
 * {@link CrossSheetChecks} runs at the end; every message goes to one {@link MessageLog}, in the order found.
 *
 * <p>Use: pass it to a format reader as the {@link WorkbookSink}, then call {@link #finish()}.
 */
public final class DatasetAssembler implements WorkbookSink {
    /** Sheets every dataset needs: a file without them, or with them empty, is refused. */
    static final List<String> REQUIRED_SHEETS = List.of(SheetNames.COMPANIES, SheetNames.CAPEX);

    private final String file;
    private final MessageLog log = new MessageLog();
    private final ReadSheets sheets;
    private final SheetRouter router;
    private boolean singleCsvFile;

    /**
     * @param file  the file name used in every message (not the full path), not {@code null}.
     */
    public DatasetAssembler(String file) {
        this(file, ColumnMapping.none());
    }

    /**
     * @param file     the file name used in every message (not the full path), not {@code null}.
     * @param mapping  headers the user mapped to fields, applied to a header row with exactly their set of
     *                 headers (each with a warning saying so), not {@code null}.
     */
    public DatasetAssembler(String file, ColumnMapping mapping) {
        this.file = file;
        this.sheets = new ReadSheets(file);
        this.router = new SheetRouter(sheets, log, java.util.Objects.requireNonNull(mapping, "mapping"));
    }

    /**
     * Says that the file is one CSV file, which holds one sheet: when a required sheet is missing, the message then
     * tells how to provide the others (a folder of CSV files) instead of naming each missing sheet.
     */
    public void singleCsvFile() {
        singleCsvFile = true;
    }

    /** The file name messages carry. */
    public String file() {
        return file;
    }

    /** Adds a message found outside the rows (by a format reader), e.g. a warning about the encoding. */
    @Override
    public void add(ImportMessage message) {
        log.add(message);
    }

    @Override
    public SheetSink startSheet(String sheetName, boolean decimalComma) {
        return startSheet(sheetName, decimalComma, file);
    }

    @Override
    public SheetSink startSheet(String sheetName, boolean decimalComma, String fileName) {
        return router.startSheet(sheetName, decimalComma, fileName == null ? file : fileName);
    }

    /**
     * Runs the cross-sheet checks and returns the dataset.
     *
     * @return the dataset with its warnings.
     * @throws ImportException  when any error was found; it carries every message (errors and warnings).
     */
    public ImportResult finish() throws ImportException {
        if (sheets.isEmpty()) {
            log.add(ImportMessage.error(Location.ofFile(file),
                    Messages.get("import.file.noSheets", String.join(", ", SheetNames.ALL))));
            throw log.fail();
        }
        List<String> missing = REQUIRED_SHEETS.stream().filter(s -> !sheets.contains(s)).toList();
        if (singleCsvFile && !missing.isEmpty()) {
            // One CSV file is one sheet: the fix is a folder of them, not a sheet added to this file.
            log.add(ImportMessage.error(Location.ofFile(file), Messages.get("import.csv.incomplete", file,
                    sheets.first().nameInFile, String.join(" and ", missing), missing.size())));
            throw log.fail();
        }
        for (String required : missing) {
            log.add(ImportMessage.error(Location.ofSheet(file, required),
                    Messages.get("import.sheet.missing", required)));
        }
        Map<String, String> degraded = new LinkedHashMap<>();
        degraded.put(SheetNames.FINANCIALS, Messages.get("import.sheet.optionalMissing.financials"));
        degraded.put(SheetNames.USEFUL_LIVES, Messages.get("import.sheet.optionalMissing.usefulLives"));
        degraded.put(SheetNames.CHIP_REVENUE, Messages.get("import.sheet.optionalMissing.chipRevenue"));
        degraded.put(SheetNames.AI_REVENUE, Messages.get("import.sheet.optionalMissing.aiRevenue"));
        degraded.put(SheetNames.SOURCES, Messages.get("import.sheet.optionalMissing.sources"));
        degraded.forEach((sheet, message) -> {
            if (!sheets.contains(sheet)) {
                log.add(ImportMessage.warning(Location.ofSheet(file, sheet), message));
            }
        });
        new CrossSheetChecks(sheets, log).run();
        log.summariseCapped();
        if (log.hasErrors()) {
            throw log.fail();
        }
        Dataset dataset = new Dataset(sheets.values(SheetNames.COMPANIES), sheets.values(SheetNames.CAPEX),
                sheets.values(SheetNames.FINANCIALS), sheets.values(SheetNames.USEFUL_LIVES),
                sheets.values(SheetNames.CHIP_REVENUE), sheets.values(SheetNames.AI_REVENUE),
                sheets.values(SheetNames.SOURCES), sheets.values(SheetNames.CLAIMS),
                sheets.values(SheetNames.GPU_PRICES));
        return new ImportResult(dataset, log.messages(), file);
    }
}
