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

class AtomicFilesTest {
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
        AtomicFiles.write(f, "a,b\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("a,b\r\n", Files.readString(f));
        assertEquals(List.of(f), files());
    }

    @Test
    void replacesAnExistingFileWhole() throws IOException {
        Path f = dir.resolve("out.json");
        Files.writeString(f, "a much longer old content");
        AtomicFiles.write(f, new byte[] {'{', '}'});
        assertArrayEquals(new byte[] {'{', '}'}, Files.readAllBytes(f));
        assertEquals(List.of(f), files());
    }

    @Test
    void failsOnAFolderTargetAndLeavesNothingBehind() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        assertThrows(IOException.class, () -> AtomicFiles.write(sub, new byte[] {1}));
        assertTrue(Files.isDirectory(sub));
        assertEquals(List.of(sub), files());
    }

    @Test
    void failsWhenTheFolderIsMissing() {
        assertThrows(IOException.class, () -> AtomicFiles.write(dir.resolve("no/such.json"), new byte[] {1}));
    }

    @Test
    void anInterruptedWriteLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
        Path f = dir.resolve("scenario.json");
        Files.writeString(f, "{\"name\":\"old\"}");
        WriteException e = assertThrows(WriteException.class, () -> AtomicFiles.write(f,
                out -> {
                    out.write("{\"name\":\"new, half writ".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("injected failure mid-write");
                }));
        assertEquals("could not write " + f.toAbsolutePath() + ": a disk error occurred (is the disk full?)",
                e.getMessage());
        assertEquals("{\"name\":\"old\"}", Files.readString(f));
        assertEquals(List.of(f), files());
    }

    @Test
    void aReadOnlyFolderFailsWithAMessageNamingThePath() throws IOException {
        Path readOnly = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(readOnly, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        Path probe = readOnly.resolve("probe");
        try {
            Files.createFile(probe);
            // Running as root: permissions do not stop root, but sysfs refuses new files to everyone.
            Files.delete(probe);
            readOnly = Path.of("/sys");
        } catch (IOException expected) {
            // an ordinary user: the folder is read-only as intended
        }
        Path target = readOnly.resolve("chart.png");
        WriteException e = assertThrows(WriteException.class,
                () -> AtomicFiles.write(target, new byte[] {1, 2, 3}));
        assertEquals("could not write " + target.toAbsolutePath()
                + ": permission denied (the folder or file is read-only)", e.getMessage());
        assertTrue(Files.notExists(target));
        Files.setPosixFilePermissions(dir.resolve("locked"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void aMissingFolderIsNamedInTheMessage() {
        Path target = dir.resolve("no/such.json");
        WriteException e = assertThrows(WriteException.class,
                () -> AtomicFiles.write(target, new byte[] {1}));
        assertEquals("could not write " + target.toAbsolutePath() + ": the folder does not exist", e.getMessage());
    }

    @Test
    void aFailureCarriesTheTargetAsGivenAndTheCauseForTheLog() {
        Path target = dir.resolve("no/such.json");
        WriteException missing = assertThrows(WriteException.class, () -> AtomicFiles.write(target, new byte[] {1}));
        assertEquals(target, missing.path());
        Path f = dir.resolve("half.json");
        IOException injected = new IOException("injected");
        WriteException failed = assertThrows(WriteException.class, () -> AtomicFiles.write(f, out -> {
            throw injected;
        }));
        assertEquals(f, failed.path());
        assertEquals(injected, failed.getCause());
    }

    @Test
    void aNewFileGetsTheFolderDefaultPermissionsNotOwnerOnly() throws IOException {
        Path reference = Files.createFile(dir.resolve("reference.txt"));
        Path f = dir.resolve("export.svg");
        AtomicFiles.write(f, new byte[] {1});
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(f));
    }
}
