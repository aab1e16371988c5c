package org.capexlens.scenario;

/**
 * The one home of every assumption's allowed range (DESIGN §3.2–3.4). The scenario record, the scenario reader,
 * the assumptions panel (spinner bounds) and the sensitivity sweep all read their bounds here.
 */
public final class Ranges {
    private Ranges() {
    }

    /** Short-lived share {@code s} of capex, a fraction. */
    public static final Range SHORT_LIVED_SHARE = Range.closed("short_lived_share", 0, 1);
    /** Life of the long-lived part, years. */
    public static final Range LONG_LIVED_LIFE = new Range("long_lived_life_years", 0, true,
            Double.POSITIVE_INFINITY, false);
    /** A server useful life, years (fractional allowed). */
    public static final Range LIFE_YEARS = new Range("life_years", 0, true, Double.POSITIVE_INFINITY, false);
    /** Whole years between spend and service. */
    public static final Range IN_SERVICE_LAG = Range.closed("in_service_lag_years", 0, 5);
    /** Yearly capex growth after the last guidance, a fraction. */
    public static final Range CAPEX_GROWTH = Range.closed("capex_growth", -0.9, 5);
    /** Yearly revenue growth after the last reported year, a fraction. */
    public static final Range REVENUE_GROWTH = Range.closed("revenue_growth", -0.9, 5);
    /** Last projected fiscal year. */
    public static final Range PROJECTION_END_YEAR = Range.closed("projection_end_year", 2000, 2100);
    /** Default tax rate, a fraction. */
    public static final Range TAX_RATE = Range.closed("default_tax_rate", 0, 1);
    /** AI share of hyperscaler capex, a fraction. */
    public static final Range AI_SHARE_OF_CAPEX = Range.closed("ai_share_of_capex", 0, 1);
    /** Sequoia: GPUs' share of data-center cost, a fraction above zero. */
    public static final Range GPU_SHARE = new Range("gpu_share_of_data_center_cost", 0, true, 1, false);
    /** Sequoia: end user's gross margin, a fraction below one. */
    public static final Range END_USER_GROSS_MARGIN = new Range("end_user_gross_margin", 0, false, 1, true);
    /** Bain: sustainable capex intensity, a fraction above zero. */
    public static final Range SUSTAINABLE_CAPEX_INTENSITY = new Range("sustainable_capex_intensity", 0, true, 1,
            false);
    /** Target operating margin of the break-even life, a fraction. */
    public static final Range BREAK_EVEN_TARGET_MARGIN = new Range("break_even_target_margin", -1, false, 1, true);

    // Issue 10: the inputs a scenario's author published ({@link PublishedInputs}), USD billions.
    /** The year an author's published figures are for. */
    public static final Range PUBLISHED_YEAR = Range.closed("year", 1900, 2200);
    /** Sequoia's published GPU spend. */
    public static final Range PUBLISHED_INFRASTRUCTURE = Range.closed("infrastructure_usd_b", 0, 1e6);
    /** Bain's published yearly capex. */
    public static final Range PUBLISHED_CAPEX = Range.closed("capex_usd_b", 0, 1e6);
    /** The AI revenue an author counts against the need. */
    public static final Range PUBLISHED_AI_REVENUE = Range.closed("ai_revenue_usd_b", 0, 1e6);
    /** The required revenue an author stated. */
    public static final Range PUBLISHED_STATED_REQUIRED = Range.closed("stated_required_revenue_usd_b", 0, 1e7);
    /** The gap an author stated (negative if the author found a surplus). */
    public static final Range PUBLISHED_STATED_GAP = Range.closed("stated_gap_usd_b", -1e7, 1e7);

    // Issue 14: when an earnings overstatement is a percentage.
    /** The smallest adjusted net income, as a share of net income, with an overstatement percentage. */
    public static final Range OVERSTATEMENT_MIN_ADJUSTED_SHARE = Range.closed("overstatement_min_adjusted_share", 0,
            0.95);
}
