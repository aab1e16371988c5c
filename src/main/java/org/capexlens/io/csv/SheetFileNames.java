package org.capexlens.io.csv;

import org.capexlens.domain.SheetNames;
import org.capexlens.io.HeaderNames;
import org.capexlens.io.SheetSchema;

/**
 * Which sheet a CSV file stands for by its name: {@code capex.csv}, or, as LibreOffice names the files of "each sheet
 * to its own file", {@code <book>-<sheet>.csv} and {@code <book>_<sheet>.csv} ({@code ai-economics-useful_lives.csv}).
 */
final class SheetFileNames {
    private SheetFileNames() {
    }

    /**
     * The sheet name a file's base name stands for: the whole name, else the longest part after a {@code -} or
     * {@code _} that names a sheet (or the readme).
     *
     * @return that part of the name as written, or {@code null} when no part names a sheet.
     */
    static String sheetOf(String baseName) {
        if (names(baseName)) {
            return baseName;
        }
        for (int i = 0; i < baseName.length(); i++) {
            char c = baseName.charAt(i);
            if ((c == '-' || c == '_') && i + 1 < baseName.length() && names(baseName.substring(i + 1))) {
                return baseName.substring(i + 1);
            }
        }
        return null;
    }

    /** Whether the readme sheet is meant. */
    static boolean isReadme(String sheet) {
        return HeaderNames.normalize(sheet).equals(HeaderNames.normalize(SheetNames.README));
    }

    private static boolean names(String candidate) {
        return SheetSchema.forSheetName(candidate).isPresent() || isReadme(candidate);
    }
}
