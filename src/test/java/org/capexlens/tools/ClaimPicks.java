package org.capexlens.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.capexlens.domain.Claim;
import org.capexlens.domain.UsefulLifeChange;

/**
 * The {@code claims} sheet of the default dataset (issue 10): the rows of {@code claims.csv}, Sequoia's published
 * outputs from {@code sequoia_method.csv}, and each hyperscaler's stated server life from the {@code useful_lives}
 * sheet. Figures, ranges, units and the source come from the reference row and are checked against it; what this
 * class adds is text (when, scope, period, assumptions) and the metric key the model checks the figure against.
 */
final class ClaimPicks {
    /** Burry's premise as a life the model can apply: the midpoint of his 2–3 years (the Burry preset's choice). */
    private static final String BURRY_LIFE = "2.5-year server and GPU life (the midpoint of his 2–3 years, "
            + "claims-004), as if always used; his exact inputs are unpublished";
    private static final String SEQUOIA = "Nvidia data-center run-rate × 2 (GPUs are half of a data center's cost) "
            + "× 2 (a 50 % gross margin for the GPUs' end user)";

    /** One claim to take: the reference row and what the reference row does not say in machine form. */
    private record Pick(String file, String ref, String when, String scope, String period, String assumptions,
            String metric) {
    }

    private ClaimPicks() {
    }

    private static List<Pick> picks() {
        String c = "claims.csv";
        String s = "sequoia_method.csv";
        return List.of(
                new Pick(c, "claims-001", "2025-11-10", Claim.HYPERSCALERS, "2026-2028", BURRY_LIFE,
                        Claim.DELTA_DEPRECIATION_SUM),
                new Pick(c, "claims-002", "2025-11-10", "Oracle", "2028", BURRY_LIFE, Claim.EARNINGS_OVERSTATEMENT),
                new Pick(c, "claims-003", "2025-11-10", "Meta", "2028", BURRY_LIFE, Claim.EARNINGS_OVERSTATEMENT),
                new Pick(c, "claims-004", "2025-11", Claim.HYPERSCALERS, "2025",
                        "Nvidia's product cycle taken as the servers' economic life", Claim.STATED_LIFE),
                new Pick(c, "claims-005", "early 2026", "Nvidia", "2026",
                        "Nvidia's chip sales in the year (the model: its data-center revenue, calendarised)",
                        Claim.INFRASTRUCTURE),
                new Pick(c, "claims-006", "early 2026", "AI applications", "2026",
                        "application-layer revenue (the model: the scenario's AI revenue series)",
                        Claim.APPLICATIONS),
                new Pick(c, "claims-007", "2025-11-25", Claim.HYPERSCALERS, "2025",
                        "big-tech AI investment (the model: hyperscaler capex, calendarised)", Claim.INFRASTRUCTURE),
                new Pick(c, "claims-008", "2025-11-25", "OpenAI", "2025", "", Claim.APPLICATIONS),
                new Pick(c, "claims-009", "2025-2026", "", "2025-2026", "", ""),
                new Pick(c, "claims-010", "2025-11", Claim.HYPERSCALERS, "2025",
                        "what customers depreciate GPUs over", Claim.STATED_LIFE),
                new Pick(c, "claims-011", "2025-11", "", "2025", "", ""),
                new Pick(s, "sequoia_method-005", "2023-09", "Nvidia", "2023", SEQUOIA, Claim.REQUIRED_REVENUE),
                new Pick(s, "sequoia_method-006", "2023-09", "Nvidia", "2023", SEQUOIA
                        + "; minus $75B of known AI revenue", Claim.REVENUE_GAP),
                new Pick(s, "sequoia_method-009", "2024-06-20", "Nvidia", "2024", SEQUOIA, Claim.REQUIRED_REVENUE),
                new Pick(s, "sequoia_method-012", "2024-06-20", "Nvidia", "2024", SEQUOIA
                        + "; minus assumed AI revenue of $70B and more", Claim.REVENUE_GAP));
    }

    /** Units as the reference files write them → the sheet's codes. */
    private static final Map<String, String> UNITS = Map.of("USD billions", "usd_b", "percent", "percent",
            "years", "years", "", "");

    /**
     * The claims sheet.
     *
     * @param files  the reference files by name.
     * @param cite   registers a reference row's source and returns its id.
     * @param lives  the {@code useful_lives} rows already built (their sources are registered).
     */
    static List<Claim> build(Map<String, ReferenceCsv> files, Function<ReferenceCsv.Row, String> cite,
            List<UsefulLifeChange> lives, Function<String, Integer> fiscalYearEndMonth) {
        List<Claim> out = new ArrayList<>();
        for (Pick p : picks()) {
            ReferenceCsv.Row r = files.get(p.file()).byId(p.ref());
            String unit = UNITS.get(r.get("unit"));
            if (unit == null) {
                throw new IllegalStateException(r + ": unit '" + r.get("unit") + "' has no claims code");
            }
            out.add(new Claim(p.ref(), who(r), p.when(), r.get("metric"), r.number("value").orElse(null), unit,
                    r.number("value_low").orElse(null), r.number("value_high").orElse(null), p.scope(), p.period(),
                    p.assumptions(), p.metric(), cite.apply(r)));
        }
        // Each company's server life in force now: the last servers row of its history.
        Map<String, UsefulLifeChange> latest = new LinkedHashMap<>();
        for (UsefulLifeChange u : lives) {
            if (u.assetClass().equals("servers")) {
                latest.put(u.company(), u);
            }
        }
        for (UsefulLifeChange u : latest.values()) {
            // The period is the fiscal year the life took effect in (Microsoft's July 2022 change: FY2023).
            int endMonth = fiscalYearEndMonth.apply(u.company());
            int fiscalYear = u.effectiveFrom().getYear() + (u.effectiveFrom().getMonthValue() > endMonth ? 1 : 0);
            out.add(new Claim("life-" + u.company().toLowerCase(java.util.Locale.ROOT), u.company(),
                    u.effectiveFrom().toString(), "Stated useful life of servers (useful_lives sheet)", u.lifeYears(),
                    "years", null, null, u.company(), Integer.toString(fiscalYear),
                    "the company's own depreciation policy", Claim.STATED_LIFE, u.source()));
        }
        return out;
    }

    /** Who, as the reference row's entity says it (the Sequoia rows name the essay, so name its author). */
    private static String who(ReferenceCsv.Row r) {
        String entity = r.get("entity");
        return entity.startsWith("Sequoia - ") ? "David Cahn, Sequoia: " + entity.substring(10) : entity;
    }
}
