package org.capexlens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.capexlens.io.DefaultDataset;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportResult;
import org.capexlens.io.WriteException;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.sec.CompanyFacts;
import org.capexlens.io.sec.CompanyFactsParser;
import org.capexlens.io.sec.ConceptMapping;
import org.capexlens.io.sec.EdgarClient;
import org.capexlens.io.sec.FigureChange;
import org.capexlens.io.sec.SecFetchException;
import org.capexlens.io.sec.SecImport;
import org.capexlens.io.sec.SecImportResult;
import org.capexlens.io.sec.SecSettings;
import org.capexlens.io.xlsx.DatasetXlsxWriter;
import org.capexlens.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sec-import FILE|DIR... [--fetch TICKER|CIK...] [--data BASE] --out FILE.xlsx [--dry-run]}: puts the capex
 * and financials of SEC EDGAR company-facts files into a dataset (README, "Fresh figures from the filings").
 * Prints the table of every figure that changes (old → new, filing), then the notes; writes the dataset unless
 * {@code --dry-run}. Exit codes: 0 done, 1 usage, 2 a file is not valid, 3 a file could not be read, written or
 * downloaded.
 */
@Command(name = "sec-import", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Update the capex and financials of the companies in a dataset from SEC EDGAR company-facts "
                + "files (matched by the cik column), each figure citing its filing.")
final class SecImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|DIR", arity = "0..*",
            description = "Company-facts JSON files (CIK##########.json), or folders of them.")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--fetch", paramLabel = "TICKER|CIK", split = ",",
            description = "Download these companies' facts from SEC EDGAR first (needs --user-agent once).")
    private List<String> fetch = new ArrayList<>();

    @Option(names = "--user-agent", paramLabel = "\"NAME E-MAIL\"",
            description = "Who you are, as the SEC requires of every download; kept for next time.")
    private String userAgent;

    @Option(names = "--data", paramLabel = "BASE",
            description = "The dataset to update (default: data/ai-economics.xlsx).")
    private Path data;

    @Option(names = "--out", paramLabel = "FILE.xlsx", description = "Where to write the updated dataset.")
    private Path out;

    @Option(names = "--dry-run", description = "Only print what would change; write nothing.")
    private boolean dryRun;

    @Option(names = "--since", paramLabel = "YEAR",
            description = "First fiscal year to take from the filings (default: each company's first year in BASE).")
    private Integer since;

    @Option(names = "--base-url", hidden = true, description = "Company-facts address (tests).")
    private URI baseUrl = EdgarClient.FACTS_BASE;

    @Option(names = "--tickers-url", hidden = true, description = "Ticker list address (tests).")
    private URI tickersUrl = EdgarClient.TICKERS;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (out == null && !dryRun) {
                throw CommandFailure.usage(err, Messages.get("cli.sec.noOut"), Messages.get("cli.sec.hint"));
            }
            if (inputs.isEmpty() && fetch.isEmpty()) {
                throw CommandFailure.usage(err, Messages.get("cli.sec.noInput"), Messages.get("cli.sec.hint"));
            }
            ImportResult base = loadBase(err);
            List<Path> files = new ArrayList<>(expand(err));
            files.addAll(download(err));
            ConceptMapping mapping = ConceptMapping.shipped();
            CompanyFactsParser parser = new CompanyFactsParser(mapping.concepts());
            List<CompanyFacts> facts = new ArrayList<>();
            for (Path f : files) {
                try {
                    facts.add(parser.read(f));
                } catch (ImportException e) {
                    throw CommandFailure.loadFailed(err, e);
                }
            }
            SecImportResult result = new SecImport(mapping, LocalDate.now(), since).apply(base.dataset(), facts);
            print(stdout, result);
            if (!dryRun) {
                try {
                    DatasetXlsxWriter.write(result.dataset(), out);
                } catch (WriteException e) {
                    throw CommandFailure.writeFailed(err, e);
                }
                stdout.println(Messages.get("cli.sec.written", out.toString()));
            }
            return ExitCode.OK;
        } catch (CommandFailure e) {
            return e.exitCode();
        } finally {
            stdout.flush();
            err.flush();
        }
    }

    private ImportResult loadBase(PrintWriter err) throws CommandFailure {
        try {
            return DatasetReader.read(data != null ? data : DefaultDataset.locate());
        } catch (ImportException e) {
            throw CommandFailure.loadFailed(err, e);
        }
    }

    /** Files as given; a folder stands for its {@code .json} files in name order. */
    private List<Path> expand(PrintWriter err) throws CommandFailure {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    files.addAll(s.filter(f -> f.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
                            .sorted().toList());
                } catch (IOException e) {
                    err.println(Messages.get("import.file.ioError", p.toString()));
                    throw new CommandFailure(ExitCode.IO);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private List<Path> download(PrintWriter err) throws CommandFailure {
        if (fetch.isEmpty()) {
            return List.of();
        }
        SecSettings settings = SecSettings.standard();
        String ua = userAgent != null ? userAgent : settings.userAgent();
        EdgarClient client = new EdgarClient(baseUrl, tickersUrl, ua, settings.cacheDir(), Duration.ofSeconds(30));
        List<Path> files = new ArrayList<>();
        try {
            for (String what : fetch) {
                files.add(client.fetchFacts(client.resolve(what)));
            }
            if (userAgent != null && !userAgent.equals(settings.userAgent())) {
                settings.saveUserAgent(userAgent);
            }
        } catch (SecFetchException e) {
            err.println(e.getMessage());
            throw new CommandFailure(ExitCode.IO);
        } catch (WriteException e) {
            throw CommandFailure.writeFailed(err, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(ExitCode.IO);
        }
        return files;
    }

    /** The preview table: one line per changed figure, then the notes. */
    static void print(PrintWriter out, SecImportResult r) {
        out.println(Messages.get("cli.sec.summary", r.matched().size(), String.join(", ", r.matched()),
                r.changes().size(), r.unchanged()));
        if (!r.changes().isEmpty()) {
            out.println(String.format("%-12s %-6s %-24s %10s %10s  %s", "company", "year", "column", "old", "new",
                    "filing"));
            for (FigureChange c : r.changes()) {
                out.println(String.format("%-12s %-6s %-24s %10s %10s  %s", c.company(), c.fiscalYear(), c.column(),
                        value(c.oldValue()), value(c.newValue()), c.filing()));
            }
        }
        for (String note : r.notes()) {
            out.println(Messages.get("cli.sec.note", note));
        }
    }

    private static String value(Double v) {
        return v == null ? "—" : java.math.BigDecimal.valueOf(v).setScale(3, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
