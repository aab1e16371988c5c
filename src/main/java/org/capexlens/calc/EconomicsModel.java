// STUB: replaced by the calc branch
package org.capexlens.calc;

import java.util.List;
import org.capexlens.domain.Dataset;

/** Stand-in for the economics model so that the compute command can run on the scenario branch. */
public final class EconomicsModel {
    private EconomicsModel() {
    }

    /**
     * The model result with the ratio and revenue-gap rows; company and back-test rows come with the calc branch.
     *
     * @param d  the data, {@code null} not permitted.
     * @param s  the scenario, {@code null} not permitted.
     * @return a result with empty company and back-test lists.
     */
    public static ModelResult compute(Dataset d, Scenario s) {
        return new ModelResult(s, List.of(), RatioModel.compute(d, s), RevenueGap.compute(d, s), List.of());
    }
}
