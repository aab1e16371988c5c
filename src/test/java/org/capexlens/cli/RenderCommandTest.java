package org.capexlens.cli;

import org.capexlens.io.DatasetDigest;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.capexlens.chart.ChartId;
import org.capexlens.export.ExportReadBack;
import org.capexlens.text.AppInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.junit.jupiter.api.Tag;

/** {@code capexlens render}: files read back, exit codes, and the exact messages of each mistake. */
@Tag("slow")
class RenderCommandTest {
    private static final String HINT = "Run render --help to see the options.";

    @TempDir
    Path dir;

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The good fixture copied to the temporary folder, so a test may change or move it. */
    private Path goodData() throws IOException {
        return Files.copy(Path.of("src/test/resources/fixtures/good/good.json"), dir.resolve("good.json"));
    }

    @Test
    void listChartsPrintsEveryIdWithWhatItShows() {
        CliRun run = CliRun.of("render", "--list-charts");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals(ChartId.values().length, run.outLines().size());
        assertEquals("ratio                   Infrastructure-to-application ratio per year and cumulative",
                run.outLines().get(0));
        assertEquals("backtest                Model vs disclosed effect of every useful-life change",
                run.outLines().get(ChartId.BACKTEST.ordinal()));
        assertEquals("bain-test               Bain capex-intensity test: revenue required by hyperscaler capex vs AI "
                + "revenue", run.outLines().get(ChartId.BAIN_TEST.ordinal()));
    }

    @Test
    void allChartsInEveryFormatFromTheDefaultDataset() throws Exception {
        Path out = dir.resolve("r");
        CliRun run = CliRun.of("render", "--chart", "all", "--format", "png,svg,pdf", "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals("", run.err());
        List<String> expected = new ArrayList<>();
        for (ChartId c : ChartId.values()) {
            for (String ext : List.of("png", "svg", "pdf")) {
                expected.add(c.id() + "_as-reported." + ext);
            }
        }
        assertEquals(expected.stream().sorted().toList(), names(out));
        assertEquals(expected.stream().map(n -> out.resolve(n).toString()).toList(), run.outLines());
        for (ChartId c : ChartId.values()) {
            byte[] png = Files.readAllBytes(out.resolve(c.id() + "_as-reported.png"));
            assertEquals(new ExportReadBack.Png(1280, 720, ExportReadBack.ppm(96)), ExportReadBack.png(png));
            Document svg = ExportReadBack.svg(Files.readAllBytes(out.resolve(c.id() + "_as-reported.svg")));
            assertEquals("svg", svg.getDocumentElement().getLocalName());
            assertEquals(1280.0, Double.parseDouble(svg.getDocumentElement().getAttribute("width")));
            byte[] pdf = Files.readAllBytes(out.resolve(c.id() + "_as-reported.pdf"));
            assertTrue(ExportReadBack.isPdf(pdf), c.id());
            assertEquals(1, ExportReadBack.pdfPages(pdf), c.id());
            assertTrue(ExportReadBack.pdfHasInfo(pdf, "Author", AppInfo.nameAndVersion()), c.id());
        }
    }

    @Test
    void marginYearVintageCompanyAndLocaleReachTheChartsAndTheirSidecars() throws Exception {
        Path out = dir.resolve("settings");
        CliRun run = CliRun.of("render", "--chart", "depreciation-vintage,revenue-gap", "--format", "svg",
                "--vintage-company", "meta", "--margin-year", "2027", "--locale", "de-DE", "--sidecar",
                "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        var sidecar = org.capexlens.io.json.SidecarJson.read(out.resolve(
                "depreciation-vintage_as-reported.svg.capexlens.json"));
        var again = org.capexlens.export.Reproduction.fromSidecar(sidecar, "x.capexlens.json");
        assertEquals("Meta", again.settings().vintageCompany(), "matched regardless of case");
        assertEquals(2027, again.settings().marginYear());
        assertEquals(java.util.Locale.GERMANY, again.locale());
        String vintage = Files.readString(out.resolve("depreciation-vintage_as-reported.svg"));
        assertTrue(vintage.contains("Meta: depreciation by vintage"), "the chart is Meta's");
        // Sequoia's 2025 required revenue, $748.6B in English, with a decimal comma.
        String gap = Files.readString(out.resolve("revenue-gap_as-reported.svg"));
        assertTrue(gap.contains("$748,6B") && !gap.contains("$748.6B"), "German number format");
    }

    @Test
    void aMarginYearWithoutMarginsAnUnknownCompanyOrABadLocaleIsAUsageError() {
        String out = dir.resolve("x").toString();
        CliRun year = CliRun.of("render", "--chart", "all", "--margin-year", "2040", "--out", out);
        assertEquals(ExitCode.USAGE, year.exitCode());
        assertEquals(List.of("--margin-year 2040 has no margins in this dataset; the margin years are fiscal"
                + " 2019\u20132030", HINT), year.errLines());
        CliRun company = CliRun.of("render", "--chart", "all", "--vintage-company", "Foo", "--out", out);
        assertEquals(ExitCode.USAGE, company.exitCode());
        assertEquals(List.of("--vintage-company Foo is not a company with capex in this dataset; the companies are:"
                + " Microsoft, Alphabet, Amazon, Meta, Oracle, CoreWeave", HINT), company.errLines());
        CliRun locale = CliRun.of("render", "--chart", "all", "--locale", "12", "--out", out);
        assertEquals(ExitCode.USAGE, locale.exitCode());
        assertEquals(List.of("--locale 12 is not a language tag; expected e.g. en-US, de-DE or fr", HINT),
                locale.errLines());
        assertTrue(!Files.exists(dir.resolve("x")), "nothing written");
    }

    @Test
    void sizeScaleAndDpiReachTheFile() throws Exception {
        Path data = goodData();
        CliRun run = CliRun.of("render", "--data", data.toString(), "--scenario", "burry-2-3y", "--chart",
                "tornado", "--size", "article", "--scale", "2", "--dpi", "300", "--out", dir.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Path png = dir.resolve("tornado_burry-2-3-years.png");
        assertEquals(List.of(png.toString()), run.outLines());
        assertEquals(new ExportReadBack.Png(1360, 920, 11811), ExportReadBack.png(Files.readAllBytes(png)));

        run = CliRun.of("render", "--data", data.toString(), "--chart", "ratio", "--format", "svg", "--width",
                "500", "--height", "400", "--out", dir.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Document svg = ExportReadBack.svg(Files.readAllBytes(dir.resolve("ratio_as-reported.svg")));
        assertEquals(500.0, Double.parseDouble(svg.getDocumentElement().getAttribute("width")));
        assertEquals(400.0, Double.parseDouble(svg.getDocumentElement().getAttribute("height")));
    }

    @Test
    void theSameSidecarRendersAByteIdenticalPngTwice() throws Exception {
        Path data = goodData();
        Path out = dir.resolve("out");
        CliRun first = CliRun.of("render", "--data", data.toString(), "--scenario", "burry-2-3y", "--chart",
                "margin-vs-life,depreciation-vintage", "--scale", "2", "--sidecar", "--out", out.toString());
        assertEquals(ExitCode.OK, first.exitCode(), first.err());
        Path original = out.resolve("margin-vs-life_burry-2-3-years.png");
        Path sidecar = out.resolve("margin-vs-life_burry-2-3-years.png.capexlens.json");
        assertEquals(List.of(original.toString(), sidecar.toString(),
                out.resolve("depreciation-vintage_burry-2-3-years.png").toString(),
                out.resolve("depreciation-vintage_burry-2-3-years.png.capexlens.json").toString()),
                first.outLines());

        for (String again : List.of("a", "b")) {
            CliRun run = CliRun.of("render", "--from", sidecar.toString(), "--out", dir.resolve(again).toString());
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            assertEquals("", run.err());
            assertArrayEquals(Files.readAllBytes(original),
                    Files.readAllBytes(dir.resolve(again).resolve(original.getFileName())));
        }
    }

    @Test
    void changedDataIsRefusedUnlessAllowed() throws Exception {
        Path data = goodData();
        CliRun made = CliRun.of("render", "--data", data.toString(), "--chart", "ratio", "--format", "svg",
                "--sidecar", "--out", dir.toString());
        assertEquals(ExitCode.OK, made.exitCode(), made.err());
        Path sidecar = dir.resolve("ratio_as-reported.svg.capexlens.json");
        String before = DatasetDigest.sha256(data);
        Files.writeString(data, "\n", StandardOpenOption.APPEND);
        String after = DatasetDigest.sha256(data);
        Path again = dir.resolve("again");

        CliRun refused = CliRun.of("render", "--from", sidecar.toString(), "--out", again.toString());
        assertEquals(ExitCode.INVALID, refused.exitCode());
        assertEquals(List.of("ratio_as-reported.svg.capexlens.json:sidecar::dataset.sha256: " + data.toAbsolutePath()
                + " has changed since the export (SHA-256 then " + before + ", now " + after + "), so the chart "
                + "would not be the same; render anyway with --allow-changed-data"), refused.errLines());
        assertTrue(Files.notExists(again));

        CliRun allowed = CliRun.of("render", "--from", sidecar.toString(), "--allow-changed-data", "--out",
                again.toString());
        assertEquals(ExitCode.OK, allowed.exitCode(), allowed.err());
        assertEquals(List.of("ratio_as-reported.svg.capexlens.json:sidecar::dataset.sha256: warning: "
                + data.toAbsolutePath() + " has changed since the export (SHA-256 then " + before + ", now " + after
                + "); rendering with the data as it is now"), allowed.errLines());
        assertEquals(List.of("ratio_as-reported.svg", "ratio_as-reported.svg.capexlens.json"), names(again));
    }

    @Test
    void aDatasetMovedNextToItsSidecarIsFoundAndAMissingOneIsNamed() throws Exception {
        Path data = goodData();
        Path out = Files.createDirectory(dir.resolve("out"));
        assertEquals(ExitCode.OK, CliRun.of("render", "--data", data.toString(), "--chart", "ratio", "--sidecar",
                "--out", out.toString()).exitCode());
        Path sidecar = out.resolve("ratio_as-reported.png.capexlens.json");
        Files.move(data, out.resolve("good.json"));
        CliRun moved = CliRun.of("render", "--from", sidecar.toString(), "--out", dir.resolve("a").toString());
        assertEquals(ExitCode.OK, moved.exitCode(), moved.err());

        Files.delete(out.resolve("good.json"));
        CliRun missing = CliRun.of("render", "--from", sidecar.toString(), "--out", dir.resolve("b").toString());
        assertEquals(ExitCode.IO, missing.exitCode());
        assertEquals(List.of("ratio_as-reported.png.capexlens.json:sidecar::dataset.path: the dataset "
                + data.toAbsolutePath() + " named by the sidecar was not found, nor good.json next to the sidecar; "
                + "give its place with --data"), missing.errLines());
    }

    @Test
    void anInvalidSidecarExitsTwoWithLocatedMessages() throws Exception {
        Path bad = Files.writeString(dir.resolve("x.png.capexlens.json"), "{\"capexlens_sidecar\": 1, \"file\": 3}");
        CliRun run = CliRun.of("render", "--from", bad.toString());
        assertEquals(ExitCode.INVALID, run.exitCode());
        assertEquals("x.png.capexlens.json:sidecar::file: file must be text in double quotes", run.errLines().get(0));
        assertEquals(ExitCode.IO, CliRun.of("render", "--from", dir.resolve("none.json").toString()).exitCode());
    }

    @Test
    void aReadOnlyOutFolderExitsThreeAndLeavesNothing() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Files.delete(Files.createFile(locked.resolve("probe")));
            // Running as root: permissions do not stop root, but sysfs refuses new files to everyone.
            locked = Path.of("/sys");
        } catch (IOException expected) {
            // an ordinary user: the folder is read-only as intended
        }
        CliRun run = CliRun.of("render", "--data", goodData().toString(), "--chart", "ratio,tornado", "--format",
                "png,svg", "--out", locked.toString());
        assertEquals(ExitCode.IO, run.exitCode());
        assertEquals(List.of("could not write " + locked.resolve("ratio_as-reported.png").toAbsolutePath()
                + ": permission denied (the folder or file is read-only)"), run.errLines());
        assertEquals("", run.out());
        assertTrue(Files.notExists(locked.resolve("ratio_as-reported.png")));
        if (!locked.equals(Path.of("/sys"))) {
            assertEquals(List.of(), names(locked));
        }
    }

    @Test
    void mistakesAreUsageErrorsWithAPlainMessage() {
        assertUsage("missing --chart: give chart ids separated by commas, or all (render --list-charts lists "
                + "them)", "render", "--out", dir.toString());
        assertUsage("--chart pie is not a chart; the charts are: ratio, infra-vs-apps, delta-depreciation, "
                + "adjusted-margin, margin-vs-life, sensitivity-heatmap, tornado, depreciation-vintage, revenue-gap, "
                + "backtest, bain-test, calibration, compare-ratio, compare-margin, delta-depreciation-fan, "
                + "revenue-gap-fan, gpu-economic-life", "render", "--chart", "ratio, pie", "--out", dir.toString());
        assertUsage("--format gif is not a format; expected png, svg or pdf", "render", "--chart", "ratio",
                "--format", "png,gif", "--out", dir.toString());
        assertUsage("--size poster is not a size; expected slide (1280×720), article (680×460) or square "
                + "(800×800)", "render", "--chart", "ratio", "--size", "poster", "--out", dir.toString());
        assertUsage("--width and --height go together: give both, or use --size", "render", "--chart", "ratio",
                "--width", "900", "--out", dir.toString());
        assertUsage("give either --size or --width and --height, not both", "render", "--chart", "ratio",
                "--size", "square", "--width", "900", "--height", "600", "--out", dir.toString());
        assertUsage("the width must be between 320 and 4000, found 10", "render", "--chart", "ratio", "--width",
                "10", "--height", "600", "--out", dir.toString());
        assertUsage("the scale must be between 1 and 4, found 5", "render", "--chart", "ratio", "--scale", "5",
                "--out", dir.toString());
        assertUsage("the DPI must be between 1 and 2400, found 0", "render", "--chart", "ratio", "--dpi", "0",
                "--out", dir.toString());
        assertUsage("missing --out DIR: the folder the files are written to", "render", "--chart", "ratio");
        assertUsage("--allow-changed-data only applies to render --from SIDECAR", "render", "--chart", "ratio",
                "--allow-changed-data", "--out", dir.toString());
        assertUsage("--from renders exactly what the sidecar describes, so it cannot be combined with --chart, "
                + "--scale, --scenario/--life", "render", "--from", "x.json", "--chart", "ratio", "--scale", "2",
                "--life", "3");
    }

    private void assertUsage(String message, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertEquals(List.of(message, HINT), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void badDataIsInvalidInputWithItsLocatedMessages() throws Exception {
        Path csv = Files.createDirectory(dir.resolve("csv"));
        Files.writeString(csv.resolve("companies.csv"), "company,name,fiscal_year_end_month,role\n"
                + "Meta,Meta,12,hyperscaler\n");
        Files.writeString(csv.resolve("capex.csv"), "company,fiscal_year,capex_usd_b,status,source\n"
                + "Meta,2024,lots,reported,\n");
        CliRun run = CliRun.of("render", "--data", csv.toString(), "--chart", "ratio", "--out",
                dir.resolve("out").toString());
        assertEquals(ExitCode.INVALID, run.exitCode());
        assertTrue(run.errLines().get(0).startsWith("capex.csv:capex:2:capex_usd_b: "), run.err());
        assertTrue(Files.notExists(dir.resolve("out")));
    }

    @Test
    void helpListsEveryOption() {
        CliRun run = CliRun.of("render", "--help");
        assertEquals(ExitCode.OK, run.exitCode());
        for (String option : List.of("--data", "--scenario", "--life", "--chart", "--format", "--scale", "--dpi",
                "--size", "--width", "--height", "--sidecar", "--combined-pdf", "--out", "--from",
                "--allow-changed-data", "--list-charts")) {
            assertTrue(run.out().contains(option), option);
        }
        assertTrue(run.out().contains("Usage: capexlens render"), run.out());
    }
}
