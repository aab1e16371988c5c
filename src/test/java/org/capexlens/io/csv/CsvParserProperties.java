package org.capexlens.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.ImportException;
import net.jqwik.api.Tag;

/** Properties of the CSV reading path on generated input. */
@Tag("slow")
class CsvParserProperties {

    /** A file as written: its records, the delimiter and line end used, and whether the last line ends. */
    record Written(List<List<String>> records, char delimiter, String lineEnd, boolean finalLineEnd) {
    }

    @Provide
    Arbitrary<Written> csvFiles() {
        Arbitrary<String> headerField = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
        Arbitrary<List<String>> header = headerField.list().ofMinSize(2).ofMaxSize(6);
        Arbitrary<String> field = Arbitraries.strings()
                .withChars('a', 'b', 'Z', '0', '.', ' ', ',', ';', '\t', '"', '\r', '\n', '\u00e9', '\u20ac')
                .ofMaxLength(12);
        Arbitrary<List<List<String>>> rows = field.list().ofMinSize(1).ofMaxSize(6).list().ofMaxSize(15);
        Arbitrary<Character> delimiter = Arbitraries.of(',', ';', '\t');
        Arbitrary<String> lineEnd = Arbitraries.of("\n", "\r\n", "\r");
        return Combinators.combine(header, rows, delimiter, lineEnd, Arbitraries.of(true, false))
                .as((h, r, d, e, last) -> {
                    List<List<String>> all = new ArrayList<>();
                    all.add(h);
                    all.addAll(r);
                    return new Written(all, d, e, last);
                });
    }

    /** RFC 4180: a field with a delimiter, a quote or a line break is quoted, its quotes doubled. */
    static String write(List<String> record, char delimiter) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < record.size(); i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            String f = record.get(i);
            // Quoting every candidate delimiter, not only the one in use, keeps the header's delimiter unambiguous.
            if (f.chars().anyMatch(c -> c == ',' || c == ';' || c == '\t' || c == '"' || c == '\r' || c == '\n')) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.toString();
    }

    /** Lines before the end of {@code text}, counted as an editor counts them: CRLF, LF and CR each end one. */
    static int linesBefore(String text) {
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || (c == '\n' && (i == 0 || text.charAt(i - 1) != '\r'))) {
                lines++;
            }
        }
        return lines;
    }

    @Property(tries = 300)
    void whatAnRfc4180WriterWritesParsesBackToTheSameFieldsOnTheLineEachRecordStarts(
            @ForAll("csvFiles") Written w) throws Exception {
        StringBuilder text = new StringBuilder();
        List<Integer> startLines = new ArrayList<>();
        for (int i = 0; i < w.records().size(); i++) {
            startLines.add(1 + linesBefore(text.toString()));
            text.append(write(w.records().get(i), w.delimiter()));
            List<String> last = w.records().get(w.records().size() - 1);
            // A last record that is one empty field is only there if its line ends.
            boolean lastNeedsEnd = last.size() == 1 && last.get(0).isEmpty();
            if (i < w.records().size() - 1 || w.finalLineEnd() || lastNeedsEnd) {
                text.append(w.lineEnd());
            }
        }

        StringReader in = new StringReader(text.toString());
        CsvParser.Sniffed sniffed = CsvParser.sniff(in);
        assertEquals(w.delimiter(), sniffed.delimiter());
        CsvParser parser = new CsvParser(in, sniffed.delimiter(), sniffed.head());
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        CsvParser.Record r;
        while ((r = parser.next()) != null) {
            records.add(r.fields());
            lines.add(r.line());
        }

        assertEquals(w.records(), records);
        assertEquals(startLines, lines);
    }

    @Provide
    Arbitrary<byte[]> fileBytes() {
        Arbitrary<Byte> printable = Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E);
        Arbitrary<Byte> structure = Arbitraries.chars().with(",;\t\"\r\n{}[]:0123456789.-".toCharArray())
                .map(c -> (byte) c.charValue());
        Arbitrary<Byte> high = Arbitraries.bytes().between((byte) 0x80, (byte) 0xFF);
        Arbitrary<Byte> any = Arbitraries.bytes();
        @SuppressWarnings("unchecked")
        Arbitrary<Byte> oneByte = Arbitraries.frequencyOf(Tuple.of(6, printable), Tuple.of(5, structure),
                Tuple.of(1, high), Tuple.of(1, any));
        Arbitrary<byte[]> body = oneByte.list().ofMaxSize(400).map(list -> {
            byte[] b = new byte[list.size()];
            for (int i = 0; i < b.length; i++) {
                b[i] = list.get(i);
            }
            return b;
        });
        Arbitrary<byte[]> prefix = Arbitraries.of(new byte[0], new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xFE, (byte) 0xFF},
                "company,fiscal_year,capex_usd_b\n".getBytes(StandardCharsets.US_ASCII),
                "{\"capex\": [{\"company\": ".getBytes(StandardCharsets.US_ASCII));
        return Combinators.combine(prefix, body).as((p, b) -> {
            byte[] all = new byte[p.length + b.length];
            System.arraycopy(p, 0, all, 0, p.length);
            System.arraycopy(b, 0, all, p.length, b.length);
            return all;
        });
    }

    @Property(tries = 250)
    void randomBytesEndInAnImportExceptionAndNeverInAnUnforeseenFailure(@ForAll("fileBytes") byte[] bytes,
            @ForAll("names") String name) throws IOException {
        Path dir = Files.createTempDirectory("capexlens-random");
        Path file = dir.resolve(name);
        try {
            Files.write(file, bytes);
            try {
                DatasetReader.read(file);
            } catch (ImportException e) {
                // DatasetReader turns any RuntimeException or Error into a message; the readers must never need it.
                assertFalse(e.getCause() instanceof RuntimeException || e.getCause() instanceof Error,
                        () -> "unforeseen failure: " + e.getCause());
                assertFalse(e.messages().isEmpty());
            }
        } finally {
            Files.deleteIfExists(file);
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("capex.csv", "companies.csv", "random.csv", "data.json", "notes.txt");
    }
}
