package org.neurite.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code neurite} command: train a dense network on a task, sweep seeds, diagnose why a network cannot
 * learn, and predict with a saved model. Usage errors print one line naming the bad token and exit with 2.
 */
@Command(name = "neurite", mixinStandardHelpOptions = true, version = "neurite 0.1.0",
        description = "Train, sweep, diagnose and predict dense neural networks on ND4J.",
        subcommands = {TrainCommand.class, SweepCommand.class, DiagnoseCommand.class, PredictCommand.class,
                CommandLine.HelpCommand.class})
public final class Neurite implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line with the given streams and returns the exit code (0 ok, 1 failure, 2 usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Neurite());
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
