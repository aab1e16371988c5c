package org.capexlens.scenario;

import java.util.Objects;

/**
 * The inputs a scenario's author published, so that the model can run the author's own method on the author's own
 * figures beside the same method on the dataset's figures (issue 10). The method's parameters (Sequoia's GPU share
 * and end-user margin, Bain's sustainable capex intensity) are the scenario's; these are only the inputs, plus the
 * figures the author stated, kept to be shown next to what the model computes from the inputs, never fed into it.
 *
 * @param method               whose method the inputs are for, not {@code null}.
 * @param year                 the year the author's figures are for, 1900–2200.
 * @param infrastructure       Sequoia: the GPU spend (Nvidia's run-rate), USD billions {@code >= 0}; required for
 *                             {@link Method#SEQUOIA}, {@code null} for {@link Method#BAIN}.
 * @param capex                Bain: the yearly capex, USD billions {@code >= 0}; required for {@link Method#BAIN},
 *                             {@code null} for {@link Method#SEQUOIA}.
 * @param aiRevenue            the AI revenue the author counts against the need, USD billions {@code >= 0}, or
 *                             {@code null} when the author gives none (then no gap is computed).
 * @param statedRequiredRevenue the required revenue the author published, USD billions, or {@code null}.
 * @param statedGap            the gap (shortfall) the author published, USD billions, or {@code null}.
 * @param sourceUrl            where the figures are published, never {@code null} (may be empty).
 * @param note                 where each figure comes from, in a sentence or two; never {@code null}.
 */
public record PublishedInputs(Method method, int year, Double infrastructure, Double capex, Double aiRevenue,
        Double statedRequiredRevenue, Double statedGap, String sourceUrl, String note) {

    /** Whose method the published inputs are for. */
    public enum Method {
        /** David Cahn's: required = infrastructure ÷ GPU share ÷ (1 − end-user margin). */
        SEQUOIA,
        /** Bain's: required = capex ÷ sustainable capex intensity. */
        BAIN
    }

    public PublishedInputs {
        Objects.requireNonNull(method, "method");
        Ranges.PUBLISHED_YEAR.requireWhole(year);
        if (method == Method.SEQUOIA) {
            Objects.requireNonNull(infrastructure, "infrastructure_usd_b is required for the sequoia method");
            if (capex != null) {
                throw new IllegalArgumentException("capex_usd_b belongs to the bain method, not sequoia");
            }
        } else {
            Objects.requireNonNull(capex, "capex_usd_b is required for the bain method");
            if (infrastructure != null) {
                throw new IllegalArgumentException("infrastructure_usd_b belongs to the sequoia method, not bain");
            }
        }
        requireMoney(Ranges.PUBLISHED_INFRASTRUCTURE, infrastructure);
        requireMoney(Ranges.PUBLISHED_CAPEX, capex);
        requireMoney(Ranges.PUBLISHED_AI_REVENUE, aiRevenue);
        requireMoney(Ranges.PUBLISHED_STATED_REQUIRED, statedRequiredRevenue);
        requireMoney(Ranges.PUBLISHED_STATED_GAP, statedGap);
        sourceUrl = sourceUrl == null ? "" : sourceUrl;
        note = note == null ? "" : note;
    }

    private static void requireMoney(Range range, Double value) {
        if (value != null) {
            range.require(value);
        }
    }
}
