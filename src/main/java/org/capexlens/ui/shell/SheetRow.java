package org.capexlens.ui.shell;

/**
 * One line of the rows-per-sheet table.
 *
 * @param sheet  the sheet name, e.g. {@code capex}.
 * @param rows   number of data rows loaded from it.
 */
public record SheetRow(String sheet, int rows) {
}
