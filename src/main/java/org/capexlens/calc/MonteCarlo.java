package org.capexlens.calc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;
import org.capexlens.domain.Dataset;
import org.capexlens.scenario.Distribution;
import org.capexlens.scenario.Scenario;
import org.capexlens.scenario.UncertainParameter;

/**
 * A seeded Monte Carlo simulation of a scenario's uncertain assumptions (issue 11): each run draws every
 * distribution of {@link Scenario#uncertainty()} (Apache Commons Statistics samplers on one Commons RNG
 * XoRoShiRo128++ stream, in file order), computes the whole model with {@link EconomicsModel#compute} and records
 * the outputs; the summary gives each output's 5th, 25th, 50th, 75th and 95th percentiles. The same dataset,
 * scenario, number of runs and seed give the same summary, figure for figure.
 */
public final class MonteCarlo {
    /** Runs when none are asked for. */
    public static final int DEFAULT_RUNS = 10_000;
    /** The most runs accepted: a million runs take minutes and say nothing 10,000 do not. */
    public static final int MAX_RUNS = 1_000_000;
    /** The percentiles reported, as probabilities. */
    static final double[] PROBABILITIES = {0.05, 0.25, 0.50, 0.75, 0.95};

    private MonteCarlo() {
    }

    /** Told of progress, and asked whether to stop, between runs. */
    public interface Monitor {
        /** {@code done} of {@code total} runs are finished. */
        void progress(int done, int total);

        /** Whether the simulation should stop (it then throws {@link CancellationException}). */
        boolean cancelled();

        /** A monitor that watches nothing and never cancels. */
        Monitor NONE = new Monitor() {
            @Override
            public void progress(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    /**
     * An output's percentiles.
     *
     * @param p5   5th percentile.
     * @param p25  25th percentile.
     * @param p50  median.
     * @param p75  75th percentile.
     * @param p95  95th percentile.
     */
    public record Band(double p5, double p25, double p50, double p75, double p95) {
        /** The five values, lowest percentile first. */
        public double[] values() {
            return new double[] {p5, p25, p50, p75, p95};
        }
    }

    /**
     * What a simulation found. Money in USD billions, margins and ratios as fractions and multiples.
     *
     * @param runs                the number of runs.
     * @param seed                the seed of the random stream.
     * @param sampled             the distributions drawn, by member path, in file order.
     * @param from                first fiscal year of {@link #deltaDepreciationWindow}.
     * @param to                  last fiscal year of it.
     * @param deltaDepreciationWindow  ΔD summed over companies and fiscal years {@code from}–{@code to}.
     * @param deltaDepreciation   ΔD summed over companies, per fiscal year.
     * @param adjustedMargin      company → fiscal year → adjusted operating margin (years with revenue).
     * @param ratio               calendar year → infrastructure-to-application ratio.
     * @param gap                 calendar year → Sequoia revenue gap.
     */
    public record Summary(int runs, long seed, Map<String, Distribution> sampled, int from, int to,
            Band deltaDepreciationWindow, SortedMap<Integer, Band> deltaDepreciation,
            Map<String, SortedMap<Integer, Band>> adjustedMargin, SortedMap<Integer, Band> ratio,
            SortedMap<Integer, Band> gap) {
        public Summary {
            sampled = Collections.unmodifiableMap(new LinkedHashMap<>(sampled));
            deltaDepreciation = Collections.unmodifiableSortedMap(new TreeMap<>(deltaDepreciation));
            Map<String, SortedMap<Integer, Band>> m = new LinkedHashMap<>();
            adjustedMargin.forEach((c, b) -> m.put(c, Collections.unmodifiableSortedMap(new TreeMap<>(b))));
            adjustedMargin = Collections.unmodifiableMap(m);
            ratio = Collections.unmodifiableSortedMap(new TreeMap<>(ratio));
            gap = Collections.unmodifiableSortedMap(new TreeMap<>(gap));
        }
    }

    /**
     * Runs the simulation.
     *
     * @param dataset   not {@code null}.
     * @param scenario  not {@code null}; without distributions every run is the scenario itself.
     * @param runs      1 to {@link #MAX_RUNS}.
     * @param seed      any value; the same seed gives the same draws.
     * @param from      first fiscal year of the ΔD window (e.g. 2026).
     * @param to        last fiscal year of it.
     * @param monitor   progress and cancellation, not {@code null} ({@link Monitor#NONE}).
     * @throws CancellationException  when the monitor asks to stop.
     */
    public static Summary run(Dataset dataset, Scenario scenario, int runs, long seed, int from, int to,
            Monitor monitor) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(monitor, "monitor");
        if (runs < 1 || runs > MAX_RUNS) {
            throw new IllegalArgumentException("runs must be 1 to " + MAX_RUNS + ", was " + runs);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        List<UncertainParameter> params = new ArrayList<>();
        List<ContinuousDistribution.Sampler> samplers = new ArrayList<>();
        scenario.uncertainty().distributions().forEach((path, d) -> {
            params.add(UncertainParameter.parse(path).orElseThrow());
            samplers.add(sampler(d, rng));
        });
        Collector out = new Collector(runs);
        int step = Math.max(1, runs / 100);
        for (int i = 0; i < runs; i++) {
            if (monitor.cancelled()) {
                throw new CancellationException("simulation cancelled after " + i + " runs");
            }
            Scenario drawn = scenario;
            for (int k = 0; k < params.size(); k++) {
                drawn = params.get(k).apply(drawn, samplers.get(k).sample());
            }
            out.add(i, EconomicsModel.compute(dataset, drawn), from, to);
            if ((i + 1) % step == 0 || i + 1 == runs) {
                monitor.progress(i + 1, runs);
            }
        }
        return new Summary(runs, seed, scenario.uncertainty().distributions(), from, to, band(out.window),
                bands(out.delta), bandsByCompany(out.margin), bands(out.ratio), bands(out.gap));
    }

    /** The percentiles of {@code values} (Commons Statistics' default estimator, R type 8); NaN are ignored. */
    public static Band band(double[] values) {
        double[] finite = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return new Band(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] p = Quantile.withDefaults().evaluate(finite, PROBABILITIES);
        return new Band(p[0], p[1], p[2], p[3], p[4]);
    }

    /** A Commons Statistics sampler of {@code d} on {@code rng}. */
    static ContinuousDistribution.Sampler sampler(Distribution d, UniformRandomProvider rng) {
        if (d instanceof Distribution.Uniform u) {
            return UniformContinuousDistribution.of(u.min(), u.max()).createSampler(rng);
        }
        if (d instanceof Distribution.Triangular t) {
            return TriangularDistribution.of(t.min(), t.mode(), t.max()).createSampler(rng);
        }
        if (d instanceof Distribution.Normal n) {
            return TruncatedNormalDistribution.of(n.mean(), n.sd(), n.min(), n.max()).createSampler(rng);
        }
        double fixed = d.central();
        return () -> fixed;
    }

    private static SortedMap<Integer, Band> bands(Map<Integer, double[]> byYear) {
        SortedMap<Integer, Band> out = new TreeMap<>();
        byYear.forEach((y, v) -> out.put(y, band(v)));
        return out;
    }

    private static Map<String, SortedMap<Integer, Band>> bandsByCompany(Map<String, Map<Integer, double[]>> m) {
        Map<String, SortedMap<Integer, Band>> out = new LinkedHashMap<>();
        m.forEach((c, byYear) -> out.put(c, bands(byYear)));
        return out;
    }

    /** Every run's outputs, NaN where a run had none. */
    private static final class Collector {
        private final int runs;
        private final double[] window;
        private final Map<Integer, double[]> delta = new TreeMap<>();
        private final Map<String, Map<Integer, double[]>> margin = new LinkedHashMap<>();
        private final Map<Integer, double[]> ratio = new TreeMap<>();
        private final Map<Integer, double[]> gap = new TreeMap<>();

        Collector(int runs) {
            this.runs = runs;
            this.window = new double[runs];
        }

        void add(int i, ModelResult r, int from, int to) {
            double w = 0;
            Map<Integer, Double> byYear = new TreeMap<>();
            for (ModelResult.CompanyYear c : r.companies()) {
                byYear.merge(c.fiscalYear(), c.deltaDepreciation(), Double::sum);
                if (c.fiscalYear() >= from && c.fiscalYear() <= to) {
                    w += c.deltaDepreciation();
                }
                if (c.adjustedOperatingMargin() != null) {
                    slot(margin.computeIfAbsent(c.company(), k -> new TreeMap<>()), c.fiscalYear())[i] =
                            c.adjustedOperatingMargin();
                }
            }
            window[i] = w;
            byYear.forEach((y, v) -> slot(delta, y)[i] = v);
            for (ModelResult.RatioRow row : r.ratio()) {
                if (row.ratio() != null) {
                    slot(ratio, row.year())[i] = row.ratio();
                }
            }
            for (ModelResult.RevenueGapRow row : r.revenueGap()) {
                slot(gap, row.year())[i] = row.gap();
            }
        }

        private double[] slot(Map<Integer, double[]> m, int year) {
            return m.computeIfAbsent(year, y -> {
                double[] a = new double[runs];
                java.util.Arrays.fill(a, Double.NaN);
                return a;
            });
        }
    }
}
