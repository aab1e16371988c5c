package org.capexlens.io.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15: every file the release before it accepted still loads with the same results — the compute JSON written
 * by that release ({@link CompatCorpus}), under the as-reported scenario and a uniform 2.5-year life.
 */
class BackwardCompatibilityTest {
    static List<String[]> cases() {
        List<String[]> out = new ArrayList<>();
        for (String[] f : CompatCorpus.FILES) {
            for (String[] s : CompatCorpus.SCENARIOS) {
                out.add(new String[] {f[0], f[1], s[0]});
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("cases")
    void givesTheResultsOfThePreviousRelease(String id, String file, String scenario) throws IOException {
        String[] extra = scenario.equals("as-reported") ? new String[0] : new String[] {"--life", "2.5"};
        String golden = Files.readString(CompatCorpus.GOLDEN.resolve(id + "." + scenario + ".json"),
                StandardCharsets.UTF_8);

        assertEquals(golden, CompatCorpus.compute(file, extra));
    }
}
