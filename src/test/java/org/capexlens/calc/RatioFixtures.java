package org.capexlens.calc;
import org.capexlens.scenario.RatioNumerator;
import org.capexlens.scenario.Scenario;

import java.time.LocalDate;
import java.util.List;
import org.capexlens.domain.AiRevenueRow;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.ChipRevenueRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.domain.Role;
import org.capexlens.domain.Status;

/**
 * A small hand-worked dataset for the ratio and revenue-gap tests. Figures are round test numbers, not the
 * shipped data; the calendarised values are worked out in the comments.
 */
final class RatioFixtures {
    private RatioFixtures() {
    }

    static final List<Company> COMPANIES = List.of(
            new Company("Microsoft", "Microsoft Corporation", 6, Role.HYPERSCALER),
            new Company("Meta", "Meta Platforms", 12, Role.HYPERSCALER),
            new Company("Nvidia", "NVIDIA Corporation", 1, Role.CHIP_VENDOR),
            new Company("Cursor", "Anysphere", 12, Role.APP));

    /*
     * Nvidia (FY ends January; FY2025 = Feb 2024 - Jan 2025): FY2024 = 60, FY2025 = 120, FY2026 = 180.
     *   CY2023 = 11/12 * 60                =  55   (Feb-Dec 2023 only: partial)
     *   CY2024 = 1/12 * 60 + 11/12 * 120   = 115   (complete)
     *   CY2025 = 1/12 * 120 + 11/12 * 180  = 175   (complete)
     *   CY2026 = 1/12 * 180                =  15   (January only: partial)
     */
    static final List<ChipRevenueRow> CHIPS = List.of(
            new ChipRevenueRow("Nvidia", 2024, 60.0, 70.0, Status.REPORTED, "nv"),
            new ChipRevenueRow("Nvidia", 2025, 120.0, 130.0, Status.REPORTED, "nv"),
            new ChipRevenueRow("Nvidia", 2026, 180.0, 200.0, Status.REPORTED, "nv"));

    /*
     * Microsoft (FY ends June): FY2023 = 24, FY2024 = 48, FY2025 = 60.
     *   CY2022 = 12 (partial), CY2023 = 12 + 24 = 36, CY2024 = 24 + 30 = 54, CY2025 = 30 (partial).
     * Meta (calendar): 2023 = 30, 2024 = 40, 2026 = 100 (guidance).
     * Hyperscaler sum: CY2023 = 66, CY2024 = 94; 2022 and 2025 are partial for Microsoft, 2026 has no Microsoft
     * figure at all: all three are incomplete. Cursor's capex (role app) never counts.
     */
    static final List<CapexRow> CAPEX = List.of(
            new CapexRow("Microsoft", 2023, 24, Status.REPORTED, "ms", ""),
            new CapexRow("Microsoft", 2024, 48, Status.REPORTED, "ms", ""),
            new CapexRow("Microsoft", 2025, 60, Status.REPORTED, "ms", ""),
            new CapexRow("Meta", 2023, 30, Status.REPORTED, "meta", ""),
            new CapexRow("Meta", 2024, 40, Status.REPORTED, "meta", ""),
            new CapexRow("Meta", 2026, 100, Status.GUIDANCE, "meta", ""),
            new CapexRow("Cursor", 2024, 7, Status.ESTIMATE, "cur", ""));

    /*
     * Run-rate with the default entities (OpenAI, Anthropic, Cursor (Anysphere)):
     *   2023: OpenAI latest 2.0 (Dec; the June 1.0 is older) + Anthropic 0.5 = 2.5
     *   2024: OpenAI 6.0 + Anthropic 4.0 (Dec; the June 1.0, a later row, is older) = 10.0
     *   2025: OpenAI 15.0 (Dec; June 12.0 older) + Anthropic 10.0 = 25.0
     * Microsoft AI run-rate (10.0 in 2024) is not a default entity. Recognised rows never mix in:
     *   2023: OpenAI 1.0; 2024: OpenAI 3.7 + Anthropic 0.3 = 4.0; 2025: OpenAI 6.0;
     *   Menlo (not a default entity) 13.8 in 2024.
     */
    static final List<AiRevenueRow> AI = List.of(
            rr("OpenAI", "2023-06-30", 1.0),
            rr("OpenAI", "2023-12-31", 2.0),
            rr("Anthropic", "2023-12-31", 0.5),
            rr("Anthropic", "2024-12-31", 4.0),
            rr("Anthropic", "2024-06-30", 1.0),
            rr("OpenAI", "2024-12-31", 6.0),
            rr("Microsoft AI", "2024-12-31", 10.0),
            rr("OpenAI", "2025-06-30", 12.0),
            rr("OpenAI", "2025-12-31", 15.0),
            rr("Anthropic", "2025-12-31", 10.0),
            rec("OpenAI", "2023-12-31", 1.0),
            rec("OpenAI", "2024-12-31", 3.7),
            rec("Anthropic", "2024-12-31", 0.3),
            rec("OpenAI", "2025-12-31", 6.0),
            rec("Menlo enterprise", "2024-12-31", 13.8));

    static Dataset dataset() {
        return new Dataset(COMPANIES, CAPEX, List.of(), List.of(), CHIPS, AI, List.of());
    }

    static Dataset withAi(List<AiRevenueRow> ai) {
        return new Dataset(COMPANIES, CAPEX, List.of(), List.of(), CHIPS, ai, List.of());
    }

    static AiRevenueRow rr(String entity, String date, double value) {
        return new AiRevenueRow(entity, LocalDate.parse(date), value, RevenueBasis.RUN_RATE, Status.REPORTED, "s", "");
    }

    static AiRevenueRow rec(String entity, String date, double value) {
        return new AiRevenueRow(entity, LocalDate.parse(date), value, RevenueBasis.RECOGNIZED, Status.REPORTED, "s",
                "");
    }

    /** The defaults with another ratio numerator, AI share, revenue basis and entity list. */
    static Scenario scenario(RatioNumerator numerator, double aiShare, RevenueBasis basis, List<String> entities) {
        Scenario d = Scenario.defaults();
        return d.toBuilder().ratioNumerator(numerator).aiShareOfCapex(aiShare).aiRevenueBasis(basis)
                .aiRevenueEntities(entities).build();
    }

    /** The defaults with other Sequoia and Bain parameters. */
    static Scenario sequoia(double gpuShare, double margin, double intensity) {
        Scenario d = Scenario.defaults();
        return d.toBuilder().gpuShareOfDataCenterCost(gpuShare).endUserGrossMargin(margin)
                .sustainableCapexIntensity(intensity).build();
    }
}
