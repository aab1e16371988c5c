package org.capexlens.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.SheetNames;
import org.capexlens.io.DatasetAssembler;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportResult;
import org.capexlens.io.RawCell;
import org.capexlens.io.SheetSchema;
import org.capexlens.io.SheetSink;
import org.capexlens.tools.DefaultDatasetGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed {@code data/ai-economics.xlsx} is exactly what {@link DefaultDatasetGenerator} builds from
 * {@code data/reference/}, is well formed, and passes the import checks. The generator's dataset is held to the
 * same expectations as the loaded workbook ({@link DefaultDatasetExpectations}).
 */
class DefaultDatasetGeneratorTest {
    private static final Path COMMITTED = Path.of("data", "ai-economics.xlsx");
    private static final String HINT = "data/ai-economics.xlsx is not what the generator builds from "
            + "data/reference: run DefaultDatasetGenerator (see data/README.md) and commit the result";

    private static DefaultDatasetGenerator.Content content;

    @BeforeAll
    static void build() throws IOException {
        content = DefaultDatasetGenerator.build(DefaultDatasetGenerator.REFERENCE_DIR);
    }

    // ---- the committed file is the generator's output ----------------------------------------------------------

    @Test
    void regeneratedWorkbookEqualsTheCommittedOneCellByCell(@TempDir Path dir) throws Exception {
        Path fresh = dir.resolve("fresh.xlsx");
        DefaultDatasetGenerator.writeXlsx(content, fresh);
        List<String> committed = describe(COMMITTED);
        List<String> regenerated = describe(fresh);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < Math.max(committed.size(), regenerated.size()) && differences.size() < 20; i++) {
            String c = i < committed.size() ? committed.get(i) : "(nothing)";
            String r = i < regenerated.size() ? regenerated.get(i) : "(nothing)";
            if (!c.equals(r)) {
                differences.add("committed " + c + " | regenerated " + r);
            }
        }
        if (!differences.isEmpty()) {
            fail(HINT + "\n" + String.join("\n", differences));
        }
    }

    @Test
    void writingTwiceGivesIdenticalBytes(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.xlsx");
        Path b = dir.resolve("b.xlsx");
        DefaultDatasetGenerator.writeXlsx(content, a);
        DefaultDatasetGenerator.writeXlsx(DefaultDatasetGenerator.build(DefaultDatasetGenerator.REFERENCE_DIR), b);
        assertEquals(-1L, Files.mismatch(a, b), "two builds of the same reference data differ");
    }

    /**
     * Every cell of every sheet as "sheet!A1 TYPE value [format]", in order; sheet names come first, so a renamed,
     * added or reordered sheet shows up too.
     */
    private static List<String> describe(Path file) throws IOException, InvalidFormatException {
        List<String> out = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            out.add("sheets " + names);
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        out.add(sheet.getSheetName() + "!" + new CellAddress(cell).formatAsString() + " "
                                + cellText(cell));
                    }
                }
            }
        }
        return out;
    }

    private static String cellText(Cell cell) {
        CellType type = cell.getCellType();
        return switch (type) {
            case STRING -> "STRING " + cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? "DATE " + cell.getLocalDateTimeCellValue().toLocalDate() + " ["
                            + cell.getCellStyle().getDataFormatString() + "]"
                    : "NUMERIC " + cell.getNumericCellValue();
            case BOOLEAN -> "BOOLEAN " + cell.getBooleanCellValue();
            case FORMULA -> "FORMULA " + cell.getCellFormula();
            default -> type.toString();
        };
    }

    // ---- the committed file is well formed ---------------------------------------------------------------------

    @Test
    void committedWorkbookHasTheSheetsInOrderWithCanonicalBoldFrozenHeaders() throws Exception {
        try (OPCPackage pkg = OPCPackage.open(COMMITTED.toFile(), PackageAccess.READ);
                XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("companies", "capex", "financials", "useful_lives", "chip_revenue", "ai_revenue",
                    "sources", "claims", "gpu_prices", "README"), names);
            for (String name : concat(SheetNames.ALL, SheetNames.EXTRA)) {
                XSSFSheet sheet = wb.getSheet(name);
                Row header = sheet.getRow(0);
                List<String> expected = SheetSchema.sheet(name).columns().stream().map(SheetSchema.Column::name)
                        .toList();
                List<String> actual = new ArrayList<>();
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    XSSFCell cell = (XSSFCell) header.getCell(c);
                    actual.add(cell.getStringCellValue());
                    assertTrue(cell.getCellStyle().getFont().getBold(), name + " header " + c + " is bold");
                }
                assertEquals(expected, actual, name + " header");
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), name + " frozen header");
                assertTrue(sheet.getColumnWidth(0) >= 8 * 256, name + " column width");
            }
            Date fixed = Date.from(LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
            assertEquals(fixed, wb.getProperties().getCoreProperties().getCreated());
            assertEquals(fixed, wb.getProperties().getCoreProperties().getModified());
        }
    }

    @Test
    void numbersAreNumericCellsAndDatesAreIsoFormattedDateCells() throws Exception {
        try (OPCPackage pkg = OPCPackage.open(COMMITTED.toFile(), PackageAccess.READ);
                XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            Row capex = wb.getSheet("capex").getRow(8); // Microsoft FY2024 (after FY2017 opening-fleet row)
            assertEquals(CellType.NUMERIC, capex.getCell(1).getCellType());
            assertEquals(2024.0, capex.getCell(1).getNumericCellValue());
            assertEquals(44.477, capex.getCell(2).getNumericCellValue());
            Cell from = wb.getSheet("useful_lives").getRow(2).getCell(2); // Microsoft servers 4 years
            assertTrue(DateUtil.isCellDateFormatted(from));
            assertEquals("yyyy-mm-dd", from.getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2020, 7, 1), from.getLocalDateTimeCellValue().toLocalDate());
            Cell end = wb.getSheet("ai_revenue").getRow(1).getCell(1); // OpenAI Oct 2023
            assertTrue(DateUtil.isCellDateFormatted(end));
            assertEquals(LocalDate.of(2023, 10, 31), end.getLocalDateTimeCellValue().toLocalDate());
        }
    }

    @Test
    void committedWorkbookPassesTheImportChecksAndLoadsToTheGeneratedDataset() throws Exception {
        ImportResult result = loadThroughAssembler(COMMITTED);
        assertEquals(List.of(), result.warnings().stream().map(m -> m.format()).toList());
        assertEquals(content.dataset(), result.dataset());
    }

    /**
     * Streams a workbook into the app's {@link DatasetAssembler} with POI usermodel. A stand-in for the app's own
     * xlsx reader so that the import checks (duplicates, unknown companies and sources, cell types) run on the
     * committed file in this branch; {@link DefaultDatasetTest} loads it through {@code DatasetReader} itself.
     */
    private static ImportResult loadThroughAssembler(Path file) throws IOException, InvalidFormatException,
            ImportException {
        DatasetAssembler assembler = new DatasetAssembler(file.getFileName().toString());
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                Workbook wb = new XSSFWorkbook(pkg)) {
            for (Sheet sheet : wb) {
                SheetSink sink = assembler.startSheet(sheet.getSheetName(), false);
                for (Row row : sheet) {
                    List<RawCell> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(raw(row.getCell(c)));
                    }
                    sink.row(row.getRowNum() + 1, cells);
                }
                sink.end();
            }
        }
        return assembler.finish();
    }

    private static RawCell raw(Cell cell) {
        if (cell == null) {
            return RawCell.BLANK;
        }
        return switch (cell.getCellType()) {
            case STRING -> RawCell.text(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? RawCell.date(cell.getLocalDateTimeCellValue().toLocalDate())
                    : RawCell.number(cell.getNumericCellValue());
            case BOOLEAN -> RawCell.bool(cell.getBooleanCellValue());
            case BLANK -> RawCell.BLANK;
            default -> throw new AssertionError("unexpected cell " + cell.getAddress() + " " + cell.getCellType());
        };
    }

    // ---- the generated dataset meets the expectations ----------------------------------------------------------

    @Test
    void generatedDatasetListsTheRequiredCompanies() {
        DefaultDatasetExpectations.assertCompanies(content.dataset());
    }

    @Test
    void generatedDatasetHasOneCapexRowPerCompanyYearFromFy2018WhereTheReferenceHasIt() {
        DefaultDatasetExpectations.assertCapexCoverage(content.dataset());
    }

    @Test
    void generatedDatasetHoldsTheGoldenFiguresOfTheReferenceData() {
        DefaultDatasetExpectations.assertGoldenFigures(content.dataset());
    }

    @Test
    void generatedDatasetCitesASourceWithAWebAddressForEveryRow() {
        DefaultDatasetExpectations.assertSourceCoverage(content.dataset());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void everyClaimCitesASourceWithAWebAddressAndTheBurryFiguresAreAsPublished() {
        Dataset d = content.dataset();
        var sources = d.sourcesById();
        for (var c : d.claims()) {
            assertTrue(sources.containsKey(c.source()), c.id() + " cites " + c.source());
            assertTrue(sources.get(c.source()).url().startsWith("http"), c.id());
        }
        var byId = new java.util.HashMap<String, org.capexlens.domain.Claim>();
        d.claims().forEach(c -> byId.put(c.id(), c));
        // TipRanks, 2025-11-10: "$176 billion between 2026 and 2028"; Oracle 26.9 %, Meta 20.8 % by 2028.
        assertEquals(176.0, byId.get("claims-001").figure());
        assertEquals("2026-2028", byId.get("claims-001").period());
        assertEquals(26.9, byId.get("claims-002").figure());
        assertEquals(20.8, byId.get("claims-003").figure());
        // Nvidia's memo: four to six years, a range without a point value.
        assertEquals(4.0, byId.get("claims-010").figureLow());
        assertEquals(6.0, byId.get("claims-010").figureHigh());
        assertEquals(null, byId.get("claims-010").figure());
        // Sequoia: $200B (2023), $600B (2024); each company's stated server life.
        assertEquals(200.0, byId.get("sequoia_method-005").figure());
        assertEquals(600.0, byId.get("sequoia_method-009").figure());
        assertEquals(5.5, byId.get("life-meta").figure());
        assertEquals("2023", byId.get("life-microsoft").period(), "Microsoft's July 2022 change is fiscal 2023");
    }

    @Test
    void generatedDatasetHasTheDocumentedRowCounts() {
        Dataset d = content.dataset();
        assertEquals("{companies=9, capex=55, financials=40, useful_lives=28, chip_revenue=8, ai_revenue=27, "
                + "sources=119, claims=21, gpu_prices=7}", d.rowCounts().toString(), "update data/README.md when the counts change");
    }

    // ---- CSV folder --------------------------------------------------------------------------------------------

    @Test
    void csvFolderHasOneRfc4180FilePerDataSheet(@TempDir Path dir) throws IOException {
        DefaultDatasetGenerator.writeCsvFolder(content, dir);
        for (String name : concat(SheetNames.ALL, SheetNames.EXTRA)) {
            String text = Files.readString(dir.resolve(name + ".csv"), StandardCharsets.UTF_8);
            String header = String.join(",", SheetSchema.sheet(name).columns().stream()
                    .map(SheetSchema.Column::name).toList());
            assertTrue(text.startsWith(header + "\r\n"), name + " header");
        }
        List<String> capex = Files.readAllLines(dir.resolve("capex.csv"), StandardCharsets.UTF_8);
        // The definition column is filled since Meta's series is one definition (audit 2026-12 A1, issue 16).
        assertEquals("Microsoft,2024,44.477,reported,src-004,ref capex-007; cash additions to property and "
                + "equipment (cash flow statement); excludes finance leases; finance-lease additions ref capex-012,"
                + "purchases of P&E,11.633,src-100", capex.get(8));
        // Line 32 (29 before Amazon's 2015–2017 rows were inserted ahead of its 2018 row, issue 14).
        assertTrue(capex.get(32).startsWith("Meta,2018,13.92,reported,src-012,\"ref capex-048; company-reported "
                + "capital expenditures of 2018, taken as the headline definition"), capex.get(32));
        // ends with the definition, then the two empty finance-lease columns (issue 14).
        assertTrue(capex.get(32).endsWith(",incl. finance-lease principal,,"), capex.get(32));
        List<String> lives = Files.readAllLines(dir.resolve("useful_lives.csv"), StandardCharsets.UTF_8);
        assertEquals("Meta,servers,2025-01-01,5.5,2.9,depreciation expense,2025,src-052,1,expected",
                lives.get(24));
        // Amazon 2025: a subset of the fleet, half as a labelled scenario assumption (data/README.md)
        assertEquals("Amazon,servers,2025-01-01,5,-0.7,operating income,2025,src-050,0.5,expected", lives.get(17));
        assertEquals("Oracle,servers,2022-06-01,5,0.131,operating income,Q1 FY2023,src-053,1,actual",
                lives.get(26));
        List<String> chips = Files.readAllLines(dir.resolve("chip_revenue.csv"), StandardCharsets.UTF_8);
        assertEquals("Nvidia,2021,,16.675,reported,src-056", chips.get(2)); // src-053 is Oracle's new source
        assertEquals(1 + content.dataset().capex().size(), capex.size());
    }

    @Test
    void gpuPricesAreTheAuditsH100PointsEachFromACitedSecondarySource() {
        Dataset d = content.dataset();
        var sources = d.sourcesById();
        // audit-2026-12 (end of section B): 8 (2023 peak), < 2 (Oct 2024), 1.70, 2.35, 2.95, 2.42, 2.65.
        assertEquals(List.of(8.0, 2.0, 1.70, 2.35, 2.95, 2.42, 2.65),
                d.gpuPrices().stream().map(org.capexlens.domain.GpuPrice::usdPerHour).toList());
        for (var g : d.gpuPrices()) {
            assertEquals("H100", g.gpuModel());
            assertTrue(g.note().startsWith("Secondary source"), g.note());
            assertTrue(sources.get(g.source()).url().startsWith("https://"), g.source());
        }
        assertEquals("https://aimultiple.com/gpu-index", sources.get(d.gpuPrices().get(4).source()).url());
    }
}
