package org.capexlens.domain;

import java.util.List;

/** The sheet names of DESIGN §2, as they appear in files. */
public final class SheetNames {
    public static final String COMPANIES = "companies";
    public static final String CAPEX = "capex";
    public static final String FINANCIALS = "financials";
    public static final String USEFUL_LIVES = "useful_lives";
    public static final String CHIP_REVENUE = "chip_revenue";
    public static final String AI_REVENUE = "ai_revenue";
    public static final String SOURCES = "sources";
    /** Published claims the model checks (issue 10); optional. */
    public static final String CLAIMS = "claims";
    /** GPU rental price points (issue 11); optional. */
    public static final String GPU_PRICES = "gpu_prices";
    /** A sheet of prose for people; importers skip it. */
    public static final String README = "README";

    /** Every data sheet, in the order of DESIGN §2. */
    public static final List<String> ALL = List.of(COMPANIES, CAPEX, FINANCIALS, USEFUL_LIVES, CHIP_REVENUE,
            AI_REVENUE, SOURCES);
    /** The data sheets added after DESIGN §2 (issue 10), optional, in the order files write them after {@link #ALL}. */
    public static final List<String> EXTRA = List.of(CLAIMS, GPU_PRICES);

    private SheetNames() {
    }
}
