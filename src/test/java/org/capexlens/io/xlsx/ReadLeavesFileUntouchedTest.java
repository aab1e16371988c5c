package org.capexlens.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.ImportException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading a workbook, successfully or not, never writes to it, touches its time stamp or leaves files behind. */
class ReadLeavesFileUntouchedTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"good/good.xlsx", "good/good.xls", "workbooks/capex-text-in-number.xlsx",
        "workbooks/encrypted.xlsx", "workbooks/truncated.xlsx", "workbooks/zip-bomb.xlsx", "workbooks/password.xls"})
    void bytesTimeStampAndFolderStayAsTheyWere(String fixture) throws IOException {
        Path file = tmp.resolve(Path.of(fixture).getFileName());
        Files.copy(FIXTURES.resolve(fixture), file);
        Files.setLastModifiedTime(file, LONG_AGO);
        byte[] before = Files.readAllBytes(file);

        try {
            DatasetReader.read(file);
        } catch (ImportException e) {
            // refused files must be left alone just the same
        }

        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(file));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(file), files.toList(), "no lock or temporary file next to it");
        }
        Files.delete(file); // released: nothing holds it open
    }
}
