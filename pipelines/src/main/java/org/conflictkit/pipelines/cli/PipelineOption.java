package org.conflictkit.pipelines.cli;

import org.conflictkit.pipelines.Pipelines;

import picocli.CommandLine.Option;

/** The {@code --pipeline} option of every command that runs one preset. */
public final class PipelineOption
{
    @Option(names = "--pipeline", paramLabel = "NAME", defaultValue = Pipelines.DEFAULT,
            description = "Pipeline preset (default: ${DEFAULT-VALUE}); 'conflictkit annotate --list-pipelines' lists them.")
    private String name;

    public String name()
    {
        return name;
    }
}
