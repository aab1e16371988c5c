package org.capexlens.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CsvParserTest {

    /** Records as "line: field|field|…" so that a whole parse compares in one assertion. */
    static List<String> parse(String text) throws IOException, CsvSyntaxException {
        StringReader in = new StringReader(text);
        CsvParser.Sniffed s = CsvParser.sniff(in);
        CsvParser p = new CsvParser(in, s.delimiter(), s.head());
        List<String> out = new ArrayList<>();
        CsvParser.Record r;
        while ((r = p.next()) != null) {
            out.add(r.line() + ": " + String.join("|", r.fields()));
        }
        return out;
    }

    static CsvSyntaxException failure(String text) {
        return assertThrows(CsvSyntaxException.class, () -> parse(text));
    }

    @Test
    void splitsPlainRecordsAndNumbersThemByLine() throws Exception {
        assertEquals(List.of("1: company|fiscal_year", "2: Meta|2024", "3: Microsoft|2023"),
                parse("company,fiscal_year\nMeta,2024\nMicrosoft,2023\n"));
    }

    @Test
    void readsQuotedDelimitersAndDoubledQuotes() throws Exception {
        assertEquals(List.of("1: a|b", "2: Meta Platforms, Inc.|say \"hi\"|"),
                parse("a,b\n\"Meta Platforms, Inc.\",\"say \"\"hi\"\"\",\"\"\n"));
    }

    @Test
    void keepsLineBreaksInsideQuotesAndNumbersTheNextRecordByItsOwnFirstLine() throws Exception {
        // The note spans lines 2-4 (LF, then CRLF inside the quotes); the next record starts on line 5.
        assertEquals(List.of("1: company|note", "2: Meta|one\ntwo\r\nthree", "5: Microsoft|x"),
                parse("company,note\nMeta,\"one\ntwo\r\nthree\"\nMicrosoft,x\n"));
    }

    @ParameterizedTest(name = "line end {0}")
    @CsvSource({"LF", "CRLF", "CR"})
    void acceptsEveryLineEnd(String kind) throws Exception {
        String end = switch (kind) {
            case "LF" -> "\n";
            case "CRLF" -> "\r\n";
            default -> "\r";
        };
        assertEquals(List.of("1: a|b", "2: 1|2", "3: 3|4" + end + "x", "5: 5|6"),
                parse("a,b" + end + "1,2" + end + "3,\"4" + end + "x\"" + end + "5,6" + end));
    }

    @Test
    void trailingEmptyLinesGiveBlankRecordsAndNoPhantomRecordAfterTheLastLineEnd() throws Exception {
        assertEquals(List.of("1: a|b", "2: 1|2", "3: ", "4: "), parse("a,b\r\n1,2\r\n\r\n\r\n"));
    }

    @Test
    void readsTheLastRecordWithoutALineEndAndAnEmptyLastField() throws Exception {
        assertEquals(List.of("1: a|b|c", "2: 1|2|"), parse("a,b,c\n1,2,"));
    }

    @Test
    void anEmptyTextHasNoRecord() throws Exception {
        assertEquals(List.of(), parse(""));
    }

    @Test
    void keepsAQuoteInsideAnUnquotedFieldAndTextAfterAClosingQuote() throws Exception {
        // Lenient as spreadsheet programs are: neither is RFC 4180, both are common in hand-made files.
        assertEquals(List.of("1: a|b", "2: 5\" screen|quoted tail"), parse("a,b\n5\" screen,\"quoted\" tail\n"));
    }

    @Test
    void aQuoteNeverClosedIsReportedWithTheLineItOpenedOn() {
        CsvSyntaxException e = failure("a,b\n1,2\n3,\"never closed\n4,5\n");

        assertEquals(CsvSyntaxException.Problem.UNCLOSED_QUOTE, e.problem());
        assertEquals(3, e.row());
        assertEquals(3, e.quoteLine());
        assertEquals(1, e.fieldIndex());
    }

    @Test
    void aQuoteOpenedOnALaterLineOfTheRecordIsReportedThere() {
        CsvSyntaxException e = failure("a,b,c\n\"x\ny\",\"open\n");

        assertEquals(2, e.row());
        assertEquals(3, e.quoteLine());
        assertEquals(1, e.fieldIndex());
    }

    @Test
    void aFieldOverTheLimitFailsInsteadOfGrowing() {
        CsvSyntaxException e = failure("a,b\n1," + "x".repeat(CsvParser.MAX_FIELD_CHARS + 1) + "\n");

        assertEquals(CsvSyntaxException.Problem.FIELD_TOO_LONG, e.problem());
        assertEquals(2, e.row());
        assertEquals(1, e.fieldIndex());
    }

    @Test
    void aFieldOfExactlyTheLimitIsRead() throws Exception {
        List<String> records = parse("a\n" + "x".repeat(CsvParser.MAX_FIELD_CHARS) + "\n");

        assertEquals("2: ".length() + CsvParser.MAX_FIELD_CHARS, records.get(1).length());
    }

    @Test
    void aQuotedFieldOverTheLimitIsTakenForAQuoteNeverClosed() {
        CsvSyntaxException e = failure("a,b\n1,\"" + "x\n".repeat(CsvParser.MAX_FIELD_CHARS) + "\n");

        assertEquals(CsvSyntaxException.Problem.QUOTED_FIELD_TOO_LONG, e.problem());
        assertEquals(2, e.quoteLine());
    }

    @Test
    void aRecordOverTheLimitFails() {
        String field = "x".repeat(CsvParser.MAX_FIELD_CHARS);
        CsvSyntaxException e = failure("a\n" + (field + ",").repeat(4) + "y\n");

        assertEquals(CsvSyntaxException.Problem.RECORD_TOO_LONG, e.problem());
        assertEquals(4, e.fieldIndex());
    }

    @Test
    void tooManyColumnsFail() {
        CsvSyntaxException e = failure("a\n" + ",".repeat(CsvParser.MAX_FIELDS) + "\n");

        assertEquals(CsvSyntaxException.Problem.TOO_MANY_FIELDS, e.problem());
        assertEquals(2, e.row());
    }

    static Stream<Arguments> headers() {
        return Stream.of(
                Arguments.of("a,b,c", ','),
                Arguments.of("a;b;c", ';'),
                Arguments.of("a\tb\tc", '\t'),
                Arguments.of("\"x;y;z\",b,c", ','),
                Arguments.of("a;\"1,2\";b", ';'),
                Arguments.of("a,b;c", ','),
                Arguments.of("single", ','),

                Arguments.of("\n\n  \na;b", ';'),
                Arguments.of("\t\t\na,b", ','),
                Arguments.of("\"multi\nline;;;\",b", ','));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("headers")
    void choosesTheDelimiterThatSplitsTheFirstLinesMostConsistently(String header, char expected)
            throws IOException {
        String text = header + "\n";

        assertEquals(expected, CsvParser.sniff(new StringReader(text)).delimiter());
    }

    static Stream<Arguments> titled() {
        return Stream.of(
                Arguments.of("AI capex, by company\n\ncompany;year;capex\nMeta;2024;39,2\nAlphabet;2024;52,5\n", ';'),
                Arguments.of("Capex (USD billions)\nNote: as reported, unaudited\ncompany\tyear\tcapex\n"
                        + "Meta\t2024\t39.2\n", '\t'),
                Arguments.of("Capex;;\ncompany;year;capex\nMeta;2024;39,2\n", ';'));
    }

    @ParameterizedTest
    @MethodSource("titled")
    void titleLinesAboveTheHeaderDoNotDecideTheDelimiter(String text, char expected) throws IOException {
        assertEquals(expected, CsvParser.sniff(new StringReader(text)).delimiter());
    }

    @Test
    void sniffingReadsTheFirstLinesAndThenParsesFromTheStart() throws Exception {
        StringReader in = new StringReader("a;b\n1;2\n");
        CsvParser.Sniffed s = CsvParser.sniff(in);

        assertEquals("a;b\n1;2\n", s.head());
        CsvParser p = new CsvParser(in, s.delimiter(), s.head());
        assertEquals(List.of("a", "b"), p.next().fields());
        assertEquals(List.of("1", "2"), p.next().fields());
        assertNull(p.next());
    }
}
