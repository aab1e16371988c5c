package org.capexlens.data;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.capexlens.domain.AiRevenueRow;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.ChipRevenueRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.FinancialsRow;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.domain.Role;
import org.capexlens.domain.Source;
import org.capexlens.domain.Status;
import org.capexlens.domain.UsefulLifeChange;

/**
 * What the default dataset must contain, as figures read by hand from {@code data/reference/*.csv}. Shared by
 * {@link DefaultDatasetTest} (the committed workbook through the app's reader) and
 * {@link DefaultDatasetGeneratorTest} (the generator's own output), so the same expectations hold for both.
 */
final class DefaultDatasetExpectations {
    private DefaultDatasetExpectations() {
    }

    /** The companies of the brief with their fiscal-year end month and role. */
    static void assertCompanies(Dataset d) {
        List<Company> expected = List.of(
                new Company("Microsoft", "Microsoft", 6, Role.HYPERSCALER, "789019"),
                new Company("Alphabet", "Alphabet (Google)", 12, Role.HYPERSCALER, "1652044"),
                // Issue 10: Amazon's servers and network, 0.5 × (113.2/6) / (113.2/6 + 52.2/10 + 53.493/5) = 0.5 ×
                // 0.5424 = 0.27 of its capex (src-117, the 10-K 2025 P&E note's split at 2024-12-31); its other
                // equipment 0.5 − 0.27 = 0.23 over (52.2 + 53.493) / (52.2/10 + 53.493/5) = 6.64 → 6.6 years.
                new Company("Amazon", "Amazon", 12, Role.HYPERSCALER, "1018724").withShortLivedShare(0.27, "src-117",
                        "estimate: servers and network are 0.54 of Amazon's equipment spending (10-K 2025 P&E note at "
                                + "2024-12-31: servers and networking 113.2, heavy 52.2, other 53.5 of 218.9, each "
                                + "over its life: 6, 10 and 5 y), so 0.27 of the default 0.5; other equipment 0.23 "
                                + "over 6.6 y (stated lives 10 and 3–7 y), untouched by server-life changes; "
                                + "equipment total src-118, lives src-119").withEquipment(0.23, 6.6),
                // Issue 14: Meta's own short-lived share, (2.94/3.68/20) / ((1 − 2.94/3.68)/4 + 2.94/3.68/20) = 0.4428
                // rounded to 0.44, citing the 10-K 2020 page of depreciation-148 (src-116, cited after every other
                // source).
                new Company("Meta", "Meta Platforms", 12, Role.HYPERSCALER, "1326801").withShortLivedShare(0.44,
                        "src-116", "estimate: from Meta's 2018 depreciation split (network equipment 2.94 of 3.68) "
                                + "with servers 4 y and long-lived 20 y, steady state; fitted on a year before 2021, "
                                + "so 2021–2025 calibration stays out of sample"),
                new Company("Oracle", "Oracle", 5, Role.HYPERSCALER, "1341439"),
                new Company("CoreWeave", "CoreWeave", 12, Role.HYPERSCALER, "1769628"),
                new Company("Nvidia", "Nvidia", 1, Role.CHIP_VENDOR, "1045810"),
                new Company("OpenAI", "OpenAI", 12, Role.AI_LAB),
                new Company("Anthropic", "Anthropic", 12, Role.AI_LAB));
        assertEquals(expected, d.companies());
    }

    /**
     * Capex years per company: FY2018–FY2025 (FY2017 for Microsoft and Alphabet, the opening fleet of issue 14)
     * wherever the reference data has them (Oracle from FY2014: FY2014–FY2019 are its opening fleet of issue 14,
     * capex-150…155; CoreWeave only guidance), guidance for 2026 except Microsoft (whose only 2026 figure is
     * calendar-year guidance) and
     * Oracle (fiscal 2026 ended 2026-05-31: reported 55.7, capex-080, supersedes the ~50 guidance of capex-070).
     */
    static void assertCapexCoverage(Dataset d) {
        Map<String, Set<Integer>> expected = Map.of(
                "Microsoft", years(2017, 2025),
                "Alphabet", years(2017, 2026),
                // 2015-2017: cash purchases seeding the fleet before 2018 (issue 14, capex-160…162).
                "Amazon", years(2015, 2026),
                "Meta", years(2018, 2026),
                "Oracle", years(2014, 2026),
                "CoreWeave", years(2025, 2026));
        Map<String, Set<Integer>> actual = d.capex().stream().collect(Collectors.groupingBy(CapexRow::company,
                Collectors.mapping(CapexRow::fiscalYear, Collectors.toCollection(TreeSet::new))));
        assertEquals(expected, actual);
        assertEquals(d.capex().size(), expected.values().stream().mapToInt(Set::size).sum(),
                "one capex row per company-year");
        for (CapexRow c : d.capex()) {
            assertTrue(c.note().matches("ref capex-\\d{3}; .+"), "capex note must start with the reference id: "
                    + c.note());
            boolean guidance = c.fiscalYear() == 2026 && !c.company().equals("Oracle")
                    || c.company().equals("CoreWeave");
            Status expectedStatus = guidance ? Status.GUIDANCE : Status.REPORTED;
            assertEquals(expectedStatus, c.status(), c.company() + " FY" + c.fiscalYear());
        }
    }

    private static Set<Integer> years(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().collect(Collectors.toCollection(TreeSet::new));
    }

    /** Figures copied by hand from the reference CSV files (row ids in the messages). */
    static void assertGoldenFigures(Dataset d) {
        assertAll(
                () -> assertCapex(d, "Microsoft", 2018, 11.632, Status.REPORTED, "capex-001"),
                () -> assertCapex(d, "Microsoft", 2017, 8.129, Status.REPORTED, "capex-083"),
                () -> assertCapex(d, "Alphabet", 2017, 13.184, Status.REPORTED, "capex-084"),
                () -> assertCapex(d, "Microsoft", 2024, 44.477, Status.REPORTED, "capex-007"),
                () -> assertCapex(d, "Microsoft", 2025, 64.551, Status.REPORTED, "capex-008"),
                () -> assertCapex(d, "Alphabet", 2025, 91.447, Status.REPORTED, "capex-027"),
                () -> assertCapex(d, "Alphabet", 2026, 185, Status.GUIDANCE, "capex-082"),
                () -> assertCapex(d, "Amazon", 2025, 131.8, Status.REPORTED, "capex-037"),
                // 10-K 2017 cash flows, "(11,955) (7,804) (5,387)" for 2017/2016/2015, in USD millions.
                () -> assertCapex(d, "Amazon", 2015, 5.387, Status.REPORTED, "capex-160"),
                () -> assertCapex(d, "Amazon", 2017, 11.955, Status.REPORTED, "capex-162"),
                // 10-K 2020 supplemental cash flow information: finance-lease additions 10,615 / 13,723 / 11,588
                // (2018/2019/2020, USD millions) on the cash-purchases rows of those years.
                () -> assertEquals(13.723, capex(d, "Amazon", 2019).financeLeaseUsdB(), 1e-9, "capex-164"),
                () -> assertEquals(null, capex(d, "Amazon", 2021).financeLeaseUsdB(), "2021: not found"),
                // 10-K 2018 P&E note via a secondary copy: "$12.1 billion ... for 2018" (depreciation-160).
                () -> assertEquals(12.1, financials(d, "Amazon", 2018).depreciationPeUsdB(), 1e-9,
                        "depreciation-160"),
                () -> assertCapex(d, "Amazon", 2026, 200, Status.GUIDANCE, "capex-047"),
                () -> assertCapex(d, "Meta", 2018, 13.92, Status.REPORTED, "capex-048"),
                () -> assertCapex(d, "Meta", 2019, 15.65, Status.REPORTED, "capex-049"),
                // Audit 2026-12 A1: Meta on its headline definition (incl. finance-lease principal) every year:
                // 2024 is the release's 39.23 (capex-202), 2020 = 15.115 + 0.604 (capex-050 + capex-200).
                () -> assertCapex(d, "Meta", 2024, 39.23, Status.REPORTED, "capex-202"),
                () -> assertCapex(d, "Meta", 2020, 15.719, Status.REPORTED, "capex-050"),
                () -> assertCapex(d, "Meta", 2025, 72.22, Status.REPORTED, "capex-058"),
                () -> assertCapex(d, "Meta", 2026, 135, Status.GUIDANCE, "capex-081"),
                // Issue 14 opening fleet: 10-K 'Capital expenditures' (580) and (1,660) USD millions (capex-150, -155).
                () -> assertCapex(d, "Oracle", 2014, 0.58, Status.REPORTED, "capex-150"),
                () -> assertCapex(d, "Oracle", 2019, 1.66, Status.REPORTED, "capex-155"),
                () -> assertCapex(d, "Oracle", 2020, 1.564, Status.REPORTED, "capex-062"),
                () -> assertCapex(d, "Oracle", 2025, 21.21, Status.REPORTED, "capex-067"),
                () -> assertCapex(d, "Oracle", 2026, 55.7, Status.REPORTED, "capex-080"),
                () -> assertCapex(d, "CoreWeave", 2025, 13, Status.GUIDANCE, "capex-073"),
                () -> assertCapex(d, "CoreWeave", 2026, 32.5, Status.GUIDANCE, "capex-075"),
                () -> assertTrue(capex(d, "Alphabet", 2026).note().contains("midpoint of guidance range 180–190 "
                        + "(USD bn)"), capex(d, "Alphabet", 2026).note()),
                () -> assertTrue(capex(d, "CoreWeave", 2026).note().contains("midpoint of guidance range 30–35 "
                        + "(USD bn)"), capex(d, "CoreWeave", 2026).note()),

                () -> assertFinancials(d, "Microsoft", 2025, 281.724, 128.528, 101.832, 34.153, 0.1763),
                () -> assertFinancials(d, "Microsoft", 2018, null, null, null, 10.261, null),
                () -> assertFinancials(d, "Alphabet", 2025, 402.836, 129.039, 132.17, null, 0.1678),
                // Audit 2026-12 A6: 2021 and 2022 D&A as the sums of the filed quarters (depreciation-200…207):
                // 2,525 + 2,730 + 3,085 + 3,215 = 11,555 and 3,591 + 3,698 + 3,933 + 4,065 = 15,287 (USD millions).
                () -> assertEquals(11.555, financials(d, "Alphabet", 2021).dAndAUsdB(), 1e-9),
                () -> assertEquals(15.287, financials(d, "Alphabet", 2022).dAndAUsdB(), 1e-9),
                () -> assertFinancials(d, "Amazon", 2022, 513.983, 12.248, -2.722, 41.921, null),
                () -> assertFinancials(d, "Amazon", 2025, 716.924, 79.975, 77.67, null, null),
                () -> assertFinancials(d, "Meta", 2025, 200.966, 83.276, 60.458, 18.62, 0.2964),
                () -> assertFinancials(d, "Oracle", 2021, 40.479, 15.213, 13.746, 1.537, -0.0575),
                () -> assertFinancials(d, "CoreWeave", 2025, null, null, -1.17, null, null),
                () -> assertFalse(financials(d, "Meta", 2025).sourceOf(FinancialsRow.D_AND_A)
                        .equals(financials(d, "Meta", 2025).source()), "Meta 2025 D&A has its own source"),
                // The unlocated 67.357 / 17.087 rows cite no URL; the 8-K summary's rounded figures are used.
                () -> assertFinancials(d, "Oracle", 2026, 67.4, null, 17.0, null, null),
                () -> assertTrue(d.sourcesById().get(financials(d, "Oracle", 2026).source()).url()
                        .contains("secwatch.observer"), "Oracle FY2026 cites the 8-K summary"),

                () -> assertLife(d, "Meta", "servers", LocalDate.of(2025, 1, 1), 5.5, 2.9, "depreciation expense",
                        "2025"),
                () -> assertLife(d, "Meta", "servers", LocalDate.of(2022, 4, 1), 4.5, null, "", ""),
                () -> assertLife(d, "Microsoft", "servers", LocalDate.of(2022, 7, 1), 6, 3.7, "operating income",
                        "FY2023"),
                () -> assertLife(d, "Microsoft", "servers", LocalDate.of(2015, 1, 1), 3, null, "", ""),
                () -> assertLife(d, "Alphabet", "servers", LocalDate.of(2023, 1, 1), 6, 3.9, "depreciation expense",
                        "2023"),
                () -> assertLife(d, "Amazon", "servers", LocalDate.of(2022, 1, 1), 5, 0.973,
                        "depreciation and amortization expense", "Q1 2022"),
                () -> assertLife(d, "Amazon", "servers", LocalDate.of(2025, 1, 1), 5, -0.7, "operating income",
                        "2025"),
                () -> assertLife(d, "Amazon", "network", LocalDate.of(2022, 1, 1), 6, null, "", ""),

                () -> assertChip(d, 2020, 2.983, 10.92),
                () -> assertChip(d, 2021, null, 16.675),
                () -> assertChip(d, 2022, null, 26.914),
                () -> assertChip(d, 2025, 115.2, 130.5),
                () -> assertChip(d, 2026, 193.7, 215.9),
                () -> assertTrue(d.sources().stream().anyMatch(s -> s.url().contains("menafn.com/1110790416")),
                        "Nvidia FY2026 total revenue comes from the company's release (nvidia_revenue-027)"),

                () -> assertAi(d, "OpenAI", LocalDate.of(2025, 12, 31), RevenueBasis.RECOGNIZED, 13.1,
                        Status.REPORTED),
                () -> assertAi(d, "OpenAI", LocalDate.of(2023, 12, 31), RevenueBasis.RUN_RATE, 2, Status.REPORTED),
                () -> assertAi(d, "OpenAI", LocalDate.of(2025, 12, 31), RevenueBasis.RUN_RATE, 20, Status.REPORTED),
                () -> assertAi(d, "Anthropic", LocalDate.of(2025, 12, 31), RevenueBasis.RUN_RATE, 9,
                        Status.REPORTED),
                () -> assertAi(d, "Microsoft AI business", LocalDate.of(2024, 12, 31), RevenueBasis.RUN_RATE, 13,
                        Status.REPORTED),
                () -> assertAi(d, "Microsoft AI business", LocalDate.of(2026, 3, 31), RevenueBasis.RUN_RATE, 37,
                        Status.REPORTED),
                () -> assertAi(d, "Cursor (Anysphere)", LocalDate.of(2026, 2, 28), RevenueBasis.RUN_RATE, 2,
                        Status.REPORTED),
                () -> assertAi(d, "Midjourney", LocalDate.of(2023, 12, 31), RevenueBasis.RECOGNIZED, 0.2,
                        Status.ESTIMATE),
                () -> assertAi(d, "Enterprise generative AI spend (Menlo Ventures)", LocalDate.of(2025, 12, 31),
                        RevenueBasis.RECOGNIZED, 37, Status.ESTIMATE),
                () -> assertTrue(ai(d, "OpenAI", LocalDate.of(2025, 12, 31), RevenueBasis.RUN_RATE).note()
                        .contains("at least (source says over $20bn)")));
    }

    /** Every row of every sheet, and every per-figure source, cites a source listed with a web address. */
    static void assertSourceCoverage(Dataset d) {
        Map<String, Source> sources = d.sourcesById();
        assertEquals(d.sources().size(), sources.size(), "source ids are unique");
        List<String> problems = new ArrayList<>();
        for (Source s : d.sources()) {
            if (!s.url().startsWith("http")) {
                problems.add("source " + s.id() + " has no web address: " + s.url());
            }
        }
        d.capex().forEach(c -> check(sources, c.source(), "capex " + c.company() + " FY" + c.fiscalYear(),
                problems));
        for (FinancialsRow f : d.financials()) {
            String where = "financials " + f.company() + " FY" + f.fiscalYear();
            check(sources, f.source(), where, problems);
            f.figureSources().forEach((column, id) -> check(sources, id, where + " " + column, problems));
        }
        d.usefulLives().forEach(l -> check(sources, l.source(), "useful_lives " + l.company() + " "
                + l.assetClass() + " " + l.effectiveFrom(), problems));
        d.chipRevenue().forEach(c -> check(sources, c.source(), "chip_revenue FY" + c.fiscalYear(), problems));
        d.aiRevenue().forEach(a -> check(sources, a.source(), "ai_revenue " + a.entity() + " " + a.periodEnd(),
                problems));
        assertEquals(List.of(), problems);
    }

    private static void check(Map<String, Source> sources, String id, String where, List<String> problems) {
        if (id.isEmpty()) {
            problems.add(where + " cites no source");
        } else if (!sources.containsKey(id)) {
            problems.add(where + " cites unknown source " + id);
        } else if (!sources.get(id).url().startsWith("http")) {
            problems.add(where + " cites " + id + " whose url is not a web address");
        }
    }

    // ---- single-row assertions ---------------------------------------------------------------------------------

    private static CapexRow capex(Dataset d, String company, int year) {
        return d.capex().stream().filter(c -> c.company().equals(company) && c.fiscalYear() == year).findFirst()
                .orElseThrow(() -> new AssertionError("no capex row " + company + " FY" + year));
    }

    private static void assertCapex(Dataset d, String company, int year, double value, Status status, String ref) {
        CapexRow c = capex(d, company, year);
        assertEquals(value, c.capexUsdB(), 1e-9, company + " FY" + year + " (" + ref + ")");
        assertEquals(status, c.status(), company + " FY" + year);
        assertTrue(c.note().startsWith("ref " + ref + ";"), c.note());
    }

    private static FinancialsRow financials(Dataset d, String company, int year) {
        return d.financials().stream().filter(f -> f.company().equals(company) && f.fiscalYear() == year)
                .findFirst().orElseThrow(() -> new AssertionError("no financials row " + company + " FY" + year));
    }

    private static void assertFinancials(Dataset d, String company, int year, Double revenue, Double oi, Double ni,
            Double da, Double tax) {
        FinancialsRow f = financials(d, company, year);
        String w = company + " FY" + year + " ";
        assertNullableEquals(revenue, f.revenueUsdB(), w + "revenue");
        assertNullableEquals(oi, f.operatingIncomeUsdB(), w + "operating income");
        assertNullableEquals(ni, f.netIncomeUsdB(), w + "net income");
        assertNullableEquals(da, f.dAndAUsdB(), w + "D&A");
        assertNullableEquals(tax, f.taxRate(), w + "tax rate");
        assertEquals(Status.REPORTED, f.status(), w + "status");
    }

    private static void assertNullableEquals(Double expected, Double actual, String what) {
        if (expected == null) {
            assertNull(actual, what);
        } else {
            assertNotNull(actual, what);
            assertEquals(expected, actual, 1e-9, what);
        }
    }

    private static void assertLife(Dataset d, String company, String assetClass, LocalDate from, double life,
            Double effect, String metric, String period) {
        UsefulLifeChange l = d.usefulLives().stream().filter(u -> u.company().equals(company)
                && u.assetClass().equals(assetClass) && u.effectiveFrom().equals(from)).findFirst()
                .orElseThrow(() -> new AssertionError("no useful life " + company + " " + assetClass + " " + from));
        String w = company + " " + assetClass + " " + from + " ";
        assertEquals(life, l.lifeYears(), 1e-9, w + "life");
        assertNullableEquals(effect, l.disclosedEffectUsdB(), w + "effect");
        assertEquals(metric, l.effectMetric(), w + "metric");
        assertEquals(period, l.effectPeriod(), w + "period");
    }

    private static void assertChip(Dataset d, int year, Double dataCenter, Double total) {
        ChipRevenueRow c = d.chipRevenue().stream().filter(r -> r.vendor().equals("Nvidia") && r.fiscalYear() == year)
                .findFirst().orElseThrow(() -> new AssertionError("no chip revenue FY" + year));
        assertNullableEquals(dataCenter, c.dataCenterRevenueUsdB(), "Nvidia FY" + year + " data center");
        assertNullableEquals(total, c.totalRevenueUsdB(), "Nvidia FY" + year + " total");
        assertEquals(Status.REPORTED, c.status());
    }

    private static AiRevenueRow ai(Dataset d, String entity, LocalDate end, RevenueBasis basis) {
        List<AiRevenueRow> found = d.aiRevenue().stream().filter(a -> a.entity().equals(entity)
                && a.periodEnd().equals(end) && a.basis() == basis).toList();
        if (found.size() != 1) {
            fail(found.size() + " ai_revenue rows for " + entity + " " + basis + " " + end + ", expected 1");
        }
        return found.get(0);
    }

    private static void assertAi(Dataset d, String entity, LocalDate end, RevenueBasis basis, double value,
            Status status) {
        AiRevenueRow a = ai(d, entity, end, basis);
        assertEquals(value, a.revenueUsdB(), 1e-9, entity + " " + end);
        assertEquals(status, a.status(), entity + " " + end);
    }
}
