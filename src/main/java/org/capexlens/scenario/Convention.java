package org.capexlens.scenario;

/** When in its first year a vintage starts depreciating. */
public enum Convention {
    /** A full year of depreciation in the year the vintage enters service. */
    FULL_YEAR,
    /** Half a year in the first year (capex spread evenly over the year enters service mid-year on average). */
    HALF_YEAR
}
