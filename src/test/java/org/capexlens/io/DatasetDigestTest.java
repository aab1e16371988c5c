package org.capexlens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetDigestTest {
    @TempDir
    Path dir;

    @Test
    void aFilesDigestIsTheSha256OfItsBytes() throws IOException {
        // FIPS 180-2 test vector: SHA-256("abc").
        Path f = Files.writeString(dir.resolve("d.csv"), "abc");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", DatasetDigest.sha256(f));
    }

    @Test
    void aFoldersDigestChangesWithAnyFileAndIgnoresSubfolders() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("csv"));
        Files.writeString(folder.resolve("capex.csv"), "a");
        Files.writeString(folder.resolve("companies.csv"), "b");
        String first = DatasetDigest.sha256(folder);
        assertEquals(64, first.length());
        Files.createDirectory(folder.resolve("sub"));
        assertEquals(first, DatasetDigest.sha256(folder));
        Files.writeString(folder.resolve("companies.csv"), "c");
        assertNotEquals(first, DatasetDigest.sha256(folder));
    }

    @Test
    void aMissingFileIsAnIoError() {
        assertThrows(IOException.class, () -> DatasetDigest.sha256(dir.resolve("none.xlsx")));
    }
}
