package org.capexlens.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.capexlens.io.ImportException;
import org.capexlens.io.RawCell;
import org.capexlens.io.SheetSink;
import org.capexlens.io.WorkbookSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonDatasetReaderTest {
    @TempDir
    Path dir;

    /** Writes down every call the reader makes, as text. */
    static final class Recorder implements WorkbookSink {
        final List<String> calls = new ArrayList<>();

        @Override
        public SheetSink startSheet(String sheetName, boolean decimalComma) {
            throw new AssertionError("the JSON reader names the file of every sheet");
        }

        @Override
        public SheetSink startSheet(String sheetName, boolean decimalComma, String fileName) {
            calls.add("sheet " + sheetName + (decimalComma ? " (decimal comma)" : "") + " from " + fileName);
            return new SheetSink() {
                @Override
                public void row(int rowNumber, List<RawCell> cells) {
                    calls.add(rowNumber + ":" + cells.stream()
                            .map(c -> c.kind() == RawCell.Kind.BLANK ? " _" : " " + c.kind() + " " + c.text())
                            .collect(Collectors.joining(" |")));
                }

                @Override
                public void end() {
                    calls.add("end");
                }
            };
        }
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("data.json"), json, StandardCharsets.UTF_8);
    }

    private Recorder read(String json) throws Exception {
        Recorder r = new Recorder();
        JsonDatasetReader.read(write(json), r);
        return r;
    }

    private String failure(String json) throws IOException {
        Path f = write(json);
        Recorder r = new Recorder();
        ImportException e = assertThrows(ImportException.class, () -> JsonDatasetReader.read(f, r));
        // Every shape error is found by the first pass, before anything reaches the sink.
        assertEquals(List.of(), r.calls);
        assertEquals(1, e.messages().size());
        return e.firstError().format();
    }

    @Test
    void theHeaderIsTheUnionOfMemberNamesAndElementIIsRowIPlusOne() throws Exception {
        Recorder r = read("""
                {"capex": [
                  {"company": "Meta", "fiscal_year": 2024},
                  {"capex_usd_b": 37.256, "company": "MSFT", "flag": true, "note": null},
                  {}
                ]}""");

        assertEquals(List.of("sheet capex from data.json",
                "0: TEXT company | TEXT fiscal_year | TEXT capex_usd_b | TEXT flag | TEXT note",
                "1: TEXT Meta | NUMBER 2024 | _ | _ | _",
                "2: TEXT MSFT | _ | NUMBER 37.256 | BOOLEAN true | _",
                "3: _ | _ | _ | _ | _",
                "end"), r.calls);
    }

    @Test
    void membersThatNameNoSheetArePassedOnWithoutTheirContent() throws Exception {
        Recorder r = read("{\"README\": [\"prose\", 1], \"version\": {\"major\": 1}, \"capex\": [], "
                + "\"notes\": [[\"not\", \"rows\"]]}");

        assertEquals(List.of("sheet README from data.json", "end", "sheet version from data.json", "end",
                "sheet capex from data.json", "0:", "end", "sheet notes from data.json", "end"), r.calls);
    }

    @Test
    void readsUtf16WithAByteOrderMark() throws Exception {
        Path f = dir.resolve("utf16.json");
        byte[] text = "{\"capex\": [{\"note\": \"Soci\u00e9t\u00e9 \u20ac\"}]}".getBytes(StandardCharsets.UTF_16);
        Files.write(f, text);
        Recorder r = new Recorder();

        JsonDatasetReader.read(f, r);

        assertEquals("1: TEXT Soci\u00e9t\u00e9 \u20ac", r.calls.get(2));
    }

    @Test
    void aDataSheetThatIsNotAnArrayIsRefused() throws Exception {
        assertEquals("data.json:capex::: expected the sheet capex to be an array of rows, found an object",
                failure("{\"companies\": [], \"capex\": {\"company\": \"Meta\"}}"));
    }

    @Test
    void aRowThatIsNotAnObjectIsRefusedAtItsRow() throws Exception {
        assertEquals("data.json:capex:2:: expected a row: an object of named values such as \"company\": \"Meta\", "
                + "found a number", failure("{\"capex\": [{\"company\": \"Meta\"}, 5]}"));
    }

    @Test
    void anArrayInsideARowIsRefusedAtItsCell() throws Exception {
        assertEquals("data.json:capex:1:capex_usd_b: expected a number or text, found an array",
                failure("{\"capex\": [{\"company\": \"Meta\", \"capex_usd_b\": [1, 2]}]}"));
    }

    @Test
    void aNameTwiceInOneRowIsRefused() throws Exception {
        assertEquals("data.json:capex:1:company: the row names \u201Ccompany\u201D twice",
                failure("{\"capex\": [{\"company\": \"Meta\", \"company\": \"Microsoft\"}]}"));
    }

    @Test
    void textAtTheTopIsRefused() throws Exception {
        assertEquals("data.json:::: expected an object whose members are the sheets (companies, capex, financials, "
                + "useful_lives, chip_revenue, ai_revenue, sources), found text", failure("\"capex\""));
    }

    @Test
    void aFileOfOnlyWhiteSpaceIsRefused() throws Exception {
        assertEquals("data.json:::: data.json holds no JSON data: expected an object whose members are the sheets",
                failure("  \n "));
    }

    @Test
    void textAfterTheDatasetObjectIsRefused() throws Exception {
        assertEquals("data.json:::: the file goes on after the end of the dataset object, at line 2, column 1",
                failure("{\"capex\": []}\n{}"));
    }

    @Test
    void aFileCutOffIsSaidToBeCutOff() throws Exception {
        assertEquals("data.json:capex:1:company: the file ends before its JSON is complete (line 2, column 21); "
                + "it may have been cut off", failure("{\"capex\": [\n  {\"company\": \"Meta\""));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() throws Exception {
        Path f = dir.resolve("data.json");
        Files.write(f, new byte[] {'{', '"', 'c', 'a', 'p', 'e', 'x', '"', ':', '[', '\n', '{', '"', 'n', '"', ':',
            '"', (byte) 0xE9, '"', '}', ']', '}'});
        ImportException e = assertThrows(ImportException.class, () -> JsonDatasetReader.read(f, new Recorder()));

        // Jackson notices the bad byte (column 7) at the quote after it.
        assertEquals("data.json:capex:1:n: the file is not UTF-8 text near line 2, column 9; save it as UTF-8",
                e.firstError().format());
    }

    @Test
    void moreThanAThousandNamesInOneSheetAreRefused() throws Exception {
        String row = IntStream.range(0, 1001).mapToObj(i -> "\"c" + i + "\": 1").collect(Collectors.joining(","));

        assertEquals("data.json:capex:1:c1000: the rows of sheet capex use more than 1,000 different names; is this "
                + "a dataset?", failure("{\"capex\": [{" + row + "}]}"));
    }

    @Test
    void aNumberOfMoreThanAHundredDigitsIsRefused() throws Exception {
        // Jackson reads a value with the name before it, so the message cannot name the column; the number ends
        // at column 128.
        assertEquals("data.json:capex:1:: the file holds a number of more than 100 digits (reading stopped at line 1, "
                + "column 129)",
                failure("{\"capex\": [{\"capex_usd_b\": 1" + "0".repeat(100) + "}]}"));
    }

    @Test
    void aNameOfMoreThanAThousandCharactersIsRefused() throws Exception {
        // The name starts at column 14; Jackson checks its length in steps, here after 1,029 characters.
        assertEquals("data.json:capex:1:: the file holds a name longer than 1,000 characters (reading stopped at "
                + "line 1, column 1043)",
                failure("{\"capex\": [{\"" + "n".repeat(1500) + "\": 1}]}"));
    }
}
