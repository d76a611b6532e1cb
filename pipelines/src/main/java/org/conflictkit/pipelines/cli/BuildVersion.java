package org.conflictkit.pipelines.cli;

import org.conflictkit.pipelines.BuildInfo;

import picocli.CommandLine.IVersionProvider;

/** The {@code --version} text of ConflictKit's commands: version, git commit, gazetteer date. */
public final class BuildVersion implements IVersionProvider
{
    @Override
    public String[] getVersion()
    {
        return BuildInfo.current().describe();
    }
}
