package org.capexlens.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code capexlens [--help] [--version] COMMAND ...}. Runs without JavaFX. Exit codes are
 * those of {@link ExitCode}; errors go to stderr as {@code file:sheet:row:column: message}.
 */
public final class Cli {
    private static final Logger LOG = Logger.getLogger(Cli.class.getName());

    private Cli() {
    }

    /**
     * Every subcommand, in the order the help lists them. New commands ({@code compute}, {@code render}) are added
     * here and nowhere else; each is a picocli {@code @Command} that prints through its {@code CommandSpec}'s
     * {@code getOut()}/{@code getErr()} and returns an {@link ExitCode}.
     */
    static List<Object> subcommands() {
        return List.of(new ValidateCommand(), new ComputeCommand(), new RenderCommand(), new ExportResultsCommand(),
                // Issue 11: the analysis commands.
                new AnalysisCommands.Compare(), new AnalysisCommands.Simulate(), new AnalysisCommands.Solve(),
                // Issue 16.
                new SecImportCommand());
    }

    /** The top command; it only dispatches to a subcommand. */
    @Command(name = "capexlens", mixinStandardHelpOptions = true, versionProvider = Version.class,
            sortOptions = false)
    static final class TopCommand implements Runnable {
        @Spec
        private CommandSpec spec;

        @Override
        public void run() {
            throw new ParameterException(spec.commandLine(),
                    Messages.get("cli.missingCommand", String.join(", ", spec.subcommands().keySet())));
        }
    }

    /** {@code --version}: the jar manifest's Implementation-Version, or {@code dev} when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Messages.get("cli.version", version())};
        }
    }

    /** The application version from the jar manifest, or {@code dev} outside a jar. */
    public static String version() {
        return org.capexlens.text.AppInfo.version();
    }

    /**
     * Runs the command line on the process's stdout and stderr.
     *
     * @param args  the arguments, not {@code null}.
     * @return the process exit code, one of {@link ExitCode}.
     */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * Runs the command line with the given output streams (tests capture them).
     *
     * @param out   receives summaries and help, not {@code null}; flushed before returning.
     * @param err   receives errors and usage errors, not {@code null}; flushed before returning.
     * @param args  the arguments, not {@code null}.
     * @return the process exit code, one of {@link ExitCode}.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new TopCommand());
        for (Object command : subcommands()) {
            cli.addSubcommand(command);
        }
        configure(cli);
        cli.setResourceBundle(new CliText());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // A bug, not a user mistake: the detail goes to the log, the user gets a plain line.
            LOG.log(Level.SEVERE, "command failed", e);
            commandLine.getErr().println(Messages.get("cli.internalError"));
            return ExitCode.USAGE;
        });
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Applies the exit-code contract to a command and every subcommand below it. */
    private static void configure(CommandLine command) {
        command.getCommandSpec()
                .exitCodeOnSuccess(ExitCode.OK)
                .exitCodeOnUsageHelp(ExitCode.OK)
                .exitCodeOnVersionHelp(ExitCode.OK)
                .exitCodeOnInvalidInput(ExitCode.USAGE)
                .exitCodeOnExecutionException(ExitCode.USAGE);
        for (CommandLine sub : command.getSubcommands().values()) {
            configure(sub);
        }
    }
}
