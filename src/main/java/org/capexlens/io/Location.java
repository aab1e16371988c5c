package org.capexlens.io;

/**
 * Where in a user's file a message points: file name, sheet, row and column, as a spreadsheet user counts.
 *
 * @param file    the file name (not the full path), not {@code null}.
 * @param sheet   the sheet name (for CSV, the sheet the file stands for); empty when the message is about the file.
 * @param row     1-based row number as shown by a spreadsheet program (the header is row 1 when it is the first
 *                row); 0 when the message is about a whole sheet or file.
 * @param column  the column's header as written in the file; empty when the message is about a whole row.
 */
public record Location(String file, String sheet, int row, String column) {
    public Location {
        file = file == null ? "" : file;
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
        if (row < 0) {
            throw new IllegalArgumentException("row must be >= 0, was " + row);
        }
    }

    /** A location naming only a file. */
    public static Location ofFile(String file) {
        return new Location(file, "", 0, "");
    }

    /** A location naming a whole sheet. */
    public static Location ofSheet(String file, String sheet) {
        return new Location(file, sheet, 0, "");
    }

    /** The {@code file:sheet:row:column} form used on the command line; empty parts stay empty. */
    public String format() {
        return file + ":" + sheet + ":" + (row == 0 ? "" : Integer.toString(row)) + ":" + column;
    }

    @Override
    public String toString() {
        return format();
    }
}
