package org.capexlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code compare}, {@code simulate} and {@code solve} on the default dataset (issue 11). */
class AnalysisCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void compareAsCsvHasABaselineOfZeroDifferences() {
        assertEquals(ExitCode.OK, run("compare", "--scenario", "as-reported", "--scenario", "burry-2-3y",
                "--format", "csv"), err.toString());
        String[] lines = out.toString().split("\n");
        assertEquals("scenario,figure,company,year,value,vs_baseline", lines[0]);
        assertTrue(lines[1].startsWith("As reported,delta_depreciation,,2026-2028,0,0"), lines[1]);
        assertTrue(out.toString().contains("Burry 2–3 years,delta_depreciation,,2026-2028,"), out.toString());
    }

    @Test
    void compareNeedsTwoToFourScenarios() {
        assertEquals(ExitCode.USAGE, run("compare", "--scenario", "as-reported"));
        assertTrue(err.toString().contains("two to four"), err.toString());
    }

    @Test
    void simulateIsReproducibleForASeed() {
        String file = "data/scenarios/examples/uncertain-lives.json";
        assertEquals(ExitCode.OK, run("simulate", "--scenario", file, "--runs", "200", "--seed", "3"));
        String first = out.toString();
        out.getBuffer().setLength(0);
        assertEquals(ExitCode.OK, run("simulate", "--scenario", file, "--runs", "200", "--seed", "3"));
        assertEquals(first, out.toString());
        assertTrue(first.contains("\"policy.life_years\" : {") || first.contains("\"policy.life_years\": {"), first);
        assertEquals(ExitCode.USAGE, run("simulate", "--runs", "0"));
    }

    @Test
    void solveAnswersInWordsAndRejectsAnUnknownQuestion() {
        assertEquals(ExitCode.OK, run("solve", "--question", "life", "--company", "Meta", "--year", "2027",
                "--target", "0.3"));
        assertTrue(out.toString().startsWith("For Meta's adjusted operating margin in FY2027 to stay at or above 30.0%"),
                out.toString());
        assertEquals(ExitCode.USAGE, run("solve", "--question", "weather"));
    }
}
