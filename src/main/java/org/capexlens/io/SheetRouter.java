package org.capexlens.io;

import java.util.List;
import java.util.function.Function;
import org.capexlens.domain.SheetNames;
import org.capexlens.text.Messages;

/**
 * Decides where the rows of each sheet of a file go: a data sheet the schema knows (by any spelling
 * {@link SheetSchema#forSheetName} accepts) to a {@link KnownSheetSink} with its sheet's row builder; the readme
 * sheet, an unknown sheet (with a warning) and a second sheet of one kind (with an error) nowhere.
 */
final class SheetRouter {
    /** Where the rows of a sheet that is not data go. */
    private static final SheetSink IGNORE = new SheetSink() {
        @Override
        public void row(int rowNumber, List<RawCell> cells) {
            // not a data sheet
        }

        @Override
        public void end() {
            // nothing to do
        }
    };

    private final ReadSheets sheets;
    private final MessageLog log;
    private final RowBuilders builders = new RowBuilders();

    private final ColumnMapping mapping;

    SheetRouter(ReadSheets sheets, MessageLog log, ColumnMapping mapping) {
        this.sheets = sheets;
        this.log = log;
        this.mapping = mapping;
    }

    /**
     * The sink for a sheet that starts.
     *
     * @param sheetFile  the file its messages name.
     */
    SheetSink startSheet(String sheetName, boolean decimalComma, String sheetFile) {
        if (HeaderNames.normalize(sheetName).equals(HeaderNames.normalize(SheetNames.README))) {
            return IGNORE;
        }
        var schema = SheetSchema.forSheetName(sheetName);
        if (schema.isEmpty()) {
            log.add(ImportMessage.warning(Location.ofSheet(sheetFile, sheetName),
                    Messages.get("import.sheet.unknown", sheetName, String.join(", ", SheetNames.ALL))));
            return IGNORE;
        }
        String canonical = schema.get().name();
        if (sheets.contains(canonical)) {
            log.add(ImportMessage.error(Location.ofSheet(sheetFile, sheetName),
                    Messages.get("import.sheet.duplicate", sheetName, sheets.get(canonical).nameInFile)));
            return IGNORE;
        }
        return switch (canonical) {
            case SheetNames.COMPANIES -> sink(schema.get(), sheetName, sheetFile, decimalComma, builders::company);
            case SheetNames.CAPEX -> sink(schema.get(), sheetName, sheetFile, decimalComma, builders::capex);
            case SheetNames.FINANCIALS -> sink(schema.get(), sheetName, sheetFile, decimalComma, builders::financials);
            case SheetNames.USEFUL_LIVES -> sink(schema.get(), sheetName, sheetFile, decimalComma,
                    builders::usefulLife);
            case SheetNames.CHIP_REVENUE -> sink(schema.get(), sheetName, sheetFile, decimalComma,
                    builders::chipRevenue);
            case SheetNames.AI_REVENUE -> sink(schema.get(), sheetName, sheetFile, decimalComma, builders::aiRevenue);
            case SheetNames.SOURCES -> sink(schema.get(), sheetName, sheetFile, decimalComma, builders::source);
            case SheetNames.CLAIMS -> sink(schema.get(), sheetName, sheetFile, decimalComma, builders::claim);
            case SheetNames.GPU_PRICES -> sink(schema.get(), sheetName, sheetFile, decimalComma, builders::gpuPrice);
            default -> throw new IllegalStateException("no builder for sheet " + canonical);
        };
    }

    private <T> SheetSink sink(SheetSchema.Sheet schema, String nameInFile, String sheetFile, boolean decimalComma,
            Function<RowReader, T> builder) {
        SheetState<T> state = new SheetState<>(schema, nameInFile, sheetFile);
        sheets.add(state);
        return new KnownSheetSink<>(state, decimalComma, builder, log, mapping);
    }
}
