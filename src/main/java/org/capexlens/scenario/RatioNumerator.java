package org.capexlens.scenario;

/** What counts as "infrastructure" in the infrastructure-to-application ratio (DESIGN §3.3). */
public enum RatioNumerator {
    /** Nvidia's data-center revenue, calendarised. */
    NVIDIA_DATA_CENTER,
    /** Total capex of the companies whose role is hyperscaler, calendarised. */
    HYPERSCALER_CAPEX,
    /** Hyperscaler capex times the scenario's AI share of capex. */
    AI_SHARE_OF_CAPEX
}
