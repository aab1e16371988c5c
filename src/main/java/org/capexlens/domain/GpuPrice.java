package org.capexlens.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A GPU rental price point (a row of the optional {@code gpu_prices} sheet, issue 11).
 *
 * @param date         when the price was observed, not {@code null}.
 * @param gpuModel     the GPU, e.g. {@code H100}; not blank.
 * @param usdPerHour   the price in US dollars per GPU-hour, positive.
 * @param contractType how it was rented: {@code on_demand}, {@code spot}, {@code reserved}, {@code contract_1y},
 *                     {@code marketplace}, {@code peak} or free text; not blank.
 * @param source       source id; empty when none was given.
 * @param note         free text (e.g. that the source is secondary), never {@code null}.
 */
public record GpuPrice(LocalDate date, String gpuModel, double usdPerHour, String contractType, String source,
        String note) {

    public GpuPrice {
        Objects.requireNonNull(date, "date");
        Checks.notBlank(gpuModel, "gpu_model");
        Checks.notBlank(contractType, "contract_type");
        if (!(usdPerHour > 0) || Double.isInfinite(usdPerHour)) {
            throw new IllegalArgumentException("usd_per_hour must be positive: " + usdPerHour);
        }
        source = source == null ? "" : source;
        note = note == null ? "" : note;
    }

    /** The date as a fractional year (mid-day of the day of year over the year's length). */
    public double yearFraction() {
        return date.getYear() + (date.getDayOfYear() - 0.5) / date.lengthOfYear();
    }
}
