package org.conflictkit.pipelines.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Runs the {@code conflictkit} command in-process and keeps what it printed. */
final class CommandTester
{
    final int exitCode;
    final String out;
    final String err;

    private CommandTester(int exitCode, String out, String err)
    {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    static CommandTester run(String... args)
    {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = ConflictKitCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandTester(exitCode, out.toString(), err.toString());
    }
}
