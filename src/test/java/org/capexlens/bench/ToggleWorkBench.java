package org.capexlens.bench;

import java.util.Arrays;
import java.util.Locale;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.scenario.Scenario;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartInputs;
import org.capexlens.chart.ChartInputsFactory;
import org.capexlens.chart.ChartSettings;
import org.capexlens.chart.ChartTheme;
import org.capexlens.chart.Charts;
import org.capexlens.domain.Dataset;

/**
 * The background work of one dashboard toggle (model + chart inputs + every chart) on a synthetic dataset, toggling
 * between uniform 2.5 years and as reported: {@code ToggleWorkBench [companies] [years] [toggles]} (default 1,000 ×
 * 30, 25 toggles). Prints each toggle's milliseconds and the median of the second half (a warm JIT). The repaint on
 * the FX thread comes on top of this.
 */
public final class ToggleWorkBench {
    private ToggleWorkBench() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        int companies = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int toggles = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        Dataset ds = SyntheticData.dataset(companies, years, 42L);
        long[] ms = new long[toggles];
        for (int i = 0; i < toggles; i++) {
            long t0 = System.nanoTime();
            Scenario sc = i % 2 == 0 ? Scenario.defaults().withPolicy(new DepreciationPolicy.Uniform(2.5))
                    : Scenario.defaults();
            ModelResult result = EconomicsModel.compute(ds, sc);
            ChartInputs in = ChartInputsFactory.create(ds, result, ChartSettings.defaults(result), Locale.US);
            for (ChartId id : ChartId.values()) {
                Charts.build(id, in, ChartTheme.LIGHT);
            }
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        long[] warm = Arrays.copyOfRange(ms, toggles / 2, toggles);
        Arrays.sort(warm);
        System.out.println("toggle work, " + companies + " companies x " + years + " years (ms): "
                + Arrays.toString(ms));
        System.out.println("median of the warm half: " + warm[warm.length / 2] + " ms");
    }
}
