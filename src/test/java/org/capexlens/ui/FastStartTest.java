package org.capexlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastStartTest {
    @TempDir
    Path dir;

    private Path jar() throws IOException {
        Path jar = dir.resolve("capexlens.jar");
        if (!Files.exists(jar)) {
            Files.write(jar, new byte[] {1, 2, 3});
        }
        return jar;
    }

    @Test
    void onJdk17TheFirstDashboardLaunchWritesTheArchiveAtExitAndRecordsItsStamp() throws IOException {
        List<String> options = FastStart.archiveOptions(jar(), 17, "17.0.15+6", true);
        assertTrue(options.contains("-XX:ArchiveClassesAtExit=" + dir.resolve("capexlens-jdk17.jsa")), options::toString);
        assertTrue(options.contains("-Xshare:auto"));
        assertEquals(FastStart.stamp(jar(), "17.0.15+6"), Files.readString(dir.resolve("capexlens-jdk17.jsa.stamp")));
    }

    @Test
    void onJdk17ACurrentArchiveIsUsed() throws IOException {
        FastStart.archiveOptions(jar(), 17, "17.0.15+6", true);
        Files.write(dir.resolve("capexlens-jdk17.jsa"), new byte[] {0});
        List<String> options = FastStart.archiveOptions(jar(), 17, "17.0.15+6", true);
        assertTrue(options.contains("-XX:SharedArchiveFile=" + dir.resolve("capexlens-jdk17.jsa")), options::toString);
    }

    @Test
    void aRebuiltJarOrAnotherVmMakesTheArchiveStaleSoItIsWrittenAgain() throws IOException {
        FastStart.archiveOptions(jar(), 17, "17.0.15+6", true);
        Path archive = dir.resolve("capexlens-jdk17.jsa");
        Files.write(archive, new byte[] {0});
        Files.setLastModifiedTime(jar(), FileTime.fromMillis(Files.getLastModifiedTime(jar()).toMillis() + 5_000));
        List<String> options = FastStart.archiveOptions(jar(), 17, "17.0.15+6", true);
        assertTrue(options.contains("-XX:ArchiveClassesAtExit=" + archive), options::toString);
        assertFalse(Files.exists(archive), "the stale archive is removed before it is written again");

        Files.write(archive, new byte[] {0});
        assertTrue(FastStart.archiveOptions(jar(), 17, "17.0.16+8", true)
                .contains("-XX:ArchiveClassesAtExit=" + archive));
    }

    @Test
    void aCommandNeverWritesTheArchive() throws IOException {
        List<String> options = FastStart.archiveOptions(jar(), 17, "17.0.15+6", false);
        assertTrue(options.stream().noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit")), options::toString);
        assertTrue(options.stream().noneMatch(o -> o.startsWith("-XX:SharedArchiveFile")), options::toString);
        List<String> jdk21 = FastStart.archiveOptions(jar(), 21, "21.0.5", false);
        assertTrue(jdk21.stream().noneMatch(o -> o.startsWith("-XX:+AutoCreateSharedArchive")), jdk21::toString);
    }

    @Test
    void fromJdk19TheJvmKeepsTheArchiveCurrentByItself() throws IOException {
        List<String> options = FastStart.archiveOptions(jar(), 21, "21.0.5", true);
        assertEquals(List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + dir.resolve("capexlens-jdk21.jsa")), options);
    }
}
