package org.capexlens.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.Role;

/**
 * The whole model: one pure function from (dataset, scenario) to everything the dashboard, the exports and
 * {@code compute} show. Identical inputs give equal results; nothing is cached between calls.
 *
 * @see MarginModel
 * @see Backtest
 * @see DepreciationEngine
 */
public final class EconomicsModel {

    private EconomicsModel() {
    }

    /**
     * Computes the model.
     *
     * @param dataset   not {@code null}.
     * @param scenario  not {@code null}.
     * @return company rows ({@link MarginModel}), the infrastructure-to-application ratio ({@link RatioModel}), the
     *         revenue gap ({@link RevenueGap}) and the back-test ({@link Backtest}).
     */
    public static ModelResult compute(Dataset dataset, Scenario scenario) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(scenario, "scenario");
        return new ModelResult(scenario, MarginModel.compute(dataset, scenario), RatioModel.compute(dataset, scenario),
                RevenueGap.compute(dataset, scenario), Backtest.compute(dataset, scenario));
    }

    /**
     * What the model had to assume or leave out for this dataset and scenario, to show next to the results: for
     * each hyperscaler with capex, a missing useful-life history (the fallback life is used) and filled capex gaps;
     * then the back-test rows that could not be tested.
     */
    public static List<ModelNotice> notices(Dataset dataset, Scenario scenario) {
        List<ModelNotice> list = new ArrayList<>();
        for (CompanyInputs in : CompanyInputs.all(dataset, scenario.projectionEndYear(), scenario.capexGrowth())) {
            if (in.company.role() == Role.HYPERSCALER) {
                list.addAll(DepreciationEngine.notices(in, DepreciationPolicy.REPORTED));
            }
        }
        list.addAll(Backtest.notices(dataset, scenario));
        return List.copyOf(list);
    }
}
