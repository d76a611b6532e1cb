package org.conflictkit.pipelines.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the batch commands: engine instances run in parallel. */
public final class ThreadsOption
{
    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", converter = PositiveInteger.class,
            description = "Documents annotated in parallel, one engine instance each (default: ${DEFAULT-VALUE}).")
    private int threads;

    public int threads()
    {
        return threads;
    }
}
