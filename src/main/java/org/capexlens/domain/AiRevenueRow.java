package org.capexlens.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An AI revenue figure of a lab, an app or an aggregate (e.g. Menlo Ventures' enterprise spend).
 *
 * @param entity       who earns it (free text; need not be a row of {@code companies}), not blank.
 * @param periodEnd    end of the twelve months (recognised) or the snapshot date (run-rate), not {@code null}.
 * @param revenueUsdB  USD billions, {@code >= 0}.
 * @param basis        recognised or run-rate, not {@code null}.
 * @param status       how firm the figure is, not {@code null}.
 * @param source       source id; empty when none was given.
 * @param note         free text, never {@code null}.
 */
public record AiRevenueRow(String entity, LocalDate periodEnd, double revenueUsdB, RevenueBasis basis, Status status,
        String source, String note) {
    public AiRevenueRow {
        Checks.notBlank(entity, "entity");
        Objects.requireNonNull(periodEnd, "period_end");
        Checks.nonNegative(revenueUsdB, "revenue_usd_b");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(status, "status");
        source = Checks.nullToEmpty(source);
        note = Checks.nullToEmpty(note);
    }
}
