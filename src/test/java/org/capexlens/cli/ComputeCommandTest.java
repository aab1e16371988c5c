package org.capexlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.capexlens.domain.AiRevenueRow;
import org.capexlens.domain.ChipRevenueRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.domain.Role;
import org.capexlens.domain.Status;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.ImportResult;
import org.capexlens.io.Location;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dataset readers are written on another branch, so these tests inject a loader that returns a hand-built
 * dataset. Nvidia FY2024-FY2026 = 60, 120, 180 (years end in January) calendarise to CY2024 = 5 + 110 = 115 and
 * CY2025 = 10 + 165 = 175; year-end run-rates OpenAI + Anthropic are 6 + 4 = 10 (2024) and 15 + 10 = 25 (2025).
 */
class ComputeCommandTest {
    private static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path dir;
    private Path data;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Path> loaded = new ArrayList<>();

    static Dataset dataset() {
        return new Dataset(List.of(new Company("Nvidia", "NVIDIA Corporation", 1, Role.CHIP_VENDOR)), List.of(),
                List.of(), List.of(), List.of(
                        new ChipRevenueRow("Nvidia", 2024, 60.0, 70.0, Status.REPORTED, "nv"),
                        new ChipRevenueRow("Nvidia", 2025, 120.0, 130.0, Status.REPORTED, "nv"),
                        new ChipRevenueRow("Nvidia", 2026, 180.0, 200.0, Status.REPORTED, "nv")),
                List.of(rr("OpenAI", "2024-12-31", 6), rr("Anthropic", "2024-12-31", 4),
                        rr("OpenAI", "2025-12-31", 15), rr("Anthropic", "2025-12-31", 10)),
                List.of());
    }

    private static AiRevenueRow rr(String entity, String date, double v) {
        return new AiRevenueRow(entity, LocalDate.parse(date), v, RevenueBasis.RUN_RATE, Status.REPORTED, "s", "");
    }

    @BeforeEach
    void dataFile() throws Exception {
        // The fake loader ignores the content; the digest is of these bytes.
        data = Files.writeString(dir.resolve("ai-economics.xlsx"), "abc");
    }

    private int run(ComputeCommand.DatasetLoader loader, String... args) {
        return ComputeCommand.execute(new ComputeCommand(new PrintWriter(out), new PrintWriter(err), loader), args);
    }

    private int run(String... args) {
        return run(path -> {
            loaded.add(path);
            return new ImportResult(dataset(), List.of(), path.getFileName().toString());
        }, args);
    }

    private static List<String> names(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void printsTheResultAsJsonWithEveryMember() throws Exception {
        assertEquals(0, run("--data", data.toString()));
        assertEquals("", err.toString());
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals(List.of("scenario", "dataset", "companies", "ratio", "revenue_gap", "backtest", "bain",
                "claims", "calendar", "calibration"),
                names(root));
        assertEquals("As reported", root.get("scenario").textValue());
        assertEquals("ai-economics.xlsx", root.get("dataset").get("file").textValue());
        assertEquals(ABC_SHA256, root.get("dataset").get("sha256").textValue());
        // The stub economics model gives no company or back-test rows yet; ratio and gap are real.
        assertTrue(root.get("companies").isArray());
        assertTrue(root.get("backtest").isArray());
        JsonNode ratio = root.get("ratio");
        assertEquals(2, ratio.size());
        assertEquals(List.of("year", "infrastructure", "applications", "ratio", "cumulative_ratio",
                "estimated"),
                names(ratio.get(0)));
        assertEquals(2024, ratio.get(0).get("year").intValue());
        assertEquals(115, ratio.get(0).get("infrastructure").doubleValue(), 1e-9);
        assertEquals(10, ratio.get(0).get("applications").doubleValue(), 1e-9);
        assertEquals(11.5, ratio.get(0).get("ratio").doubleValue(), 1e-9);
        assertEquals(7, ratio.get(1).get("ratio").doubleValue(), 1e-9);
        // (115 + 175) / (10 + 25)
        assertEquals(290.0 / 35, ratio.get(1).get("cumulative_ratio").doubleValue(), 1e-9);
        JsonNode gap = root.get("revenue_gap");
        assertEquals(List.of("year", "infrastructure", "required_revenue", "applications", "gap", "basis", "estimated"),
                names(gap.get(0)));
        assertEquals("dataset", gap.get(0).get("basis").textValue());
        // Sequoia x4: 115 -> 460, minus 10 known = 450.
        assertEquals(460, gap.get(0).get("required_revenue").doubleValue(), 1e-9);
        assertEquals(450, gap.get(0).get("gap").doubleValue(), 1e-9);
    }

    @Test
    void theCsvHeaderHasTheJsonCompanyMembers() {
        assertEquals(0, run("--data", data.toString(), "--format", "CSV"));
        assertEquals(String.join(",", CompanyCsv.HEADER) + "\r\n", out.toString());
        assertEquals(List.of("company", "fiscal_year", "status", "capex", "revenue", "operating_income",
                "depreciation_reported_policy", "depreciation_scenario", "delta_depreciation",
                "adjusted_operating_income", "adjusted_operating_margin", "net_income", "adjusted_net_income",
                "earnings_overstatement", "maintenance_capex", "break_even_life_years",
                "earnings_overstatement_status", "fiscal_year_end_month", "understated_depreciation_share",
                "catch_up_write_off", "run_rate_delta_depreciation", "break_even_status"), CompanyCsv.HEADER);
    }

    @Test
    void aPresetIdChoosesThePreset() throws Exception {
        assertEquals(0, run("--data", data.toString(), "--scenario", "burry-2-3y"));
        assertEquals("Burry 2–3 years", new ObjectMapper().readTree(out.toString()).get("scenario").textValue());
    }

    @Test
    void lifeOverridesThePolicyAndSaysSoInTheName() throws Exception {
        assertEquals(0, run("--data", data.toString(), "--scenario", "nvidia-4-6y", "--life", "2.5"));
        assertEquals("Nvidia memo 4–6 years, uniform life 2.5 years",
                new ObjectMapper().readTree(out.toString()).get("scenario").textValue());
    }

    @Test
    void aScenarioFileIsRead() throws Exception {
        Path file = Files.writeString(dir.resolve("mine.json"),
                "{\"name\": \"Mine\", \"gpu_share_of_data_center_cost\": 0.25}");
        assertEquals(0, run("--data", data.toString(), "--scenario", file.toString()));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals("Mine", root.get("scenario").textValue());
        // 115 / 0.25 / (1 - 0.5) = 920.
        assertEquals(920, root.get("revenue_gap").get(0).get("required_revenue").doubleValue(), 1e-9);
    }

    @Test
    void aScenarioWithAnUnknownFieldExitsTwoWithTheLocatedMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"),
                "{\"policy\": {\"type\": \"uniform\", \"lifeyears\": 3}}");
        assertEquals(2, run("--data", data.toString(), "--scenario", file.toString()));
        assertEquals("bad.json:scenario::policy.lifeyears: unknown field policy.lifeyears; did you mean "
                + "policy.life_years?" + System.lineSeparator()
                + "bad.json:scenario::policy.life_years: policy.life_years is missing; expected a number"
                + System.lineSeparator(), err.toString());
        assertEquals("", out.toString());
        assertEquals(List.of(), loaded, "the dataset is not read when the scenario is invalid");
    }

    @Test
    void aMissingScenarioFileExitsThree() {
        Path file = dir.resolve("nope.json");
        assertEquals(3, run("--data", data.toString(), "--scenario", file.toString()));
        assertEquals("nope.json:::: there is no file at " + file + System.lineSeparator(), err.toString());
    }

    @Test
    void aMistypedPresetIsAUsageError() {
        assertEquals(1, run("--data", data.toString(), "--scenario", "burry"));
        assertEquals("--scenario burry is neither a scenario file nor a preset; the presets are: as-reported, "
                + "burry-2-3y, nvidia-4-6y, sequoia-2023, sequoia-2024, bain-2030" + System.lineSeparator(),
                err.toString());
    }

    @Test
    void writesToOutAtomicallyAndNothingToStdout() throws Exception {
        Path target = dir.resolve("result.csv");
        assertEquals(0, run("--data", data.toString(), "--format", "csv", "--out", target.toString()));
        assertEquals("", out.toString());
        assertEquals(String.join(",", CompanyCsv.HEADER) + "\r\n", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(data, target), files.sorted().toList(), "no temporary file is left behind");
        }
    }

    @Test
    void anUnwritableOutExitsThree() {
        Path target = dir.resolve("missing-folder").resolve("r.json");
        assertEquals(3, run("--data", data.toString(), "--out", target.toString()));
        assertEquals("could not write " + target.toAbsolutePath() + ": the folder does not exist" + System.lineSeparator(), err.toString());
    }

    @Test
    void invalidDataExitsTwoWithEveryMessage() {
        ImportException invalid = new ImportException(ImportException.Kind.INVALID, List.of(
                ImportMessage.warning(new Location("d.xlsx", "capex", 3, "note"), "a warning first"),
                ImportMessage.error(new Location("d.xlsx", "capex", 4, "capex_usd_b"), "expected a number")));
        assertEquals(2, run(path -> {
            throw invalid;
        }, "--data", data.toString()));
        assertEquals("d.xlsx:capex:3:note: a warning first" + System.lineSeparator()
                + "d.xlsx:capex:4:capex_usd_b: expected a number" + System.lineSeparator(), err.toString());
    }

    @Test
    void unreadableDataExitsThree() {
        assertEquals(3, run(path -> {
            throw ImportException.io(Location.ofFile("x.xlsx"), "there is no file at x.xlsx", null);
        }, "--data", "x.xlsx"));
        assertEquals("x.xlsx:::: there is no file at x.xlsx" + System.lineSeparator(), err.toString());
    }

    @Test
    void warningsGoToStderrAndTheResultStillToStdout() {
        assertEquals(0, run(path -> new ImportResult(dataset(), List.of(ImportMessage.warning(
                new Location("d.xlsx", "sources", 0, ""), "no sources sheet")), "d.xlsx"), "--data", data.toString()));
        assertEquals("d.xlsx:sources::: warning: no sources sheet" + System.lineSeparator(), err.toString());
        assertFalse(out.toString().isEmpty());
    }

    /**
     * Issue 10: the {@code short_lived_shares} member says which share each hyperscaler is modelled with, and for
     * Amazon its other equipment and that equipment's life; a company without equipment has neither key.
     */
    @Test
    void theSharesMemberShowsAmazonsOtherEquipment() throws Exception {
        assertEquals(0, run(path -> org.capexlens.io.load.DatasetReader.read(path), "--data",
                Path.of("data", "ai-economics.xlsx").toString()));
        JsonNode shares = new ObjectMapper().readTree(out.toString()).get("short_lived_shares");
        JsonNode amazon = null;
        JsonNode meta = null;
        for (JsonNode n : shares) {
            if (n.get("company").textValue().equals("Amazon")) {
                amazon = n;
            } else if (n.get("company").textValue().equals("Meta")) {
                meta = n;
            }
        }
        assertEquals(0.27, amazon.get("share").doubleValue(), 1e-12);
        assertEquals("company", amazon.get("basis").textValue());
        assertEquals("src-117", amazon.get("source").textValue());
        assertEquals(0.23, amazon.get("equipment_share").doubleValue(), 1e-12);
        assertEquals(6.6, amazon.get("equipment_life_years").doubleValue(), 1e-12);
        assertEquals(0.44, meta.get("share").doubleValue(), 1e-12);
        assertFalse(meta.has("equipment_share"));
    }

    /**
     * Issue 10: a script finds Burry's claim in {@code compute}'s {@code claims} member: his $176B beside the model's
     * figure under the Burry preset (about $299B, calendarised, six hyperscalers) and the uniform life that gives
     * $176B (about 3.5 years).
     */
    @Test
    void theClaimsMemberHoldsBurrysFigureBesideTheModels() throws Exception {
        assertEquals(0, run(path -> org.capexlens.io.load.DatasetReader.read(path), "--data",
                Path.of("data", "ai-economics.xlsx").toString(), "--scenario", "burry-2-3y"));
        JsonNode claims = new ObjectMapper().readTree(out.toString()).get("claims");
        assertEquals(21, claims.size());
        JsonNode burry = claims.get(0);
        assertEquals("claims-001", burry.get("id").textValue());
        assertEquals(176.0, burry.get("figure").doubleValue());
        assertEquals("usd_b", burry.get("unit").textValue());
        assertEquals("checked", burry.get("status").textValue());
        // 320.9 → 320.3: Meta's capex on its headline definition (audit 2026-12 A1); see ClaimsTest.
        // 320.3 → 333.9: finance-lease additions in Microsoft's and Amazon's fleets (issue 14); see ClaimsTest.
        // 333.9 → 332.8: Microsoft's FY2018–22 finance-lease additions and Amazon's 2015–2020 inputs; 332.8 → 325.3:
        // Meta's own short-lived share of 0.44 (issue 14); 325.3 → 287.2: Amazon's server share 0.27 and its other
        // equipment (issue 10); see ClaimsTest.
        assertEquals(287.2, burry.get("model_current").doubleValue(), 0.05);
        assertEquals(burry.get("model_current").doubleValue(), burry.get("model_own_assumptions").doubleValue(),
                1e-9);
        assertEquals(burry.get("model_current").doubleValue() - 176, burry.get("difference").doubleValue(), 1e-9);
        assertEquals("solved", burry.get("goal_seek").get("status").textValue());
        assertEquals("uniform_life_years", burry.get("goal_seek").get("variable").textValue());
        // 3.61 before issue 14's finance leases; 3.68 → 3.65 with Meta's own short-lived share; 3.65 → 3.46 with
        // Amazon's server share (issue 10).
        assertEquals(3.46, burry.get("goal_seek").get("value").doubleValue(), 0.01);
        JsonNode oracle = claims.get(1);
        assertEquals("adjusted_loss", oracle.get("status").textValue());
        assertTrue(oracle.get("model_current").isNull());
    }

    @Test
    void withoutDataTheDefaultDatasetIsRead() {
        assertEquals(3, run(path -> {
            loaded.add(path);
            throw ImportException.io(Location.ofFile("ai-economics.xlsx"), "there is no file at " + path, null);
        }));
        // Run from the project folder, the lookup finds data/ai-economics.xlsx in the working directory.
        assertEquals(List.of(Path.of("data", "ai-economics.xlsx").toAbsolutePath()), loaded);
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(1, run("--data", data.toString(), "--format", "xml"));
        assertEquals("--format must be csv or json, found xml" + System.lineSeparator(), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(1, run("--data", data.toString(), "--life", "0"));
        assertEquals("--life must be a number of years greater than 0, found 0.0" + System.lineSeparator(),
                err.toString());
        err.getBuffer().setLength(0);
        assertEquals(1, run("--data", data.toString(), "--life", "-2"));
        assertEquals(1, run("--data", data.toString(), "--life", "NaN"));
        assertEquals(1, run("--data", data.toString(), "--life", "abc"));
        assertEquals(1, run("--no-such-option"));
        assertTrue(err.toString().contains("Run compute --help to see the options."), err.toString());
        assertEquals(List.of(), loaded);
    }

    @Test
    void helpPrintsTheOptions() {
        assertEquals(0, run("--help"));
        for (String option : List.of("--data", "--scenario", "--life", "--format", "--out")) {
            assertTrue(out.toString().contains(option), option);
        }
    }
}
