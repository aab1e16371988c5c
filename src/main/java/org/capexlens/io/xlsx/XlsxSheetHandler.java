package org.capexlens.io.xlsx;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.capexlens.io.RawCell;
import org.capexlens.io.SheetSink;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet part ({@code xl/worksheets/sheetN.xml}): turns {@code <row>} and {@code <c>}
 * elements into {@link RawCell} rows for a {@link SheetSink}. Written by hand rather than POI's
 * {@code XSSFSheetXMLHandler} because that one hands over formatted display text, while the importer needs the
 * exact kind and full-precision value of every cell.
 *
 * <p>Memory stays bounded: only the current row is held, and text of one cell is cut at Excel's own limit.
 * Rows without any value (formatted but empty rows, which some workbooks have by the million) are not emitted.
 */
final class XlsxSheetHandler extends DefaultHandler {
    /** Excel's largest column index (XFD), 0-based; a reference beyond it is ignored. */
    static final int MAX_COLUMN = 16_383;
    /** Excel's largest row number. */
    static final int MAX_ROW = 1_048_576;
    /** Excel keeps at most this many characters in a cell; more can only come from a damaged or hostile file. */
    static final int MAX_CELL_CHARS = 32_767;
    /** Shared formulas remembered per sheet, only to name them in messages; beyond this they are named "=…". */
    static final int MAX_SHARED_FORMULAS = 10_000;

    private final XlsxReader.CountedSharedStrings sharedStrings;
    private final CellStyles styles;
    private final boolean date1904;
    private final SheetSink sink;
    /** Per cell style index: 0 not yet known, 1 a date format, 2 not; sized by the styles the file really has. */
    private final byte[] dateStyles;
    /** Text of shared formulas by their {@code si}, so that a cell using one can name it in a message. */
    private final Map<String, String> sharedFormulas = new HashMap<>();

    private int lastRow;
    private int row;
    private List<RawCell> cells;
    private int nextColumn;

    private int column;
    private boolean skipCell;
    private String type;
    private int style;
    private boolean hasValue;
    private boolean hasFormula;
    private String sharedFormulaIndex;
    private boolean sharedFormulaMaster;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private StringBuilder collecting;
    private boolean inInlineString;
    private boolean inPhonetic;

    /**
     * @param sharedStrings  the workbook's shared strings; {@code null} when it has none.
     * @param styles         the workbook's styles; {@code null} when it has none.
     * @param date1904       whether the workbook counts dates from 1904 (old Mac Excel).
     * @param sink           receives the rows.
     */
    XlsxSheetHandler(XlsxReader.CountedSharedStrings sharedStrings, CellStyles styles, boolean date1904,
            SheetSink sink) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
        this.sink = sink;
        this.dateStyles = new byte[styles == null ? 0 : styles.count()];
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "row" -> startRow(parsePositive(atts.getValue("r")));
            case "c" -> startCell(columnIndex(atts.getValue("r")), atts.getValue("t"),
                    parsePositive(atts.getValue("s")));
            case "v" -> startValue();
            case "f" -> startFormula("shared".equals(atts.getValue("t")) ? atts.getValue("si") : null,
                    atts.getValue("ref") != null);
            case "is" -> inInlineString = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> startText();
            default -> {
                // other elements (cols, mergeCells, rich-text run properties …) carry nothing we read
            }
        }
    }

    // The start of each element the importer reads, with its attributes already read: called by the SAX callbacks
    // above and, for the common UTF-8 worksheet, straight by SheetXmlScanner (through SheetElements).

    /** {@code <is>}, an inline string. */
    void startInlineString() {
        inInlineString = true;
    }

    /** {@code <rPh>}, a phonetic run whose text is not the cell's. */
    void startPhonetic() {
        inPhonetic = true;
    }

    /** {@code <v>}, the cell's (cached) value. */
    void startValue() {
        hasValue = true;
        value.setLength(0);
        collecting = value;
    }

    /**
     * {@code <f>}, a formula.
     *
     * @param sharedIndex  its {@code si} when it is a shared formula ({@code t="shared"}), else {@code null}.
     * @param hasRef       whether it has a {@code ref} (the master cell of a shared formula does).
     */
    void startFormula(String sharedIndex, boolean hasRef) {
        hasFormula = true;
        formula.setLength(0);
        collecting = formula;
        sharedFormulaIndex = sharedIndex;
        sharedFormulaMaster = sharedIndex != null && hasRef;
    }

    /** {@code <t>}: text, which is the cell's only inside an inline string and outside a phonetic run. */
    void startText() {
        if (inInlineString && !inPhonetic) {
            collecting = inline;
        }
    }

    /** Whether the text now being read belongs to the cell (else {@link #characters} ignores it). */
    boolean collecting() {
        return collecting != null;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting != null) {
            int room = MAX_CELL_CHARS - collecting.length();
            if (room > 0) {
                collecting.append(ch, start, Math.min(length, room));
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v", "t" -> collecting = null;
            case "f" -> {
                collecting = null;
                if (sharedFormulaIndex != null) {
                    if (sharedFormulaMaster && formula.length() > 0) {
                        if (sharedFormulas.size() < MAX_SHARED_FORMULAS) {
                            sharedFormulas.put(sharedFormulaIndex, formula.toString());
                        }
                    } else if (formula.length() == 0) {
                        formula.append(sharedFormulas.getOrDefault(sharedFormulaIndex, "\u2026"));
                    }
                }
            }
            case "is" -> inInlineString = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
                // nothing to do
            }
        }
    }

    /**
     * {@code <row>}.
     *
     * @param r  its {@code r} (1-based row number) as {@link #parsePositive} reads it; -1 when there is none.
     */
    void startRow(int r) {
        row = r > 0 && r <= MAX_ROW ? r : lastRow + 1;
        lastRow = row;
        cells = null;
        nextColumn = 0;
    }

    private void endRow() {
        if (cells != null) {
            List<RawCell> out = cells;
            cells = null;
            try {
                sink.row(row, out);
            } catch (RuntimeException e) {
                throw new WorkbookFailures.SinkFailure(e);
            }
        }
    }

    /**
     * {@code <c>}.
     *
     * @param c     the column of its {@code r} as {@link #columnIndex} reads it; -1 when there is none.
     * @param type  its {@code t}, {@code null} when there is none.
     * @param s     its {@code s} (style index) as {@link #parsePositive} reads it; -1 when there is none.
     */
    void startCell(int c, String type, int s) {
        column = c >= 0 ? c : nextColumn;
        skipCell = column > MAX_COLUMN;
        this.type = type;
        style = Math.max(s, 0);
        hasValue = false;
        hasFormula = false;
        sharedFormulaIndex = null;
        value.setLength(0);
        formula.setLength(0);
        inline.setLength(0);
        collecting = null;
    }

    private void endCell() throws SAXException {
        nextColumn = column + 1;
        if (skipCell) {
            return;
        }
        RawCell cell = cell();
        if (cell.isBlank()) {
            return;
        }
        if (cells == null) {
            cells = new ArrayList<>(Math.max(8, column + 1));
        }
        while (cells.size() <= column) {
            cells.add(RawCell.BLANK);
        }
        cells.set(column, cell);
    }

    /** The cell just read, classified by its type attribute, value and style. */
    private RawCell cell() throws SAXException {
        String v = value.toString();
        if (hasFormula && (!hasValue || (v.isEmpty() && !"str".equals(type)))) {
            return RawCell.formulaWithoutValue("=" + formula);
        }
        if (type == null) {
            return numeric(v);
        }
        switch (type) {
            case "s":
                return sharedString(v);
            case "inlineStr":
                return RawCell.text(hasValue && inline.length() == 0 ? v : inline.toString());
            case "str":
                return RawCell.text(v);
            case "b":
                if (v.isEmpty()) {
                    return RawCell.BLANK;
                }
                return RawCell.bool("1".equals(v.trim()) || "true".equalsIgnoreCase(v.trim()));
            case "e":
                return v.isEmpty() ? RawCell.BLANK : RawCell.error(v);
            case "d":
                return isoDate(v);
            case "n":
            default:
                return numeric(v);
        }
    }

    private RawCell numeric(String v) throws SAXException {
        if (v.isBlank()) {
            return RawCell.BLANK;
        }
        double d;
        try {
            d = Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            // Not a number although typed as one: let the importer say what it found.
            return RawCell.text(v);
        }
        if (isDateStyle(style) && DateUtil.isValidExcelDate(d)) {
            LocalDateTime t = DateUtil.getLocalDateTime(d, date1904);
            if (t != null) {
                LocalDate date = t.toLocalDate();
                return new RawCell(RawCell.Kind.DATE, date.toString(), d, date);
            }
        }
        return RawCell.number(d);
    }

    private RawCell sharedString(String v) throws SAXException {
        int index = parsePositive(v);
        if (sharedStrings == null || index < 0 || index >= sharedStrings.size()) {
            throw new SAXException("shared string index " + v + " out of range at row " + row);
        }
        return RawCell.text(sharedStrings.text(index));
    }

    /** A {@code t="d"} cell holds an ISO 8601 date or date-time as text. */
    private static RawCell isoDate(String v) {
        String t = v.trim();
        if (t.length() >= 10) {
            try {
                LocalDate date = LocalDate.parse(t.substring(0, 10));
                return new RawCell(RawCell.Kind.DATE, date.toString(), 0, date);
            } catch (java.time.format.DateTimeParseException e) {
                // fall through: the importer reports the text
            }
        }
        return RawCell.text(v);
    }

    private boolean isDateStyle(int index) throws SAXException {
        if (index >= dateStyles.length) {
            return false; // no such style (or no styles at all): General
        }
        if (dateStyles[index] == 0) {
            dateStyles[index] = styles.isDate(index) ? (byte) 1 : (byte) 2;
        }
        return dateStyles[index] == 1;
    }

    /** The 0-based column of a reference such as {@code B7}; -1 when there is none or it cannot be read. */
    static int columnIndex(CharSequence reference) {
        if (reference == null || reference.isEmpty()) {
            return -1;
        }
        int col = 0;
        int i = 0;
        while (i < reference.length()) {
            char ch = Character.toUpperCase(reference.charAt(i));
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            col = col * 26 + (ch - 'A' + 1);
            if (col > MAX_COLUMN + 1) {
                return MAX_COLUMN + 1;
            }
            i++;
        }
        return i == 0 ? -1 : col - 1;
    }

    /** A non-negative integer, or -1 when the text is none. */
    static int parsePositive(CharSequence text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }
}
