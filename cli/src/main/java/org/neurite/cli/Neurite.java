package org.neurite.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code neurite} command: train a dense network on a task, sweep seeds, diagnose why a network cannot
 * learn, and predict with a saved model. Usage errors print one line naming the bad token and exit with 2.
 */
@Command(name = "neurite", mixinStandardHelpOptions = true, version = "neurite 0.1.0",
        description = "Train, sweep, diagnose and predict dense neural networks on ND4J.")
public final class Neurite implements Runnable {
    /** The subcommands, in the order {@code --help} lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // ND4J's start-up report (read from the hardware through OSHI and JNA) and its scan of the class path for
        // mismatched versions are logged at INFO, which the command never shows: skip the work (unless asked for).
        setIfAbsent("org.nd4j.log.initialization", "false");
        setIfAbsent("org.nd4j.versioncheck", "false");
        System.exit(run(args, System.out, System.err));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("train", TrainCommand::new);
        all.put("sweep", SweepCommand::new);
        all.put("diagnose", DiagnoseCommand::new);
        all.put("predict", PredictCommand::new);
        all.put("help", CommandLine.HelpCommand::new);
        return all;
    }

    /**
     * The command line: when the first argument names a subcommand, only that one is added, since picocli reads
     * every added command's annotations up front (a tenth of a short run's start-up for all of them); otherwise
     * (help, a misspelt name, no argument) all of them, so usage and suggestions stay complete.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(new Neurite());
        Supplier<Object> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        if (named != null && !args[0].equals("help")) {
            cli.addSubcommand(named.get());
        } else {
            SUBCOMMANDS.values().forEach(s -> cli.addSubcommand(s.get()));
        }
        return cli;
    }

    /** Runs the command line with the given streams and returns the exit code (0 ok, 1 failure, 2 usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((ex, a) -> {
            String command = ex.getCommandLine().getCommandName();
            err.println("neurite: " + ex.getMessage() + " (see 'neurite " + ("neurite".equals(command) ? ""
                    : command + " ") + "--help')");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UsageException || ex instanceof IllegalArgumentException
                    || ex instanceof java.io.UncheckedIOException) {
                err.println("neurite: " + ex.getMessage());
                return 2;
            }
            err.println("neurite: " + ex);
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
