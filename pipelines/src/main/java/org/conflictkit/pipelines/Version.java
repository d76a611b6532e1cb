package org.conflictkit.pipelines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The ConflictKit version of this build, taken from the Maven project at build time. */
public final class Version
{
    private static final String VERSION = read();

    private Version()
    {
    }

    public static String get()
    {
        return VERSION;
    }

    private static String read()
    {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
        catch (IOException e) {
            throw new UncheckedIOException("The build lacks its version.properties", e);
        }
    }
}
