package org.capexlens.io.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.capexlens.io.RawCell;
import org.capexlens.io.SheetSink;
import org.capexlens.io.WorkbookSink;

/** Records what a reader streams, to check the raw cells before any interpretation. */
final class RecordingSink implements WorkbookSink {
    /** One row as passed on. */
    record Row(int number, List<RawCell> cells) {
    }

    /** One sheet as passed on. */
    static final class Sheet {
        final String name;
        final List<Row> rows = new ArrayList<>();
        boolean ended;

        Sheet(String name) {
            this.name = name;
        }
    }

    final List<Sheet> sheets = new ArrayList<>();

    @Override
    public SheetSink startSheet(String sheetName, boolean decimalComma) {
        Sheet sheet = new Sheet(sheetName);
        sheets.add(sheet);
        return new SheetSink() {
            @Override
            public void row(int rowNumber, List<RawCell> cells) {
                sheet.rows.add(new Row(rowNumber, List.copyOf(cells)));
            }

            @Override
            public void end() {
                sheet.ended = true;
            }
        };
    }

    List<String> names() {
        return sheets.stream().map(s -> s.name).toList();
    }

    Sheet sheet(String name) {
        return sheets.stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow();
    }
}
