package org.conflictkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** Argument errors are reported before any Spark session starts. */
class SparkAnnotateCommandTest
{
    @Test
    void anUnknownPipelineIsAUsageError()
    {
        assertEquals("2 error: Unknown pipeline 'nope'; known pipelines: ",
                run("--input", "in", "--output", "out", "--pipeline", "nope").replaceAll(
                        "known pipelines: .*", "known pipelines: "));
    }

    @Test
    void anUnknownInputFormatIsAUsageError()
    {
        assertEquals("2 error: Unknown input format 'csv'; known input formats: text, jsonl",
                run("--input", "in", "--output", "out", "--input-format", "csv"));
    }

    /** The exit code and the first line of standard error. */
    private static String run(String... args)
    {
        StringWriter err = new StringWriter();
        CommandLine commandLine = SparkAnnotateCommand.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return exitCode + " " + err.toString().lines().findFirst().orElse("");
    }
}
