package org.capexlens.calc;
import org.capexlens.scenario.PublishedInputs;
import org.capexlens.scenario.RatioNumerator;
import org.capexlens.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import org.capexlens.domain.Dataset;

/**
 * How much revenue the infrastructure being built must earn, and how far known AI revenue falls short
 * (DESIGN §3.3).
 * <ul>
 * <li><b>Sequoia</b> (David Cahn, 2023 and 2024): required = infrastructure ÷ GPUs' share of data-center cost ÷
 * (1 − end user's gross margin); with both at 50 % that is infrastructure × 4. Gap = required − known revenue.</li>
 * <li><b>Bain</b>: required = capex ÷ sustainable capex intensity (capex as a share of revenue); at 25 %, $500B of
 * capex needs $2T of revenue.</li>
 * </ul>
 * All money in USD billions.
 */
public final class RevenueGap {
    private RevenueGap() {
    }

    /**
     * Sequoia's required revenue.
     *
     * @param infrastructure  GPU spend (e.g. Nvidia data-center run-rate), USD billions.
     * @param gpuShare        GPUs' share of total data-center cost, in (0, 1].
     * @param endUserMargin   the end user's gross margin, in [0, 1).
     * @return USD billions of annual revenue needed.
     * @throws IllegalArgumentException  if a share is out of range.
     */
    public static double requiredRevenue(double infrastructure, double gpuShare, double endUserMargin) {
        if (!(gpuShare > 0) || gpuShare > 1) {
            throw new IllegalArgumentException("gpu_share_of_data_center_cost must be in (0, 1], was " + gpuShare);
        }
        if (!(endUserMargin >= 0) || !(endUserMargin < 1)) {
            throw new IllegalArgumentException("end_user_gross_margin must be in [0, 1), was " + endUserMargin);
        }
        return infrastructure / gpuShare / (1 - endUserMargin);
    }

    /**
     * The revenue gap ("hole").
     *
     * @param required  revenue needed, USD billions.
     * @param known     revenue known or assumed, USD billions.
     * @return {@code required − known}; negative when known revenue exceeds the need.
     */
    public static double gap(double required, double known) {
        return required - known;
    }

    /**
     * Bain's test: the revenue at which {@code capex} would be a sustainable share of it.
     *
     * @param capex                 yearly capex, USD billions.
     * @param sustainableIntensity  sustainable capex as a share of revenue, in (0, 1].
     * @return USD billions of annual revenue needed.
     * @throws IllegalArgumentException  if the intensity is out of range.
     */
    public static double requiredRevenueForCapex(double capex, double sustainableIntensity) {
        if (!(sustainableIntensity > 0) || sustainableIntensity > 1) {
            throw new IllegalArgumentException(
                    "sustainable_capex_intensity must be in (0, 1], was " + sustainableIntensity);
        }
        return capex / sustainableIntensity;
    }

    /**
     * Sequoia's gap per calendar year, for the years of {@link RatioModel#compute}: its infrastructure (the
     * scenario's numerator, complete years only) and its application revenue (the scenario's basis and entities).
     *
     * @param dataset   the data, {@code null} not permitted.
     * @param scenario  gives the numerator, the revenue series, the GPU share and the end-user margin; not
     *                  {@code null}.
     * @return one row per year of the ratio, ascending.
     */
    public static List<ModelResult.RevenueGapRow> compute(Dataset dataset, Scenario scenario) {
        List<ModelResult.RevenueGapRow> rows = new ArrayList<>();
        for (ModelResult.RatioRow r : RatioModel.compute(dataset, scenario)) {
            double required = requiredRevenue(r.infrastructure(), scenario.gpuShareOfDataCenterCost(),
                    scenario.endUserGrossMargin());
            rows.add(new ModelResult.RevenueGapRow(r.year(), r.infrastructure(), required, r.applications(),
                    gap(required, r.applications()), r.estimated()));
        }
        return List.copyOf(rows);
    }

    /**
     * Bain's test per calendar year: calendarised hyperscaler capex (every status in the data, complete years only)
     * ÷ {@link Scenario#sustainableCapexIntensity()}, against the scenario's application revenue. Years without
     * application revenue are left out, as in {@link #compute}, so that a missing figure never reads as zero revenue.
     *
     * @param dataset   the data, {@code null} not permitted.
     * @param scenario  gives the intensity and the revenue series; not {@code null}.
     * @return one row per year, ascending; {@code infrastructure} is the hyperscaler capex.
     */
    public static List<ModelResult.RevenueGapRow> computeBain(Dataset dataset, Scenario scenario) {
        SortedMap<Integer, Double> infra =
                RatioModel.infrastructure(dataset, RatioNumerator.HYPERSCALER_CAPEX, 1.0).completeValues();
        SortedMap<Integer, Double> apps = RatioModel.applications(dataset, scenario);
        Set<Integer> estimated = RatioModel.estimatedYears(dataset, RatioNumerator.HYPERSCALER_CAPEX);
        List<ModelResult.RevenueGapRow> rows = new ArrayList<>();
        infra.forEach((year, c) -> {
            double a = apps.getOrDefault(year, 0.0);
            if (a > 0) {
                double required = requiredRevenueForCapex(c, scenario.sustainableCapexIntensity());
                rows.add(new ModelResult.RevenueGapRow(year, c, required, a, gap(required, a),
                        estimated.contains(year)));
            }
        });
        return List.copyOf(rows);
    }

    // Issue 10: the Bain test as a first-class output, and the published figures.

    /**
     * {@link #computeBain} as {@link ModelResult.BainRow}s: per calendar year, hyperscaler capex, the scenario's
     * sustainable intensity, the revenue required, the AI revenue and the shortfall.
     *
     * @param dataset   the data, {@code null} not permitted.
     * @param scenario  gives the intensity and the revenue series; not {@code null}.
     * @return one row per year with both capex and AI revenue, ascending.
     */
    public static List<ModelResult.BainRow> bain(Dataset dataset, Scenario scenario) {
        double intensity = scenario.sustainableCapexIntensity();
        return computeBain(dataset, scenario).stream().map(r -> new ModelResult.BainRow(r.year(), r.infrastructure(),
                intensity, r.requiredRevenue(), r.applications(), r.gap(), r.estimated())).toList();
    }

    /**
     * The scenario author's method on the author's published inputs, with the scenario's parameters: Sequoia's
     * {@link #requiredRevenue} of the published infrastructure, or Bain's {@link #requiredRevenueForCapex} of the
     * published capex; the gap against the published AI revenue when there is one.
     *
     * @param scenario  not {@code null}.
     * @return the figures, or {@code null} when the scenario carries no published inputs.
     */
    public static ModelResult.PublishedFigures published(Scenario scenario) {
        PublishedInputs in = scenario.publishedInputs();
        if (in == null) {
            return null;
        }
        double parameter;
        double required;
        if (in.method() == PublishedInputs.Method.SEQUOIA) {
            parameter = requiredRevenue(1, scenario.gpuShareOfDataCenterCost(), scenario.endUserGrossMargin());
            required = requiredRevenue(in.infrastructure(), scenario.gpuShareOfDataCenterCost(),
                    scenario.endUserGrossMargin());
        } else {
            parameter = scenario.sustainableCapexIntensity();
            required = requiredRevenueForCapex(in.capex(), parameter);
        }
        Double gap = in.aiRevenue() == null ? null : gap(required, in.aiRevenue());
        return new ModelResult.PublishedFigures(in, parameter, required, gap);
    }
}
