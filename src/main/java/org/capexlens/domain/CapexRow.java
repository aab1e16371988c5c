package org.capexlens.domain;

import java.util.Objects;

/**
 * Capital expenditure of one company in one fiscal year.
 *
 * @param company    company id, not blank.
 * @param fiscalYear the fiscal year (the calendar year in which it ends).
 * @param capexUsdB  USD billions, {@code >= 0}.
 * @param status     how firm the figure is, not {@code null}.
 * @param source     id of a row of the {@code sources} sheet; empty when the file gave none.
 * @param note       free text (definition used, "midpoint of guidance range" …); never {@code null}.
 * @param definition what the figure counts, in a short fixed wording ({@code purchases of P&E},
 *                   {@code incl. finance-lease principal} …) so that a series mixing two is found; empty when the
 *                   file does not say; never {@code null}.
 * @param financeLeaseUsdB property and equipment acquired under finance leases in the year, USD billions, or
 *                   {@code null}: additions the cash capex leaves out, which the model adds to the depreciating
 *                   fleet (issue 14); never part of the capex figure itself.
 * @param financeLeaseSource the source id of {@code financeLeaseUsdB} when it is not the row's source; empty
 *                   otherwise; never {@code null}.
 */
public record CapexRow(String company, int fiscalYear, double capexUsdB, Status status, String source, String note,
        String definition, Double financeLeaseUsdB, String financeLeaseSource) {
    /** The source id of the finance-lease additions: their own where given, else the row's. */
    public String financeLeaseSourceOrRow() {
        return financeLeaseSource.isEmpty() ? source : financeLeaseSource;
    }

    /** A row without finance-lease additions (the {@code finance_lease_usd_b} column is optional). */
    public CapexRow(String company, int fiscalYear, double capexUsdB, Status status, String source, String note,
            String definition) {
        this(company, fiscalYear, capexUsdB, status, source, note, definition, null, "");
    }

    /** A row without a stated definition (the {@code definition} column is optional). */
    public CapexRow(String company, int fiscalYear, double capexUsdB, Status status, String source, String note) {
        this(company, fiscalYear, capexUsdB, status, source, note, "", null, "");
    }

    public CapexRow {
        Checks.notBlank(company, "company");
        Checks.fiscalYear(fiscalYear);
        Checks.nonNegative(capexUsdB, "capex_usd_b");
        Objects.requireNonNull(status, "status");
        source = Checks.nullToEmpty(source);
        note = Checks.nullToEmpty(note);
        definition = Checks.nullToEmpty(definition).trim();
        Checks.finiteOrNull(financeLeaseUsdB, "finance_lease_usd_b");
        if (financeLeaseUsdB != null && financeLeaseUsdB < 0) {
            throw new IllegalArgumentException("finance_lease_usd_b must be >= 0, was " + financeLeaseUsdB);
        }
        financeLeaseSource = Checks.nullToEmpty(financeLeaseSource).trim();
    }
}
