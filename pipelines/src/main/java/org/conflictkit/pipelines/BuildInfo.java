package org.conflictkit.pipelines;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What was built: the release version, the git commit of the sources and the date of the bundled
 * GeoNames gazetteer's data, so a user can tell exactly which build answered. The command line's
 * version option prints it; a server reports the same record.
 *
 * @param version the project version, for example {@code 0.2.0}
 * @param commit the abbreviated git commit, or {@value #UNKNOWN} when built without git history
 * @param gazetteerDataDate the latest modification date of the bundled GeoNames records
 *        ({@code yyyy-MM-dd}), or {@value #UNKNOWN}
 */
public record BuildInfo(String version, String commit, String gazetteerDataDate)
{
    public static final String UNKNOWN = "unknown";

    /** Written by the Maven build (filtered resource). */
    static final String BUILD_RESOURCE = "org/conflictkit/pipelines/build-info.properties";
    /** Written by tools/gazetteer/build_gazetteer.py beside the gazetteer it builds. */
    static final String GAZETTEER_RESOURCE =
            "org/conflictkit/annotators/location/geonames/gazetteer.properties";

    private static final BuildInfo CURRENT = read();

    /** The build this code belongs to. */
    public static BuildInfo current()
    {
        return CURRENT;
    }

    /** The lines of {@code conflictkit --version}. */
    public String[] describe()
    {
        return new String[] { "ConflictKit " + version, "commit " + commit,
                "gazetteer data (GeoNames) " + gazetteerDataDate };
    }

    private static BuildInfo read()
    {
        Properties build = properties(BUILD_RESOURCE);
        Properties gazetteer = properties(GAZETTEER_RESOURCE);
        return new BuildInfo(value(build, "version"), value(build, "commit"),
                value(gazetteer, "dataDate"));
    }

    private static Properties properties(String resource)
    {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        }
        catch (IOException e) {
            // An unreadable resource leaves the values unknown; the version option must not fail.
        }
        return properties;
    }

    /** A value, or {@value #UNKNOWN} when missing or left unfiltered (built outside Maven). */
    private static String value(Properties properties, String key)
    {
        String value = properties.getProperty(key, "").trim();
        return value.isEmpty() || value.startsWith("${") ? UNKNOWN : value;
    }
}
