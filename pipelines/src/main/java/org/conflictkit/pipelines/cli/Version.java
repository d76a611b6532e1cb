package org.conflictkit.pipelines.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * ConflictKit's version: the {@code Implementation-Version} the build writes into the jar's
 * manifest from the project version, {@code development} when running from compiled classes.
 */
public final class Version
    implements IVersionProvider
{
    public static String current()
    {
        String version = Version.class.getPackage().getImplementationVersion();
        return version != null ? version : "development";
    }

    @Override
    public String[] getVersion()
    {
        return new String[] { "ConflictKit " + current() };
    }
}
