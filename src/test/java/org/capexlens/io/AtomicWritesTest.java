package org.capexlens.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWritesTest {
    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void createsANewFile() throws IOException {
        Path f = dir.resolve("out.csv");
        AtomicWrites.write(f, "a,b\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("a,b\r\n", Files.readString(f));
        assertEquals(List.of(f), files());
    }

    @Test
    void replacesAnExistingFileWhole() throws IOException {
        Path f = dir.resolve("out.json");
        Files.writeString(f, "a much longer old content");
        AtomicWrites.write(f, new byte[] {'{', '}'});
        assertArrayEquals(new byte[] {'{', '}'}, Files.readAllBytes(f));
        assertEquals(List.of(f), files());
    }

    @Test
    void failsOnAFolderTargetAndLeavesNothingBehind() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        assertThrows(IOException.class, () -> AtomicWrites.write(sub, new byte[] {1}));
        assertTrue(Files.isDirectory(sub));
        assertEquals(List.of(sub), files());
    }

    @Test
    void failsWhenTheFolderIsMissing() {
        assertThrows(IOException.class, () -> AtomicWrites.write(dir.resolve("no/such.json"), new byte[] {1}));
    }
}
