package org.conflictkit.pipelines.cli;

import org.conflictkit.pipelines.Version;
import org.conflictkit.pipelines.corpus.IndexCommand;
import org.conflictkit.pipelines.corpus.QueryCommand;
import org.conflictkit.pipelines.inception.ExportInceptionCommand;
import org.conflictkit.pipelines.server.CalibrateScoresCommand;
import org.conflictkit.pipelines.server.CheckPredictCommand;
import org.conflictkit.pipelines.server.ServeCommand;
import org.conflictkit.pipelines.stress.StressCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code conflictkit} command. Exit codes: 0 success, 1 some documents failed or a quality
 * floor was missed, 2 unusable arguments or output folder.
 */
@Command(name = "conflictkit", mixinStandardHelpOptions = true,
        versionProvider = ConflictKitCommand.VersionProvider.class,
        description = "Tags weapons, casualty counts, locations and quoted officials in conflict news.",
        subcommands = { AnnotateCommand.class, EvaluateCommand.class, ExplainCommand.class,
                BenchmarkCommand.class,
                ServeCommand.class, ExportInceptionCommand.class, CheckPredictCommand.class,
                IndexCommand.class, QueryCommand.class,
                StressCommand.class, CalibrateScoresCommand.class,
                CommandLine.HelpCommand.class })
public final class ConflictKitCommand
{
    /** {@code conflictkit --version}: the version of this build. */
    static final class VersionProvider
        implements CommandLine.IVersionProvider
    {
        @Override
        public String[] getVersion()
        {
            return new String[] { "ConflictKit " + Version.get() };
        }
    }

    public static final int EXIT_FAILURES = 1;
    public static final int EXIT_USAGE = 2;

    public static void main(String[] args)
    {
        CommandLine commandLine = commandLine();
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(exitCode);
    }

    /** The command line with ConflictKit's exit codes, for {@code main} and for tests. */
    public static CommandLine commandLine()
    {
        CommandLine commandLine = new CommandLine(new ConflictKitCommand());
        commandLine.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            cl.getErr().println("error: " + (e.getMessage() != null ? e.getMessage() : e));
            return e instanceof IllegalArgumentException ? EXIT_USAGE : EXIT_FAILURES;
        });
        return commandLine;
    }
}
