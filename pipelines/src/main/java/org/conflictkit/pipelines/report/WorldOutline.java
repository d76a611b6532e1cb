package org.conflictkit.pipelines.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Country outlines for the report's maps: Natural Earth's 1:50m Admin 0 boundaries (public
 * domain), simplified to about 2 km by {@code tools/worldmap/build_outlines.py}. Loaded once per
 * JVM.
 */
final class WorldOutline
{
    private static final String RESOURCE = "countries.txt.gz";

    /**
     * A country (or an area Natural Earth draws apart) with its rings as longitude, latitude
     * pairs and its bounding box.
     *
     * @param code
     *            ISO 3166-1 alpha-2, or "-" for areas without one.
     */
    record Country(String code, String name, List<float[]> rings, Box box)
    {
    }

    /** A longitude, latitude box. */
    record Box(double west, double south, double east, double north)
    {
        boolean intersects(Box other)
        {
            return west <= other.east && other.west <= east && south <= other.north
                    && other.south <= north;
        }
    }

    private static final class Holder
    {
        static final List<Country> COUNTRIES = load();
    }

    private WorldOutline()
    {
    }

    static List<Country> countries()
    {
        return Holder.COUNTRIES;
    }

    private static List<Country> load()
    {
        List<Country> countries = new ArrayList<>();
        try (InputStream in = WorldOutline.class.getResourceAsStream(RESOURCE);
                BufferedReader lines = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] columns = line.split("\t");
                List<float[]> rings = new ArrayList<>();
                double west = 180, south = 90, east = -180, north = -90;
                for (String ringText : columns[2].split(";")) {
                    String[] points = ringText.split(" ");
                    float[] ring = new float[points.length * 2];
                    for (int i = 0; i < points.length; i++) {
                        int comma = points[i].indexOf(',');
                        ring[2 * i] = Float.parseFloat(points[i].substring(0, comma));
                        ring[2 * i + 1] = Float.parseFloat(points[i].substring(comma + 1));
                        west = Math.min(west, ring[2 * i]);
                        east = Math.max(east, ring[2 * i]);
                        south = Math.min(south, ring[2 * i + 1]);
                        north = Math.max(north, ring[2 * i + 1]);
                    }
                    rings.add(ring);
                }
                countries.add(new Country(columns[0], columns[1], rings,
                        new Box(west, south, east, north)));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
        }
        return List.copyOf(countries);
    }
}
