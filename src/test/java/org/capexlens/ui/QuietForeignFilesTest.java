package org.capexlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the whole malformed corpus, and foreign files of every kind met in the wild, end cleanly — validated
 * one after the other in a JVM set up as the jar sets itself up, whose stdout and stderr together hold no stack
 * trace and no line of a library's log (POI's Log4j "ERROR …"/"FATAL …", the XML parser's "[Fatal Error]"); and
 * each foreign format is named with how to convert it.
 */
@Tag("slow")
class QuietForeignFilesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Pattern NOISE = Pattern.compile("^\\s+at [\\w.$/<>]+\\(.*\\)$|Exception|^(ERROR|FATAL|WARN|"
            + "SEVERE|WARNING)\\b|\\[Fatal Error\\]|log4j|SLF4J|^Caused by");

    @TempDir
    Path tmp;

    @Test
    void noStackTraceOrLibraryLogLineReachesTheUser() throws Exception {
        List<String> files = new ArrayList<>();
        for (String folder : List.of("workbooks", "broken/csv", "broken/json", "good", "edge/csv")) {
            try (Stream<Path> s = Files.list(FIXTURES.resolve(folder))) {
                s.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted()
                        .forEach(p -> files.add(p.toString()));
            }
        }
        Path biff2 = write("excel2.xls", new byte[] {0x09, 0x00, 0x04, 0x00, 0x02, 0x00, 0x10, 0x00, 0, 0, 0, 0});
        Path biff3 = write("excel3.xls", new byte[] {0x09, 0x02, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0, 0, 0, 0});
        Path biff4 = write("excel4.xls", new byte[] {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0, 0, 0, 0});
        Path numbers = zip("budget.numbers", "Index/Document.iwa", "binary", "Metadata/Properties.plist", "x");
        Path corruptTypes = damaged("corrupt-content-types.xlsx", "[Content_Types].xml");
        Path corruptWorkbook = damaged("corrupt-workbook.xlsx", "xl/workbook.xml");
        for (Path p : List.of(biff2, biff3, biff4, numbers, corruptTypes, corruptWorkbook)) {
            files.add(p.toString());
        }

        String out = run(files);

        List<String> noise = out.lines().filter(l -> NOISE.matcher(l).find()).toList();
        assertEquals(List.of(), noise, "library output or stack traces reached the user");
        assertEquals(files.size(), out.lines().filter(l -> l.startsWith("== ")).count(), out);
        assertTrue(out.contains("excel2.xls:::: excel2.xls was saved by Excel 2.x (a BIFF2 file of the early 1990s),"
                + " a format CapexLens cannot read; open it in Excel or LibreOffice and save it as .xlsx"), out);
        assertTrue(out.contains("excel4.xls:::: excel4.xls was saved by Excel 4.0 (a BIFF4 file"), out);
        assertTrue(out.contains("budget.numbers:::: budget.numbers is an Apple Numbers document, which CapexLens cannot"
                + " read; in Numbers choose File \u25B8 Export To \u25B8 Excel\u2026 and open the .xlsx file it writes"), out);
        assertTrue(out.contains("corrupt-content-types.xlsx:::: corrupt-content-types.xlsx is damaged or incomplete"),
                out);
        assertTrue(out.contains("corrupt-workbook.xlsx:::: corrupt-workbook.xlsx is damaged or incomplete"), out);
    }

    private String run(List<String> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider",
                QuietProbe.class.getName(), tmp.resolve("home").toString()));
        command.addAll(files);
        Path log = tmp.resolve("out.txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the probe did not finish");
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        byte[] padded = new byte[600];
        System.arraycopy(bytes, 0, padded, 0, bytes.length);
        return Files.write(tmp.resolve(name), padded);
    }

    private Path zip(String name, String... entries) throws IOException {
        Path file = tmp.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new ZipEntry(entries[i]));
                z.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return file;
    }

    /** The good workbook with one part cut off in the middle of an element. */
    private Path damaged(String name, String part) throws IOException {
        Path file = tmp.resolve(name);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(FIXTURES.resolve("good/good.xlsx")));
                OutputStream os = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(os)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] b = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals(part) ? java.util.Arrays.copyOf(b, b.length / 2) : b);
                out.closeEntry();
            }
        }
        return file;
    }
}
