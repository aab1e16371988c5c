package org.capexlens.io.sec;

/**
 * A figure the import would change: one line of the preview.
 *
 * @param company     company id.
 * @param fiscalYear  the fiscal year.
 * @param column      the dataset column ({@code capex_usd_b}, {@code revenue_usd_b} …).
 * @param oldValue    the value in the dataset now, or {@code null} when empty.
 * @param newValue    the value from the filings, or {@code null} when the filings have none (cell emptied).
 * @param filing      the filing it comes from ({@code 10-K 0001326801-25-000017 filed 2025-01-30}), or the reason
 *                    it is empty.
 * @param note        restatement, derivation, sign or definition notes; may be empty.
 */
public record FigureChange(String company, int fiscalYear, String column, Double oldValue, Double newValue,
        String filing, String note) {
}
