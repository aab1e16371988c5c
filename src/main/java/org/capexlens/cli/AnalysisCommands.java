package org.capexlens.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.capexlens.calc.ModelResult;
import org.capexlens.calc.MonteCarlo;
import org.capexlens.calc.ScenarioComparison;
import org.capexlens.calc.WhatMustBeTrue;
import org.capexlens.chart.AnalysisText;
import org.capexlens.io.ImportException;
import org.capexlens.io.json.AnalysisJson;
import org.capexlens.io.json.Presets;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.scenario.Scenario;
import org.capexlens.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The analysis commands of issue 11: {@code compare} (two to four scenarios side by side), {@code simulate} (a
 * seeded Monte Carlo of the scenario's distributions) and {@code solve} (what must be true). Same exit codes as
 * {@code compute}: 0 ok, 1 usage, 2 invalid data or scenario, 3 I/O failure.
 */
public final class AnalysisCommands {
    private AnalysisCommands() {
    }

    /** The shared part: output streams, the dataset option and error handling. */
    abstract static class Base implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "FILE",
                description = "Dataset: .xlsx, .xls, .json, .csv or a folder of CSV files "
                        + "(default: data/ai-economics.xlsx).")
        java.nio.file.Path dataFile;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Spec
        CommandSpec spec;

        PrintWriter out;
        PrintWriter err;

        @Override
        public final Integer call() {
            out = spec.commandLine().getOut();
            err = spec.commandLine().getErr();
            try {
                return run();
            } catch (CommandFailure e) {
                return e.exitCode();
            } finally {
                out.flush();
                err.flush();
            }
        }

        abstract int run() throws CommandFailure;

        /** Loads the dataset and the first scenario exactly as {@code compute} does. */
        ModelInputs.Loaded load(String scenario) throws CommandFailure {
            ModelInputs in = new ModelInputs();
            in.dataFile = dataFile;
            in.scenarioArg = scenario;
            return in.load(err, DatasetReader::read);
        }

        /** A further scenario (file or preset), with {@code compute}'s messages. */
        Scenario scenario(String arg) throws CommandFailure {
            Scenario s;
            try {
                s = ModelInputs.scenario(arg);
            } catch (ImportException e) {
                throw CommandFailure.loadFailed(err, e);
            } catch (java.nio.file.InvalidPathException e) {
                s = null;
            }
            if (s == null) {
                err.println(Messages.get("cli.compute.unknownScenario", arg, String.join(", ", Presets.IDS)));
                throw new CommandFailure(ExitCode.USAGE);
            }
            return s;
        }

        String format(String format) throws CommandFailure {
            String f = format.trim().toLowerCase(Locale.ROOT);
            if (!f.equals("json") && !f.equals("csv")) {
                err.println(Messages.get("cli.compute.badFormat", format));
                throw new CommandFailure(ExitCode.USAGE);
            }
            return f;
        }
    }

    /** {@code compare --scenario A --scenario B [--format json|csv]}. */
    @Command(name = "compare", sortOptions = false,
            description = "Compares two to four scenarios on one dataset: ΔD over the window, each company's adjusted "
                    + "margin and earnings overstatement, the ratio, the revenue gap and Bain's shortfall; the first "
                    + "scenario is the baseline.")
    public static final class Compare extends Base {
        @Option(names = "--scenario", paramLabel = "FILE|PRESET", required = true,
                description = "A scenario file or preset; give it two to four times (the first is the baseline).")
        List<String> scenarios = new ArrayList<>();

        @Option(names = "--year", paramLabel = "FY", description = "Fiscal year of the per-company figures "
                + "(default 2027).")
        int year = 2027;

        @Option(names = "--format", paramLabel = "json|csv", description = "Output format (default: json).")
        String format = "json";

        @Override
        int run() throws CommandFailure {
            String fmt = format(format);
            if (scenarios.size() < 2 || scenarios.size() > ScenarioComparison.MAX_SCENARIOS) {
                err.println(Messages.get("cli.compare.count", scenarios.size()));
                return ExitCode.USAGE;
            }
            ModelInputs.Loaded in = load(scenarios.get(0));
            List<Scenario> list = new ArrayList<>(List.of(in.scenario()));
            for (String s : scenarios.subList(1, scenarios.size())) {
                list.add(scenario(s));
            }
            ScenarioComparison.Comparison c;
            try {
                c = ScenarioComparison.compare(in.loaded().dataset(), list, year, 2026, 2028);
            } catch (RuntimeException e) {
                throw CommandFailure.modelFailed(err, in.loaded().fileName(), list.get(0).name(), e);
            }
            out.print(fmt.equals("json") ? AnalysisJson.comparison(c, in.loaded().fileName(), in.sha256())
                    : csv(c));
            return ExitCode.OK;
        }

        /** One line per figure and scenario: {@code scenario,figure,company,year,value,vs_baseline}. */
        static String csv(ScenarioComparison.Comparison c) {
            StringBuilder sb = new StringBuilder("scenario,figure,company,year,value,vs_baseline\n");
            ScenarioComparison.Figures base = c.scenarios().get(0);
            for (ScenarioComparison.Figures f : c.scenarios()) {
                String name = CompanyCsv.text(f.scenario().name());
                line(sb, name, "delta_depreciation", "", c.from() + "-" + c.to(), f.deltaDepreciation(),
                        base.deltaDepreciation());
                for (String company : c.companies()) {
                    ModelResult.CompanyYear r = f.companies().get(company);
                    ModelResult.CompanyYear b = base.companies().get(company);
                    line(sb, name, "adjusted_operating_margin", company, Integer.toString(c.fiscalYear()),
                            r == null ? null : r.adjustedOperatingMargin(), b == null ? null
                                    : b.adjustedOperatingMargin());
                    line(sb, name, "earnings_overstatement", company, Integer.toString(c.fiscalYear()),
                            r == null ? null : r.earningsOverstatement(), b == null ? null
                                    : b.earningsOverstatement());
                }
                if (f.ratio() != null) {
                    line(sb, name, "ratio", "", Integer.toString(f.ratio().year()), f.ratio().ratio(),
                            base.ratio() == null ? null : base.ratio().ratio());
                }
                if (f.revenueGap() != null) {
                    line(sb, name, "revenue_gap", "", Integer.toString(f.revenueGap().year()), f.revenueGap().gap(),
                            base.revenueGap() == null ? null : base.revenueGap().gap());
                }
                if (f.bain() != null) {
                    line(sb, name, "bain_shortfall", "", Integer.toString(f.bain().year()), f.bain().shortfall(),
                            base.bain() == null ? null : base.bain().shortfall());
                }
            }
            return sb.toString();
        }

        private static void line(StringBuilder sb, String scenario, String figure, String company, String year,
                Double v, Double base) {
            sb.append(scenario).append(',').append(figure).append(',').append(CompanyCsv.text(company)).append(',')
                    .append(year).append(',').append(CompanyCsv.number(v)).append(',')
                    .append(CompanyCsv.number(v == null || base == null ? null : v - base)).append('\n');
        }
    }

    /** {@code simulate --runs N --seed S}. */
    @Command(name = "simulate", sortOptions = false,
            description = "Runs a seeded Monte Carlo simulation of the scenario's distributions (its uncertainty "
                    + "member) and prints the 5th, 25th, 50th, 75th and 95th percentiles of ΔD, each company's "
                    + "adjusted margin, the ratio and the revenue gap.")
    public static final class Simulate extends Base {
        @Option(names = "--scenario", paramLabel = "FILE|PRESET", description = "Scenario file or preset "
                + "(default: as-reported).")
        String scenario = Presets.DEFAULT_ID;

        @Option(names = "--runs", paramLabel = "N", description = "Number of runs (default 10000).")
        int runs = MonteCarlo.DEFAULT_RUNS;

        @Option(names = "--seed", paramLabel = "S", description = "Seed of the random stream (default 1).")
        long seed = 1;

        @Override
        int run() throws CommandFailure {
            if (runs < 1 || runs > MonteCarlo.MAX_RUNS) {
                err.println(Messages.get("cli.simulate.badRuns", runs, MonteCarlo.MAX_RUNS));
                return ExitCode.USAGE;
            }
            ModelInputs.Loaded in = load(scenario);
            if (in.scenario().uncertainty().isEmpty()) {
                err.println(Messages.get("cli.simulate.noDistributions", in.scenario().name()));
            }
            MonteCarlo.Summary s;
            try {
                s = MonteCarlo.run(in.loaded().dataset(), in.scenario(), runs, seed, 2026, 2028, MonteCarlo.Monitor.NONE);
            } catch (RuntimeException e) {
                throw CommandFailure.modelFailed(err, in.loaded().fileName(), in.scenario().name(), e);
            }
            out.print(AnalysisJson.simulation(s, in.scenario().name(), in.loaded().fileName(), in.sha256()));
            return ExitCode.OK;
        }
    }

    /** {@code solve --question ratio|gap|life|capex …}. */
    @Command(name = "solve", sortOptions = false,
            description = "What must be true: the AI revenue growth for the ratio to reach a target (ratio) or the "
                    + "gap to close (gap) by a year, the server life that keeps a company's margin above a target "
                    + "(life), or the capex growth that keeps ΔD 2026-2028 under a limit (capex).")
    public static final class Solve extends Base {
        @Option(names = "--question", paramLabel = "ratio|gap|life|capex", required = true,
                description = "Which question.")
        String question;

        @Option(names = "--scenario", paramLabel = "FILE|PRESET", description = "Scenario file or preset "
                + "(default: as-reported).")
        String scenario = Presets.DEFAULT_ID;

        @Option(names = "--target", paramLabel = "X", description = "ratio: the ratio to reach (default 1); life: "
                + "the margin as a fraction (default 0.30); capex: the ΔD limit in USD billions (default 100).")
        Double target;

        @Option(names = "--year", paramLabel = "Y", description = "ratio, gap: calendar year (default 2030); life: "
                + "fiscal year (default 2027).")
        Integer year;

        @Option(names = "--company", paramLabel = "ID", description = "life: the company (default Meta).")
        String company = "Meta";

        @Option(names = "--format", paramLabel = "json|text", description = "Output format (default: text).")
        String format = "text";

        @Override
        int run() throws CommandFailure {
            AnalysisText.Question q = AnalysisText.Question.parse(question);
            if (q == null) {
                err.println(Messages.get("cli.solve.badQuestion", question));
                return ExitCode.USAGE;
            }
            boolean json = format.trim().equalsIgnoreCase("json");
            if (!json && !format.trim().equalsIgnoreCase("text")) {
                err.println(Messages.get("cli.solve.badFormat", format));
                return ExitCode.USAGE;
            }
            ModelInputs.Loaded in = load(scenario);
            var data = in.loaded().dataset();
            Scenario s = in.scenario();
            double t = target != null ? target : switch (q) {
                case RATIO -> 1;
                case LIFE -> 0.30;
                case CAPEX -> 100;
                case GAP -> 0;
            };
            int y = year != null ? year : q == AnalysisText.Question.LIFE ? 2027 : q == AnalysisText.Question.CAPEX
                    ? 2028 : 2030;
            WhatMustBeTrue.Answer a;
            try {
                a = switch (q) {
                    case RATIO -> WhatMustBeTrue.revenueGrowthForRatio(data, s, t, y);
                    case GAP -> WhatMustBeTrue.revenueGrowthForGap(data, s, y);
                    case LIFE -> WhatMustBeTrue.lifeForMargin(data, s, company, y, t);
                    case CAPEX -> WhatMustBeTrue.capexGrowthForDeltaD(data, s, 2026, y, t);
                };
            } catch (RuntimeException e) {
                throw CommandFailure.modelFailed(err, in.loaded().fileName(), s.name(), e);
            }
            String sentence = AnalysisText.answer(q, a, t, y, q == AnalysisText.Question.LIFE ? company : "2026",
                    Locale.getDefault(Locale.Category.FORMAT));
            out.print(json ? AnalysisJson.answer(a, q.id(), sentence) : sentence + System.lineSeparator());
            return ExitCode.OK;
        }
    }
}
