package org.capexlens.domain;

import java.util.Objects;

/**
 * A company of the dataset.
 *
 * @param id                 the key other sheets refer to (e.g. {@code Microsoft}), not blank.
 * @param name               display name, not blank.
 * @param fiscalYearEndMonth month (1-12) in which the company's fiscal year ends: 6 for Microsoft, 5 for Oracle,
 *                           1 for Nvidia, 12 for calendar-year companies.
 * @param role               the company's role, not {@code null}.
 */
public record Company(String id, String name, int fiscalYearEndMonth, Role role) {
    public Company {
        Checks.notBlank(id, "company");
        Checks.notBlank(name, "name");
        if (fiscalYearEndMonth < 1 || fiscalYearEndMonth > 12) {
            throw new IllegalArgumentException(
                    "fiscal_year_end_month must be between 1 and 12, was " + fiscalYearEndMonth);
        }
        Objects.requireNonNull(role, "role");
    }
}
