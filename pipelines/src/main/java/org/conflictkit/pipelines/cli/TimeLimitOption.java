package org.conflictkit.pipelines.cli;

import org.conflictkit.pipelines.run.BatchRunner;

import picocli.CommandLine.Option;

/** The {@code --max-seconds} option of the batch commands: the time limit per document. */
public final class TimeLimitOption
{
    @Option(names = "--max-seconds", paramLabel = "N", converter = PositiveInteger.class,
            defaultValue = "" + BatchRunner.DEFAULT_MAX_SECONDS,
            description = "Longest time spent reading and annotating one document, in seconds; a slower one fails alone (default: ${DEFAULT-VALUE}).")
    private int maxSeconds;

    public int maxSeconds()
    {
        return maxSeconds;
    }
}
