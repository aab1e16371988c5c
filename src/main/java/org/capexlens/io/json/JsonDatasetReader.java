package org.capexlens.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.domain.SheetNames;
import org.capexlens.io.HeaderNames;
import org.capexlens.io.ImportException;
import org.capexlens.io.Location;
import org.capexlens.io.RawCell;
import org.capexlens.io.SheetSchema;
import org.capexlens.io.SheetSink;
import org.capexlens.io.WorkbookSink;
import org.capexlens.text.Messages;

/**
 * Reads a JSON dataset: an object whose members are the sheets, each an array of row objects, e.g.
 * <code>{"capex": [{"company": "Meta", "fiscal_year": 2024, "capex_usd_b": 37.256}, …], …}</code>.
 *
 * <p>The member names of a sheet's rows are its headers: the reader passes their union (in order of first
 * appearance) as a header row 0 and element {@code i} of the array as row {@code i + 1}. Numbers, strings,
 * booleans and {@code null} become number, text, boolean and blank cells; the assembler does the rest.
 *
 * <p>The file is streamed twice with Jackson's {@link JsonParser}: a first pass checks the whole shape and
 * collects each sheet's member names (bounded by {@link #MAX_MEMBERS_PER_SHEET}), a second passes the rows on.
 * So nothing is held but one row, a malformed file is refused before any row is passed on, and every message
 * carries the sheet, row and member it is about. {@link StreamReadConstraints} bound nesting, string, name and
 * number lengths, so a 50 MB string or 1,000 nested arrays fail fast with a plain message.
 */
public final class JsonDatasetReader {
    private static final Logger LOG = Logger.getLogger(JsonDatasetReader.class.getName());

    /** Deepest nesting read; a dataset needs 3 (object, array, row object). */
    static final int MAX_DEPTH = 64;
    /** Longest string value, in characters. */
    static final int MAX_STRING_CHARS = 1_000_000;
    /** Longest member name (a column header), in characters. */
    static final int MAX_NAME_CHARS = 1_000;
    /** Most digits in a number. */
    static final int MAX_NUMBER_CHARS = 100;
    /** Most different member names in the rows of one sheet (its columns). */
    static final int MAX_MEMBERS_PER_SHEET = 1_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNameLength(MAX_NAME_CHARS)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .build())
            .build();

    private JsonDatasetReader() {
    }

    /** Where the parser is, for messages: the sheet (member), row (element + 1) and column (row member). */
    private static final class Position {
        String sheet = "";
        int row;
        String column = "";
        /** Where the string value being read starts, while it is read (its length is checked as it is). */
        JsonLocation textStart;

        Location location(String file) {
            return new Location(file, sheet, row, column);
        }
    }

    /**
     * @param path  the JSON file, not {@code null}.
     * @param sink  receives every sheet and row.
     * @throws ImportException  when the file cannot be read ({@link ImportException.Kind#IO}) or is not valid JSON
     *                          of that shape ({@link ImportException.Kind#INVALID}).
     */
    public static void read(Path path, WorkbookSink sink) throws ImportException {
        String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        List<List<String>> columns = new ArrayList<>();
        walk(path, file, columns, null);
        walk(path, file, columns, sink);
    }

    /**
     * One pass over the file. With {@code sink == null} it checks the shape and fills {@code columns} (one list
     * of member names per top-level member, in file order); otherwise it passes sheets and rows to {@code sink}.
     */
    private static void walk(Path path, String file, List<List<String>> columns, WorkbookSink sink)
            throws ImportException {
        Position at = new Position();
        try (InputStream in = Files.newInputStream(path); JsonParser p = FACTORY.createParser(in)) {
            try {
                walk(p, file, at, columns, sink);
            } catch (StreamConstraintsException e) {
                throw limit(e, p.currentLocation(), file, at);
            } catch (JsonProcessingException e) {
                throw malformed(e, file, at);
            } catch (CharConversionException e) {
                throw encoding(p.currentLocation(), file, at, e);
            }
        } catch (NoSuchFileException e) {
            throw ImportException.io(Location.ofFile(file), Messages.get("import.file.notFound", path.toString()), e);
        } catch (AccessDeniedException e) {
            throw ImportException.io(Location.ofFile(file), Messages.get("import.file.accessDenied", path.toString()),
                    e);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot read " + path, e);
            throw ImportException.io(Location.ofFile(file), Messages.get("import.file.ioError", path.toString()), e);
        }
    }

    private static void walk(JsonParser p, String file, Position at, List<List<String>> columns, WorkbookSink sink)
            throws IOException, ImportException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw ImportException.invalid(Location.ofFile(file), Messages.get("import.json.empty", file));
        }
        if (t != JsonToken.START_OBJECT) {
            throw ImportException.invalid(Location.ofFile(file),
                    Messages.get("import.json.topLevel", String.join(", ", SheetNames.ALL), found(t)));
        }
        int member = 0;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            at.sheet = p.currentName();
            t = p.nextToken();
            boolean dataSheet = isDataSheet(at.sheet);
            if (t == JsonToken.START_ARRAY && dataSheet) {
                if (sink == null) {
                    columns.add(scanSheet(p, file, at));
                } else {
                    emitSheet(p, at, member < columns.size() ? columns.get(member) : List.of(), sink, file);
                }
            } else {
                if (sink == null && dataSheet) {
                    throw ImportException.invalid(Location.ofSheet(file, at.sheet),
                            Messages.get("import.json.sheetNotArray", at.sheet, found(t)));
                }
                // Not a sheet (a "README" text or list, a "version" number, "notes"): its content is not checked,
                // and the assembler warns about a name it does not know.
                p.skipChildren();
                if (sink == null) {
                    columns.add(List.of());
                } else {
                    sink.startSheet(at.sheet, false, file).end();
                }
            }
            member++;
            at.sheet = "";
            at.row = 0;
            at.column = "";
        }
        t = p.nextToken();
        if (t != null) {
            JsonLocation l = p.currentTokenLocation();
            throw ImportException.invalid(Location.ofFile(file),
                    Messages.get("import.json.trailing", line(l), column(l)));
        }
    }

    private static boolean isDataSheet(String name) {
        return SheetSchema.forSheetName(name).isPresent()
                && !HeaderNames.normalize(name).equals(HeaderNames.normalize(SheetNames.README));
    }

    /** First pass over one sheet's array: checks every row and collects the member names. */
    private static List<String> scanSheet(JsonParser p, String file, Position at) throws IOException, ImportException {
        Map<String, Integer> names = new LinkedHashMap<>();
        Set<String> inRow = new HashSet<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            at.row++;
            at.column = "";
            if (t != JsonToken.START_OBJECT) {
                throw ImportException.invalid(at.location(file), Messages.get("import.json.rowNotObject", found(t)));
            }
            inRow.clear();
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                at.column = name;
                if (!inRow.add(name)) {
                    throw ImportException.invalid(at.location(file), Messages.get("import.json.duplicateMember",
                            quote(name)));
                }
                if (names.putIfAbsent(name, names.size()) == null && names.size() > MAX_MEMBERS_PER_SHEET) {
                    throw ImportException.invalid(at.location(file),
                            Messages.get("import.json.tooManyMembers", at.sheet, MAX_MEMBERS_PER_SHEET));
                }
                t = p.nextToken();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    throw ImportException.invalid(at.location(file), Messages.get("import.json.nested", found(t)));
                }
                if (t == JsonToken.VALUE_STRING) {
                    // Read it now so that a string over the length limit fails in this pass, before any row is
                    // passed on, rather than being skipped here and failing half-way through the second.
                    at.textStart = p.currentTokenLocation();
                    p.getText();
                    at.textStart = null;
                }
            }
            at.column = "";
        }
        return new ArrayList<>(names.keySet());
    }

    /** Second pass over one sheet's array: the header row 0, then element {@code i} as row {@code i + 1}. */
    private static void emitSheet(JsonParser p, Position at, List<String> names, WorkbookSink sink, String file)
            throws IOException {
        SheetSink target = sink.startSheet(at.sheet, false, file);
        Map<String, Integer> index = new HashMap<>();
        List<RawCell> header = new ArrayList<>(names.size());
        for (String n : names) {
            index.put(n, index.size());
            header.add(RawCell.text(n));
        }
        target.row(0, header);
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            at.row++;
            RawCell[] cells = new RawCell[names.size()];
            Arrays.fill(cells, RawCell.BLANK);
            if (t == JsonToken.START_OBJECT) {
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    Integer i = index.get(p.currentName());
                    t = p.nextToken();
                    if (i != null) {
                        cells[i] = cell(p, t);
                    }
                    p.skipChildren();
                }
            } else {
                // The first pass refused this; the file changed in between. Skip, never crash.
                p.skipChildren();
            }
            target.row(at.row, Arrays.asList(cells));
        }
        target.end();
    }

    private static RawCell cell(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> RawCell.number(p.getDoubleValue());
            case VALUE_STRING -> RawCell.text(p.getText());
            case VALUE_TRUE -> RawCell.bool(true);
            case VALUE_FALSE -> RawCell.bool(false);
            default -> RawCell.BLANK;
        };
    }

    /** What a token is, in words: "an object", "an array", "text" … */
    private static String found(JsonToken t) {
        if (t == null) {
            return Messages.get("import.json.found.nothing");
        }
        return switch (t) {
            case START_OBJECT -> Messages.get("import.json.found.object");
            case START_ARRAY -> Messages.get("import.json.found.array");
            case VALUE_STRING -> Messages.get("import.json.found.text");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Messages.get("import.json.found.number");
            case VALUE_TRUE, VALUE_FALSE -> Messages.get("import.json.found.boolean");
            case VALUE_NULL -> Messages.get("import.json.found.null");
            default -> Messages.get("import.json.found.nothing");
        };
    }

    private static ImportException limit(StreamConstraintsException e, JsonLocation l, String file, Position at) {
        LOG.log(Level.FINE, "JSON limit exceeded in " + file, e);
        // Jackson says which limit only in its message text; the fallback covers any it may add.
        String what = String.valueOf(e.getOriginalMessage());
        String message;
        if (what.startsWith("Document nesting depth")) {
            message = Messages.get("import.json.tooDeep", MAX_DEPTH, line(l), column(l));
        } else if (what.startsWith("String value length") && at.textStart != null) {
            message = Messages.get("import.json.stringTooLong", line(at.textStart), column(at.textStart),
                    MAX_STRING_CHARS);
        } else if (what.startsWith("Name length")) {
            message = Messages.get("import.json.nameTooLong", line(l), column(l), MAX_NAME_CHARS);
        } else if (what.startsWith("Number value length")) {
            message = Messages.get("import.json.numberTooLong", line(l), column(l), MAX_NUMBER_CHARS);
        } else {
            message = Messages.get("import.json.limit", line(l), column(l));
        }
        return ImportException.invalid(at.location(file), message, e);
    }

    private static ImportException malformed(JsonProcessingException e, String file, Position at) {
        LOG.log(Level.FINE, "malformed JSON in " + file, e);
        JsonLocation l = e.getLocation();
        String what = String.valueOf(e.getOriginalMessage());
        String message;
        if (e instanceof JsonEOFException) {
            message = Messages.get("import.json.truncated", line(l), column(l));
        } else if (what.startsWith("Invalid UTF-8") || what.startsWith("Invalid UTF-32")) {
            message = Messages.get("import.json.encoding", line(l), column(l));
        } else if (e instanceof JsonParseException && what.contains("was expecting comma")) {
            message = Messages.get("import.json.missingComma", line(l), column(l));
        } else {
            message = Messages.get("import.json.malformed", line(l), column(l));
        }
        return ImportException.invalid(at.location(file), message, e);
    }

    private static ImportException encoding(JsonLocation l, String file, Position at, IOException e) {
        LOG.log(Level.FINE, "undecodable JSON in " + file, e);
        return ImportException.invalid(at.location(file), Messages.get("import.json.encoding", line(l), column(l)),
                e);
    }

    private static String line(JsonLocation l) {
        return l == null ? "?" : Integer.toString(l.getLineNr());
    }

    private static String column(JsonLocation l) {
        return l == null ? "?" : Integer.toString(l.getColumnNr());
    }

    private static String quote(String s) {
        return "\u201C" + s + "\u201D";
    }
}
