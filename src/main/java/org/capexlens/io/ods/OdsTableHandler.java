package org.capexlens.io.ods;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.capexlens.io.RawCell;
import org.capexlens.io.SheetSink;
import org.capexlens.io.WorkbookSink;

/**
 * Turns the StAX events of an ODS {@code content.xml} into sheets and rows of {@link RawCell}s: each
 * {@code table:table} is a sheet, each {@code table:table-row} a row; cells keep their type (float, percentage and
 * currency as numbers with their full value, dates as dates, strings as text). Repeated rows and cells
 * ({@code number-rows-repeated}, {@code number-columns-repeated}, which LibreOffice writes for the empty rest of a
 * sheet, often a million rows) are expanded only when they hold something.
 */
final class OdsTableHandler {
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    /** Most columns of a row (a spreadsheet program's width). */
    private static final int MAX_COLUMNS = 16_384;
    /** Most copies of one row that holds something. */
    private static final int MAX_ROW_REPEAT = 100_000;

    private final XMLStreamReader xml;
    private final WorkbookSink sink;
    private SheetSink sheet;
    private int rowNumber;

    OdsTableHandler(XMLStreamReader xml, WorkbookSink sink) {
        this.xml = xml;
        this.sink = sink;
    }

    void read() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && TABLE.equals(xml.getNamespaceURI())) {
                switch (xml.getLocalName()) {
                    case "table" -> {
                        sheet = sink.startSheet(attr(TABLE, "name", "Sheet"), false);
                        rowNumber = 0;
                    }
                    case "table-row" -> row();
                    default -> {
                        // columns, headers, shapes: no cells
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && TABLE.equals(xml.getNamespaceURI())
                    && "table".equals(xml.getLocalName()) && sheet != null) {
                sheet.end();
                sheet = null;
            }
        }
    }

    private String attr(String ns, String local, String fallback) {
        String v = xml.getAttributeValue(ns, local);
        return v == null ? fallback : v;
    }

    private int repeat(String local) {
        String v = xml.getAttributeValue(TABLE, local);
        if (v == null) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Reads one {@code table-row} (positioned on its start) to its end. */
    private void row() throws XMLStreamException {
        int rows = repeat("number-rows-repeated");
        List<RawCell> cells = new ArrayList<>();
        int pendingBlanks = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && TABLE.equals(xml.getNamespaceURI())
                    && (xml.getLocalName().equals("table-cell") || xml.getLocalName().equals("covered-table-cell"))) {
                int times = repeat("number-columns-repeated");
                RawCell cell = xml.getLocalName().equals("covered-table-cell") ? skipCell() : cell();
                if (cell.isBlank()) {
                    pendingBlanks = (int) Math.min(MAX_COLUMNS, (long) pendingBlanks + times);
                } else {
                    for (int i = 0; i < pendingBlanks && cells.size() < MAX_COLUMNS; i++) {
                        cells.add(RawCell.BLANK);
                    }
                    pendingBlanks = 0;
                    for (int i = 0; i < times && cells.size() < MAX_COLUMNS; i++) {
                        cells.add(cell);
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && TABLE.equals(xml.getNamespaceURI())
                    && xml.getLocalName().equals("table-row")) {
                break;
            }
        }
        if (cells.isEmpty() || sheet == null) {
            rowNumber += rows;
            return;
        }
        for (int i = 0; i < Math.min(rows, MAX_ROW_REPEAT); i++) {
            rowNumber++;
            sheet.row(rowNumber, cells);
        }
        rowNumber += Math.max(0, rows - MAX_ROW_REPEAT);
    }

    private RawCell skipCell() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int e = xml.next();
            depth += e == XMLStreamConstants.START_ELEMENT ? 1 : e == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
        return RawCell.BLANK;
    }

    /** One {@code table-cell}, positioned on its start; reads to its end. */
    private RawCell cell() throws XMLStreamException {
        String type = xml.getAttributeValue(OFFICE, "value-type");
        String value = xml.getAttributeValue(OFFICE, "value");
        String date = xml.getAttributeValue(OFFICE, "date-value");
        String bool = xml.getAttributeValue(OFFICE, "boolean-value");
        String calcType = xml.getAttributeValue("urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
                "value-type");
        String text = text();
        if (type == null) {
            return RawCell.text(text);
        }
        switch (type) {
            case "float", "percentage", "currency" -> {
                try {
                    double v = Double.parseDouble(value);
                    // The full value, written as the .xlsx reader writes it, not the text as formatted on screen.
                    return RawCell.number(v);
                } catch (NumberFormatException | NullPointerException e) {
                    return RawCell.text(text);
                }
            }
            case "date" -> {
                if (date != null && date.length() >= 10) {
                    try {
                        return RawCell.date(LocalDate.parse(date.substring(0, 10)));
                    } catch (java.time.format.DateTimeParseException e) {
                        return RawCell.text(text);
                    }
                }
                return RawCell.text(text);
            }
            case "boolean" -> {
                return RawCell.bool("true".equals(bool));
            }
            default -> {
                if ("error".equals(calcType)) {
                    return RawCell.error(text.trim());
                }
                return RawCell.text(text);
            }
        }
    }

    /** The text of the cell's paragraphs, one line each, with {@code text:s} spaces and tabs. */
    private String text() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        int paragraphs = 0;
        while (depth > 0 && xml.hasNext()) {
            int e = xml.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (TEXT.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "p" -> {
                            if (paragraphs++ > 0) {
                                sb.append('\n');
                            }
                        }
                        case "s" -> {
                            String c = xml.getAttributeValue(TEXT, "c");
                            int n = 1;
                            try {
                                n = c == null ? 1 : Math.min(1000, Integer.parseInt(c));
                            } catch (NumberFormatException ex) {
                                n = 1;
                            }
                            sb.append(" ".repeat(Math.max(0, n)));
                        }
                        case "tab" -> sb.append('\t');
                        case "line-break" -> sb.append('\n');
                        default -> {
                            // spans, links: their characters count
                        }
                    }
                } else if (OFFICE.equals(xml.getNamespaceURI()) && "annotation".equals(xml.getLocalName())) {
                    skipCell(); // a comment is not the cell's text
                    depth--;
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
                if (depth > 1) {
                    sb.append(xml.getText());
                }
            }
        }
        return sb.toString();
    }
}
