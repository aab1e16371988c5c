package org.capexlens.io.sec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.FinancialsRow;
import org.capexlens.domain.Role;
import org.capexlens.domain.Source;
import org.capexlens.domain.Status;
import org.capexlens.io.ImportException;
import org.junit.jupiter.api.Test;

/**
 * The XBRL traps of issue 16, one hand-built company-facts fixture each (src/test/resources/fixtures/sec, in the
 * documented shape facts → taxonomy → concept → units → USD → list of facts; each file's {@code _trap} says what it
 * holds). Expected values are the fixtures' own numbers divided by 10^9, worked by hand.
 */
class SecImportTrapsTest {
    private static final Path DIR = Path.of("src/test/resources/fixtures/sec");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final ConceptMapping MAPPING = ConceptMapping.shipped();

    static CompanyFacts facts(String file) throws ImportException {
        return new CompanyFactsParser(MAPPING.concepts()).read(DIR.resolve(file));
    }

    private static Dataset base(Company c, List<CapexRow> capex, List<FinancialsRow> fin) {
        return new Dataset(List.of(c), capex, fin, List.of(), List.of(), List.of(),
                List.of(new Source("src-1", "press", "https://example.com", null, null, "press")));
    }

    private static SecImportResult run(String file, Company c, Integer since) throws ImportException {
        return new SecImport(MAPPING, TODAY, since).apply(base(c, List.of(), List.of()), List.of(facts(file)));
    }

    private static CapexRow capex(Dataset d, int year) {
        return d.capex().stream().filter(r -> r.fiscalYear() == year).findFirst().orElseThrow();
    }

    @Test
    void samePeriodInManyFilingsTakesTheLatestFilingAndKeepsTheOriginalInTheNote() throws Exception {
        // Trap: restated.json has FY2023 capex in two 10-Ks: 28.1 (filed 2024-02-02), 27.266 (filed 2025-01-30).
        Company c = new Company("Restated", "Restated Corp", 12, Role.HYPERSCALER, "1000001");
        Dataset before = base(c, List.of(new CapexRow("Restated", 2023, 28.1, Status.REPORTED, "src-1", "")),
                List.of());
        SecImportResult r = new SecImport(MAPPING, TODAY, 2023).apply(before, List.of(facts("restated.json")));
        CapexRow fy2023 = capex(r.dataset(), 2023);
        assertEquals(27.266, fy2023.capexUsdB(), 1e-12);
        assertTrue(fy2023.note().contains("restated: originally filed 28.1 (10-K 0001000001-24-000012 filed "
                + "2024-02-02)"), fy2023.note());
        assertEquals("sec-0001000001-25-000017-capex-FY2023", fy2023.source());
        Source s = r.dataset().sourcesById().get(fy2023.source());
        assertEquals("https://www.sec.gov/Archives/edgar/data/1000001/000100000125000017/"
                + "0001000001-25-000017-index.htm", s.url());
        assertEquals(LocalDate.of(2025, 1, 30), s.published());
        assertTrue(s.title().contains("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment 2023-01-01 to "
                + "2023-12-31 (10-K 0001000001-25-000017)"), s.title());
        assertEquals(37.256, capex(r.dataset(), 2024).capexUsdB(), 1e-12);
        // The preview line: old 28.1 -> new 27.266 with the filing.
        FigureChange ch = r.changes().stream().filter(x -> x.fiscalYear() == 2023 && x.column().equals("capex_usd_b"))
                .findFirst().orElseThrow();
        assertEquals(28.1, ch.oldValue());
        assertEquals(27.266, ch.newValue(), 1e-12);
        assertEquals("10-K 0001000001-25-000017 filed 2025-01-30", ch.filing());
        // The quarter of 2024 (Q3) is not an annual figure.
        assertEquals(2, r.dataset().capex().size());
    }

    @Test
    void juneFiscalYearIsNamedByTheYearItEndsAndSixMonthsAreNotAYear() throws Exception {
        // Trap: june.json; the comparative year to 2024-06-30 carries fy 2025 (the filing's year).
        SecImportResult r = run("june.json", new Company("June", "June Corp", 6, Role.HYPERSCALER, "1000002"), 2020);
        assertEquals(64.551, capex(r.dataset(), 2025).capexUsdB(), 1e-12);
        assertEquals(44.477, capex(r.dataset(), 2024).capexUsdB(), 1e-12);
        assertEquals(2, r.dataset().capex().size());
    }

    @Test
    void theNarrowDepreciationLineFillsTheCalibrationComparator() throws Exception {
        // Trap: depreciation-lines.json; D&A and P&E depreciation are both tagged, each to its own column.
        SecImportResult r = run("depreciation-lines.json", new Company("June", "June Corp", 6, Role.HYPERSCALER,
                "1000002"), 2020);
        FinancialsRow f = r.dataset().financials().get(0);
        assertEquals(34.153, f.dAndAUsdB(), 1e-12);
        assertEquals(22.5, f.depreciationPeUsdB(), 1e-12);
    }

    @Test
    void mayFiscalYearIsNamedByTheYearItEnds() throws Exception {
        // Trap: may.json; both years carry fy 2026.
        SecImportResult r = run("may.json", new Company("May", "May Corp", 5, Role.HYPERSCALER, "1000003"), 2020);
        assertEquals(55.7, capex(r.dataset(), 2026).capexUsdB(), 1e-12);
        assertEquals(21.215, capex(r.dataset(), 2025).capexUsdB(), 1e-12);
    }

    @Test
    void lateJanuaryFiscalYearFollowsTheDatasetConvention() throws Exception {
        // Trap: january.json; the dataset labels Nvidia's year to 2026-01-25 FY2026 (data/README.md).
        SecImportResult r = run("january.json", new Company("Jan", "January Corp", 1, Role.CHIP_VENDOR, "1000004"),
                2020);
        List<FinancialsRow> fin = r.dataset().financials();
        assertEquals(List.of(2024, 2025, 2026), fin.stream().map(FinancialsRow::fiscalYear).toList());
        assertEquals(215.938, fin.get(2).revenueUsdB(), 1e-12);
        assertEquals(60.922, fin.get(0).revenueUsdB(), 1e-12);
    }

    @Test
    void fiscalYearEndingMapsEachConvention() {
        assertEquals(2025, FiscalPeriods.fiscalYearEnding(LocalDate.of(2025, 6, 30), 6).getAsInt());
        assertEquals(2026, FiscalPeriods.fiscalYearEnding(LocalDate.of(2026, 1, 25), 1).getAsInt());
        assertEquals(2025, FiscalPeriods.fiscalYearEnding(LocalDate.of(2026, 1, 2), 12).getAsInt());
        assertTrue(FiscalPeriods.fiscalYearEnding(LocalDate.of(2025, 3, 31), 12).isEmpty());
    }

    @Test
    void aYearOfQuartersIsDerivedOnlyWhenNineMonthsAndQ4AreBothThere() throws Exception {
        // Trap: derived.json; FY2024 = 9.0 (nine months) + 4.0 (Q4); FY2023 has nine months only.
        SecImportResult r = run("derived.json", new Company("Q", "Quarterly Corp", 12, Role.HYPERSCALER, "1000005"),
                2023);
        CapexRow fy2024 = capex(r.dataset(), 2024);
        assertEquals(13.0, fy2024.capexUsdB(), 1e-12);
        assertTrue(fy2024.note().contains("fiscal year derived: nine-month YTD 2024-01-01 to 2024-09-30 "
                + "(0001000005-24-000030) + Q4 2024-10-01 to 2024-12-31 (0001000005-25-000005)"), fy2024.note());
        assertEquals(1, r.dataset().capex().size(), "FY2023 is not derived from nine months alone");
        assertTrue(r.notes().contains("Q FY2023 capex_usd_b: no annual fact (nor nine-month YTD + Q4) for "
                + "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment, us-gaap:PaymentsToAcquireProductiveAssets; "
                + "the cell is left empty"), r.notes().toString());
    }

    @Test
    void aPaymentTaggedNegativeIsPositiveCapexInBillions() throws Exception {
        // Trap: sign-missing.json; capex tagged -1,250,000,000.
        SecImportResult r = run("sign-missing.json", new Company("O", "Outflow Corp", 12, Role.APP, "1000006"), 2023);
        CapexRow fy2024 = capex(r.dataset(), 2024);
        assertEquals(1.25, fy2024.capexUsdB(), 1e-12);
        assertTrue(fy2024.note().contains("tagged as a negative payment, reported as positive capex"));
        // Net income is not a payment: a loss stays negative.
        FinancialsRow f2024 = r.dataset().financials().get(1);
        assertEquals(-0.3, f2024.netIncomeUsdB(), 1e-12);
    }

    @Test
    void valuesThatAreNotFiguresAreNamedAndNothingWrongIsWritten() throws Exception {
        // bad-values.json: FY2024 capex 5e18 USD (5e9 bn: over the 10,000 bn ceiling), FY2023 capex "NaN" (a
        // string), FY2024 revenue -9e9 (negative), FY2022 capex only in EUR; FY2022 revenue 7e9 USD is good.
        Company c = new Company("S", "Slip Corp", 12, Role.APP, "1000007");
        // The base holds capex 1.0 for 2022-2024: an unusable filing must not leave a wrong figure behind.
        Dataset before = base(c, List.of(new CapexRow("S", 2022, 1.0, Status.REPORTED, "src-1", ""),
                new CapexRow("S", 2023, 1.0, Status.REPORTED, "src-1", ""),
                new CapexRow("S", 2024, 1.0, Status.REPORTED, "src-1", "")), List.of());
        SecImportResult r = new SecImport(MAPPING, TODAY, 2022).apply(before, List.of(facts("bad-values.json")));
        // Neither the absurd value, nor a NaN read as 0, nor the EUR value is written. 2022 and 2024 are years the
        // filings cover (a revenue fact each), so their capex cells are emptied; 2023 has no usable fact of any
        // column, a year the filings do not cover, so its hand-gathered 1.0 stays (the note names the NaN).
        assertEquals(List.of(new CapexRow("S", 2023, 1.0, Status.REPORTED, "src-1", "")), r.dataset().capex());
        List<String> notes = r.notes();
        assertTrue(notes.contains("bad-values.json: us-gaap:PaymentsToAcquirePropertyPlantAndEquipment is reported "
                + "in EUR, not USD; those facts are not used (never converted)"), notes.toString());
        assertTrue(notes.contains("bad-values.json: us-gaap:PaymentsToAcquirePropertyPlantAndEquipment 2023-01-01 to "
                + "2023-12-31 (0001000007-25-000001): the value NaN is not a number; the fact is skipped"),
                notes.toString());
        assertTrue(notes.contains("S FY2024 capex_usd_b: the filed value 5000000000 (10-K 0001000007-25-000001 "
                + "filed 2025-02-01) is not a valid figure for this column; the cell is left empty"), notes.toString());
        assertTrue(notes.contains("S FY2024 revenue_usd_b: the filed value -9 (10-K 0001000007-25-000001 filed "
                + "2025-02-01) is not a valid figure for this column; the cell is left empty"), notes.toString());
        // The one good figure is kept: FY2022 revenue 7e9 USD = 7.0 bn; FY2024 has no usable figure, so no row.
        assertEquals(1, r.dataset().financials().size());
        assertEquals(2022, r.dataset().financials().get(0).fiscalYear());
        assertEquals(7.0, r.dataset().financials().get(0).revenueUsdB(), 1e-12);
        // The preview names every emptied cell: capex 1.0 → empty in 2022 and 2024.
        assertEquals(List.of(2022, 2024), r.changes().stream().filter(x -> x.column().equals("capex_usd_b"))
                .map(FigureChange::fiscalYear).toList());
        assertTrue(r.changes().stream().filter(x -> x.column().equals("capex_usd_b"))
                .allMatch(x -> x.oldValue() == 1.0 && x.newValue() == null), r.changes().toString());
    }

    @Test
    void metaCapexIsItsHeadlineSumOfPurchasesAndFinanceLeasePrincipal() throws Exception {
        // meta-headline.json through the shipped mapping's override for CIK 1326801 (audit 2026-12 A1): FY2024 =
        // 37.256 + 1.969 = 39.225, on the shipped data's definition; FY2023 lacks the principal, so the fallback
        // (purchases 27.045) is taken and the change of definition is named.
        SecImportResult r = run("meta-headline.json", new Company("Meta", "Meta Platforms", 12, Role.HYPERSCALER,
                "1326801"), 2023);
        CapexRow fy2024 = capex(r.dataset(), 2024);
        assertEquals(39.225, fy2024.capexUsdB(), 1e-9);
        assertEquals("incl. finance-lease principal", fy2024.definition());
        assertEquals("purchases of P&E", capex(r.dataset(), 2023).definition());
        assertEquals(27.045, capex(r.dataset(), 2023).capexUsdB(), 1e-9);
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("Meta capex_usd_b: definition break")),
                r.notes().toString());
    }

    @Test
    void aConceptMissingForAYearLeavesTheCellEmptyWithANoteNeverZero() throws Exception {
        // Trap: sign-missing.json; FY2023 has revenue (9.0) but neither capex nor net income.
        Company c = new Company("O", "Outflow Corp", 12, Role.APP, "1000006");
        Dataset before = base(c, List.of(new CapexRow("O", 2023, 1.0, Status.REPORTED, "src-1", "")), List.of());
        SecImportResult r = new SecImport(MAPPING, TODAY, 2023).apply(before, List.of(facts("sign-missing.json")));
        assertTrue(r.dataset().capex().stream().noneMatch(x -> x.fiscalYear() == 2023));
        FinancialsRow f2023 = r.dataset().financials().get(0);
        assertEquals(2023, f2023.fiscalYear());
        assertEquals(9.0, f2023.revenueUsdB(), 1e-12);
        assertNull(f2023.netIncomeUsdB());
        FigureChange emptied = r.changes().stream().filter(x -> x.fiscalYear() == 2023
                && x.column().equals("capex_usd_b")).findFirst().orElseThrow();
        assertEquals(1.0, emptied.oldValue());
        assertNull(emptied.newValue());
        assertEquals("not in the filings", emptied.filing());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("O FY2023 net_income_usd_b: no annual fact")));
    }

    @Test
    void aChangeOfConceptInsideASeriesIsFlaggedAsADefinitionBreak() throws Exception {
        // Trap: definition-break.json; ProductiveAssets 2021–2022, PropertyPlantAndEquipment 2023–2024.
        SecImportResult r = run("definition-break.json",
                new Company("S", "Switch Corp", 12, Role.HYPERSCALER, "1000007"), 2021);
        assertEquals(List.of("purchases of productive assets", "purchases of productive assets", "purchases of P&E",
                "purchases of P&E"), r.dataset().capex().stream().map(CapexRow::definition).toList());
        assertTrue(r.notes().contains("S capex_usd_b: definition break, the concept changes inside the series: "
                + "us-gaap:PaymentsToAcquireProductiveAssets in 2021–2022; "
                + "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment in 2023–2024"), r.notes().toString());
    }

    @Test
    void aFileOfNoKnownCompanyIsNamedAndSkipped() throws Exception {
        SecImportResult r = run("restated.json", new Company("X", "Other", 12, Role.APP, "42"), 2020);
        assertEquals(List.of("restated.json: CIK 1000001 (Restated Corp) is the CIK of no company in the companies "
                + "sheet (add it in the cik column); file skipped"), r.notes());
        assertEquals(List.of(), r.changes());
    }

    @Test
    void malformedJsonIsALocatedError() {
        ImportException e = assertThrows(ImportException.class, () -> facts("malformed.json"));
        assertEquals("malformed.json:facts:1:", e.firstError().location().format());
        assertTrue(e.firstError().message().startsWith("malformed.json is not valid JSON"));
        ImportException other = assertThrows(ImportException.class, () -> facts("not-company-facts.json"));
        assertTrue(other.firstError().message().contains("is not an SEC company-facts file"));
    }
}
