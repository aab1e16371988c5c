package org.capexlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.ImportResult;
import org.capexlens.io.Severity;
import org.capexlens.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate FILE}: loads a dataset exactly as the dashboard would and reports what it found.
 *
 * <p>Output contract (stable, for scripts): stdout starts with {@code file:} and ends with {@code result:};
 * for a valid file it lists format, rows per sheet, companies, years and the warning count, then each warning as
 * {@code file:sheet:row:column: warning: message}. Every message of an invalid or unreadable file goes to stderr,
 * errors exactly as {@code file:sheet:row:column: message} and warnings with the {@code warning:} marker, in file
 * order.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false)
final class ValidateCommand implements Callable<Integer> {
    private static final Logger LOG = Logger.getLogger(ValidateCommand.class.getName());

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", arity = "1", descriptionKey = "validate.file")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        out.println(Messages.get("cli.validate.file.line", name));
        ImportResult result;
        try {
            result = DatasetReader.read(file);
        } catch (ImportException e) {
            // The located messages are the user's view; the cause (if any) is detail for the log.
            LOG.log(Level.FINE, "validate failed for " + file, e);
            for (ImportMessage m : e.messages()) {
                err.println(line(m));
            }
            long errors = e.messages().stream().filter(m -> m.severity() == Severity.ERROR).count();
            long warnings = e.messages().size() - errors;
            int exitCode = CommandFailure.exitCode(e);
            out.println(exitCode == ExitCode.IO ? Messages.get("cli.validate.result.unreadable")
                    : Messages.get("cli.validate.result.invalid", errors, warnings));
            return exitCode;
        }
        summary(out, name, result);
        for (ImportMessage m : result.warnings()) {
            out.println(line(m));
        }
        out.println(Messages.get("cli.validate.result.valid", result.warnings().size()));
        return ExitCode.OK;
    }

    /** Beyond this many companies the summary lists the first ones and counts the rest. */
    static final int MAX_IDS_LISTED = 12;

    private void summary(PrintWriter out, String name, ImportResult result) {
        Dataset d = result.dataset();
        format(name).ifPresent(f -> out.println(Messages.get("cli.validate.format", f)));
        out.println(Messages.get("cli.validate.sheets"));
        int width = d.rowCounts().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, Integer> e : d.rowCounts().entrySet()) {
            out.println(String.format("  %-" + width + "s %7d", e.getKey(), e.getValue()));
        }
        List<String> ids = d.companies().stream().map(Company::id).collect(Collectors.toList());
        // A thousand ids on one line help nobody: the first few, then how many more.
        out.println(ids.size() <= MAX_IDS_LISTED
                ? Messages.get("cli.validate.companies", ids.size(), String.join(", ", ids))
                : Messages.get("cli.validate.companiesMore", ids.size(),
                        String.join(", ", ids.subList(0, MAX_IDS_LISTED)), ids.size() - MAX_IDS_LISTED));
        if (d.firstYear().isPresent()) {
            // Years go in as text: MessageFormat would print 2,024.
            out.println(Messages.get("cli.validate.years", String.valueOf(d.firstYear().getAsInt()),
                    String.valueOf(d.lastYear().getAsInt())));
        } else {
            out.println(Messages.get("cli.validate.years.none"));
        }
        out.println(Messages.get("cli.validate.warnings", result.warnings().size()));
    }

    private Optional<String> format(String name) {
        try {
            return Optional.of(switch (DatasetReader.detect(file, name)) {
                case XLSX -> Messages.get("cli.format.xlsx");
                case XLS -> Messages.get("cli.format.xls");
                case CSV -> Messages.get("cli.format.csv");
                case CSV_FOLDER -> Messages.get("cli.format.csvFolder");
                case JSON -> Messages.get("cli.format.json");
                case ODS -> Messages.get("cli.format.ods");
            });
        } catch (ImportException e) {
            // The file was just read; if it vanished since, the summary simply has no format line.
            return Optional.empty();
        }
    }

    /** Errors exactly as {@link ImportMessage#format()}; warnings carry a marker after the location. */
    static String line(ImportMessage m) {
        return m.severity() == Severity.ERROR ? m.format()
                : Messages.get("cli.validate.warning", m.location().format(), m.message());
    }
}
