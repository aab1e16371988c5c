package org.capexlens.calc;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
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
     *         revenue gap ({@link RevenueGap}), the back-test ({@link Backtest}), Bain's test and the scenario
     *         author's published figures ({@link RevenueGap#bain}, {@link RevenueGap#published}).
     */
    public static ModelResult compute(Dataset dataset, Scenario scenario) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(scenario, "scenario");
        return new ModelResult(scenario, MarginModel.compute(dataset, scenario), RatioModel.compute(dataset, scenario),
                RevenueGap.compute(dataset, scenario), Backtest.compute(dataset, scenario),
                RevenueGap.bain(dataset, scenario), RevenueGap.published(scenario));
    }

    /**
     * What the model had to assume or leave out for this dataset and scenario, to show next to the results: for
     * each hyperscaler with capex, a missing useful-life history (the fallback life is used) and filled capex gaps;
     * then the back-test rows that could not be tested.
     */
    public static List<ModelNotice> notices(Dataset dataset, Scenario scenario) {
        return analyse(dataset, scenario).notices();
    }

    /**
     * The result, the notices and the back-test's best-fit short-lived share together.
     *
     * @param result                  {@link #compute}.
     * @param notices                 {@link #notices}.
     * @param bestFitShortLivedShare  {@link Backtest#bestFitShortLivedShare}.
     */
    public record Analysis(ModelResult result, List<ModelNotice> notices, OptionalDouble bestFitShortLivedShare) {
        public Analysis {
            Objects.requireNonNull(result, "result");
            notices = List.copyOf(notices);
            Objects.requireNonNull(bestFitShortLivedShare, "bestFitShortLivedShare");
        }
    }

    /**
     * {@link #compute}, {@link #notices} and {@link Backtest#bestFitShortLivedShare} in one pass: the companies'
     * inputs are built once and the back-test runs once (its effect is linear in the short-lived share). Equal,
     * figure for figure, to the three calls; on 1,000 companies it costs about half of them (the dashboard calls it
     * on every change).
     *
     * @param dataset   not {@code null}.
     * @param scenario  not {@code null}.
     */
    public static Analysis analyse(Dataset dataset, Scenario scenario) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(scenario, "scenario");
        ModelCache cache = new ModelCache(dataset, scenario);
        List<CompanyInputs> inputs = cache.inputs(scenario.capexGrowth());
        Backtest.Run backtest = Backtest.run(dataset, scenario, inputs);
        ModelResult result = new ModelResult(scenario, MarginModel.compute(cache), RatioModel.compute(dataset,
                scenario), RevenueGap.compute(dataset, scenario), backtest.rows(scenario.shortLivedShare()),
                RevenueGap.bain(dataset, scenario), RevenueGap.published(scenario));
        List<ModelNotice> list = new ArrayList<>();
        for (CompanyInputs in : inputs) {
            if (in.company.role() == Role.HYPERSCALER) {
                list.addAll(DepreciationEngine.notices(in, DepreciationPolicy.REPORTED));
            }
        }
        list.addAll(backtest.notices());
        return new Analysis(result, list, backtest.bestFitShortLivedShare());
    }
}
