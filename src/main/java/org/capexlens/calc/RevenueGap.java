// STUB: replaced by the scenario branch
package org.capexlens.calc;

import java.util.List;
import org.capexlens.domain.Dataset;

/** Placeholder for Sequoia's revenue gap; the scenario branch provides the real class. */
public final class RevenueGap {
    private RevenueGap() {
    }

    /** Placeholder: no rows. */
    public static List<ModelResult.RevenueGapRow> compute(Dataset dataset, Scenario scenario) {
        return List.of();
    }
}
