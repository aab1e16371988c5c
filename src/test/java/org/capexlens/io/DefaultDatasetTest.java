package org.capexlens.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the default dataset is found: working folder, then near the code, then the packaged copy. */
class DefaultDatasetTest {
    private static final byte[] PACKAGED = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3};
    private static final DefaultDataset.ResourceOpener NO_RESOURCE = () -> null;

    @TempDir
    Path tmp;

    private Path copyIn(Path folder) throws IOException {
        Path file = folder.resolve("data").resolve("ai-economics.xlsx");
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {1});
        return file;
    }

    @Test
    void prefersTheWorkingFolder() throws Exception {
        Path wd = Files.createDirectories(tmp.resolve("wd"));
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path expected = copyIn(wd);
        copyIn(project);
        Path jar = Files.createFile(Files.createDirectories(project.resolve("target")).resolve("capexlens.jar"));
        assertEquals(expected, DefaultDataset.locate(wd, jar, NO_RESOURCE));
    }

    @Test
    void findsTheProjectCopyFromTheJarInTarget() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path expected = copyIn(project);
        Path jar = Files.createFile(Files.createDirectories(project.resolve("target")).resolve("capexlens.jar"));
        assertEquals(expected, DefaultDataset.locate(tmp.resolve("elsewhere"), jar, NO_RESOURCE));
    }

    @Test
    void findsTheProjectCopyFromTheClassesFolder() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path expected = copyIn(project);
        Path classes = Files.createDirectories(project.resolve("target").resolve("classes"));
        assertEquals(expected, DefaultDataset.locate(tmp.resolve("elsewhere"), classes, NO_RESOURCE));
    }

    @Test
    void unpacksThePackagedCopyUnderItsOwnName() throws Exception {
        Path found = DefaultDataset.locate(tmp.resolve("elsewhere"), null, () -> new ByteArrayInputStream(PACKAGED));
        assertEquals("ai-economics.xlsx", found.getFileName().toString());
        assertArrayEquals(PACKAGED, Files.readAllBytes(found));
    }

    @Test
    void noCopyAnywhereIsAnIoErrorNamingTheFile() {
        ImportException e = assertThrows(ImportException.class,
                () -> DefaultDataset.locate(tmp.resolve("elsewhere"), null, NO_RESOURCE));
        assertEquals(ImportException.Kind.IO, e.kind());
        assertEquals("ai-economics.xlsx:::: the default dataset data/ai-economics.xlsx was found neither in the"
                + " working folder, nor next to the program, nor inside it", e.firstError().format());
    }

    @Test
    void unreadablePackagedCopyIsAnIoError() {
        ImportException e = assertThrows(ImportException.class,
                () -> DefaultDataset.locate(tmp.resolve("elsewhere"), null, () -> {
                    throw new IOException("zip stream closed");
                }));
        assertEquals(ImportException.Kind.IO, e.kind());
        assertEquals("ai-economics.xlsx:::: the default dataset packaged with CapexLens could not be copied to a"
                + " temporary file", e.firstError().format());
    }
}
