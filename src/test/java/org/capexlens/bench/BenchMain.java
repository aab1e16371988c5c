package org.capexlens.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of the project with a short configuration (1 fork, 8 × 1 s warm-up, 5 × 1 s measurement: on a
 * busy 2-core machine the JIT needs about five seconds before the grids reach their steady speed).
 * With arguments, hands them to JMH's own command line instead ({@code org.openjdk.jmh.Main}).
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        run();
    }

    private static void run() throws RunnerException {
        Options options = new OptionsBuilder().include("org\\.capexlens\\.bench\\..*").forks(1)
                .warmupIterations(8).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1)).build();
        new Runner(options).run();
    }
}
