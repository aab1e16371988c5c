package org.capexlens.io.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.capexlens.cli.Cli;

/**
 * The files the release before issue 15 accepted, and the compute results it gave for each (as-reported and the
 * uniform 2.5-year life), kept in {@code src/test/resources/compat/}. The results were written by {@link #main}
 * with the code of commit 22c8adc, before any import change; {@code BackwardCompatibilityTest} asserts that every
 * file still gives exactly the same results. The default dataset is not among them: it is regenerated from
 * {@code data/reference} whenever a figure is corrected. When the model itself changes on purpose, run
 * {@link #main} again (test class path, project folder as working directory) and commit the new results.
 */
final class CompatCorpus {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    static final Path GOLDEN = Path.of("src/test/resources/compat");

    /** Every file (or CSV folder) the previous release loaded, by a short name for its golden files. */
    static final List<String[]> FILES = List.of(
            new String[] {"good-xlsx", FIXTURES + "/good/good.xlsx"},
            new String[] {"good-xls", FIXTURES + "/good/good.xls"},
            new String[] {"good-json", FIXTURES + "/good/good.json"},
            new String[] {"good-csv", FIXTURES + "/good/csv"},
            new String[] {"date-formats", FIXTURES + "/edge/csv/date-formats"},
            new String[] {"windows-1252", FIXTURES + "/broken/csv/windows-1252"},
            new String[] {"na-required", FIXTURES + "/broken/csv/na-required"},
            new String[] {"formula-cached", FIXTURES + "/workbooks/formula-cached.xlsx"},
            new String[] {"xls-formula-cached", FIXTURES + "/workbooks/xls-formula-cached.xls"},
            new String[] {"inline-strings", FIXTURES + "/workbooks/inline-strings.xlsx"},
            new String[] {"dataset-saved-as", FIXTURES + "/workbooks/dataset-saved-as.xlsx"},
            new String[] {"capex-na-required", FIXTURES + "/workbooks/capex-na-required.xlsx"},
            new String[] {"error-value", FIXTURES + "/workbooks/error-value.xlsx"},
            new String[] {"formula-no-value", FIXTURES + "/workbooks/formula-no-value.xlsx"});

    /** The two scenarios each file is computed under. */
    static final List<String[]> SCENARIOS = List.of(new String[] {"as-reported"}, new String[] {"life-2.5",
        "--life", "2.5"});

    private CompatCorpus() {
    }

    /**
     * The compute JSON of {@code file} under the extra arguments, without its {@code dataset} member (file name and
     * hash differ between formats by nature), pretty-printed.
     */
    static String compute(String file, String... extra) throws IOException {
        String[] args = new String[3 + extra.length + 2];
        args[0] = "compute";
        args[1] = "--data";
        args[2] = file;
        System.arraycopy(extra, 0, args, 3, extra.length);
        args[args.length - 2] = "--format";
        args[args.length - 1] = "json";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        if (code != 0) {
            throw new IllegalStateException("compute of " + file + " failed with " + code + ": " + err);
        }
        return normalised(out.toString());
    }

    /** The compute JSON without its {@code dataset} member, pretty-printed. */
    static String normalised(String computeJson) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root = mapper.readTree(computeJson);
        ((ObjectNode) root).remove("dataset");
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** Writes the golden results: run once, with the code before issue 15. */
    public static void main(String[] args) throws IOException {
        Files.createDirectories(GOLDEN);
        for (String[] f : FILES) {
            for (String[] s : SCENARIOS) {
                String[] extra = new String[s.length - 1];
                System.arraycopy(s, 1, extra, 0, extra.length);
                Files.writeString(GOLDEN.resolve(f[0] + "." + s[0] + ".json"), compute(f[1], extra),
                        StandardCharsets.UTF_8);
            }
        }
    }
}
