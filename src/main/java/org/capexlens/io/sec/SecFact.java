package org.capexlens.io.sec;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One tagged fact of an EDGAR company-facts file: {@code {start, end, val, accn, fy, fp, form, filed, frame}} under
 * {@code facts → taxonomy → concept → units → unit}.
 *
 * @param concept  {@code taxonomy:Concept}, e.g. {@code us-gaap:PaymentsToAcquirePropertyPlantAndEquipment}.
 * @param unit     the unit key, {@code USD} or {@code pure}.
 * @param start    first day of the period, or {@code null} for an instant.
 * @param end      last day of the period (or the instant), not {@code null}.
 * @param value    the value in {@code unit} (dollars, not billions).
 * @param accn     the accession number of the filing, {@code 0001326801-25-000017}.
 * @param fy       the fiscal year of the <em>filing</em> (not of the period), or {@code null}.
 * @param fp       the fiscal period of the filing ({@code FY}, {@code Q3}), or empty.
 * @param form     the form ({@code 10-K}, {@code 10-Q}, {@code 10-K/A}).
 * @param filed    the filing date, not {@code null}.
 * @param frame    the SEC's calendar frame ({@code CY2024}), or empty; not used to pick periods.
 */
public record SecFact(String concept, String unit, LocalDate start, LocalDate end, double value, String accn,
        Integer fy, String fp, String form, LocalDate filed, String frame) {

    /** Days from start to end, both counted; 0 for an instant. */
    public long days() {
        return start == null ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    }
}
