package org.capexlens.ui.assumptions;

import org.capexlens.scenario.DepreciationPolicy;

/** The depreciation toggle's positions (DESIGN §4). */
public enum PolicyChoice {
    /** "2–3 y": a uniform 2.5 years, the middle of Burry's range. */
    SHORT,
    /** "5–6 y": a uniform 5.5 years, the middle of the lives the hyperscalers report. */
    LONG,
    /** "As reported": each company's own useful-life history. */
    REPORTED,
    /** A uniform life of the user's choosing, 1–10 years. */
    CUSTOM,
    /** A prospective switch from a scenario file: no toggle position stands for it. */
    SWITCH;

    /** Life of {@link #SHORT}, years. */
    public static final double SHORT_LIFE = 2.5;
    /** Life of {@link #LONG}, years. */
    public static final double LONG_LIFE = 5.5;

    /** The toggle position that shows {@code policy}. */
    public static PolicyChoice of(DepreciationPolicy policy) {
        if (policy instanceof DepreciationPolicy.Uniform u) {
            return u.lifeYears() == SHORT_LIFE ? SHORT : u.lifeYears() == LONG_LIFE ? LONG : CUSTOM;
        }
        return policy instanceof DepreciationPolicy.SwitchTo ? SWITCH : REPORTED;
    }
}
