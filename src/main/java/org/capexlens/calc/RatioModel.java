// STUB: replaced by the scenario branch
package org.capexlens.calc;

import java.util.List;
import org.capexlens.domain.Dataset;

/** Placeholder for the infrastructure-to-application ratio; the scenario branch provides the real class. */
public final class RatioModel {
    private RatioModel() {
    }

    /** Placeholder: no rows. */
    public static List<ModelResult.RatioRow> compute(Dataset dataset, Scenario scenario) {
        return List.of();
    }
}
