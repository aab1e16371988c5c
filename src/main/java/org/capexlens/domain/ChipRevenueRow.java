package org.capexlens.domain;

import java.util.Objects;

/**
 * A chip vendor's revenue in one fiscal year (Nvidia's fiscal year ends in late January).
 *
 * @param vendor                 company id of the vendor, not blank.
 * @param fiscalYear             the fiscal year.
 * @param dataCenterRevenueUsdB  data-center segment revenue, USD billions, {@code >= 0} or {@code null}.
 * @param totalRevenueUsdB       total revenue, USD billions, {@code >= 0} or {@code null}.
 * @param status                 how firm the figures are, not {@code null}.
 * @param source                 source id; empty when none was given.
 */
public record ChipRevenueRow(String vendor, int fiscalYear, Double dataCenterRevenueUsdB, Double totalRevenueUsdB,
        Status status, String source) {
    public ChipRevenueRow {
        Checks.notBlank(vendor, "vendor");
        Checks.fiscalYear(fiscalYear);
        if (dataCenterRevenueUsdB != null) {
            Checks.nonNegative(dataCenterRevenueUsdB, "data_center_revenue_usd_b");
        }
        if (totalRevenueUsdB != null) {
            Checks.nonNegative(totalRevenueUsdB, "total_revenue_usd_b");
        }
        Objects.requireNonNull(status, "status");
        source = Checks.nullToEmpty(source);
    }
}
