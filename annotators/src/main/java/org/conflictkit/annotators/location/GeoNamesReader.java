package org.conflictkit.annotators.location;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.conflictkit.annotators.lexicon.LexiconException;

/**
 * Reads GeoNames dump files into a {@link Gazetteer.Builder}: {@code countryInfo.txt},
 * {@code admin1CodesASCII.txt} (the compact gazetteer adds each division's point as two more
 * columns), optionally {@code admin2Codes.txt} (only the divisions whose name ends in a head
 * such as "County"; the compact gazetteer adds each one's point and population as three more
 * columns), a places file in the {@code allCountries.txt} /
 * {@code citiesNNN.txt} format, and optionally {@code alternateNamesV2.txt}. Any file may be
 * gzipped. From the places file it keeps populated places (feature class P) and takes GeoNames
 * ids and coordinates of first- and second-level divisions (ADM1, ADM2) and countries (PCL*);
 * from the alternate names it keeps English names and abbreviations of the places it holds, as
 * names news may use alone (the multilingual alternates of the places file need evidence).
 */
final class GeoNamesReader
{
    /** Opens a named dump file; returns null when there is none. */
    @FunctionalInterface
    interface Source
    {
        InputStream open(String fileName) throws IOException;
    }

    /**
     * "upon Tyne", "-on-Sea", "am Main", "-na-Donu": the river or sea a town's name ends with;
     * "Town": the word that sets a town apart from its borough ("Enfield Town").
     */
    private static final Pattern RIVER_OR_TOWN_SUFFIX = Pattern.compile(
            "[ -](?:upon|on|under|am|an der|sur|na)[ -]\\p{Lu}.*| Town$");

    private final Gazetteer.Builder builder;
    private final AdminNames adminNames;
    private final Map<Integer, Integer> byGeonamesId = new HashMap<>();
    /** The handles of the second-level divisions read, by code (CC.A1.A2). */
    private final Map<String, Integer> admin2 = new HashMap<>();
    /** Each first word of place names and its abbreviation, both ways ("saint" and "st"). */
    private final Map<String, String> nameAbbreviations;
    /** One string per second-level division code of the places: many places share one. */
    private final Map<String, String> admin2Codes = new HashMap<>();

    /**
     * @param adminNames
     *            derives the short forms news uses from official division names
     *            ("Sumy Oblast" -> "Sumy").
     * @param nameAbbreviations
     *            first words of place names and their abbreviations, both ways, lower case
     *            ("saint" -> "st", "st" -> "saint").
     */
    GeoNamesReader(Gazetteer.Builder builder, AdminNames adminNames,
            Map<String, String> nameAbbreviations)
    {
        this.builder = builder;
        this.adminNames = adminNames;
        this.nameAbbreviations = Map.copyOf(nameAbbreviations);
    }

    /** Reads the dump files of a source, places from the first of {@code placeFiles} present. */
    void read(Source source, List<String> placeFiles) throws IOException
    {
        readFile(source, "countryInfo.txt", this::countryLine, true);
        readFile(source, "admin1CodesASCII.txt", this::admin1Line, true);
        readFile(source, "admin2Codes.txt", this::admin2Line, false);
        boolean placesRead = false;
        for (String placeFile : placeFiles) {
            if (!placesRead && readFile(source, placeFile, this::placeLine, false)) {
                placesRead = true;
            }
        }
        if (!placesRead) {
            throw new LexiconException("No GeoNames places file found; looked for " + placeFiles);
        }
        readFile(source, "alternateNamesV2.txt", this::alternateNameLine, false);
    }

    @FunctionalInterface
    private interface LineHandler
    {
        void handle(String[] fields);
    }

    private boolean readFile(Source source, String fileName, LineHandler handler,
            boolean required)
        throws IOException
    {
        InputStream in = source.open(fileName);
        if (in == null) {
            in = source.open(fileName + ".gz");
            if (in != null) {
                in = new GZIPInputStream(in, 1 << 16);
            }
        }
        else if (fileName.endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        if (in == null) {
            if (required) {
                throw new LexiconException("Missing GeoNames file " + fileName);
            }
            return false;
        }
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                try {
                    handler.handle(line.split("\t", -1));
                }
                catch (RuntimeException e) {
                    throw new LexiconException(fileName + ":" + lineNumber + ": cannot read line ("
                            + e.getMessage() + ")", e);
                }
            }
        }
        return true;
    }

    /**
     * countryInfo.txt: ISO, ISO3, numeric, fips, name, capital, area, population, ..., geonameid
     * at 16.
     */
    private void countryLine(String[] f)
    {
        need(f, 17);
        int id = parseInt(f[16]);
        int handle = builder.add(new Place(id, f[4], PlaceKind.COUNTRY, f[0], "", "",
                Float.NaN, Float.NaN, parseLong(f[7]), "geonames:country"));
        remember(id, handle);
    }

    /**
     * admin1CodesASCII.txt: code (CC.XX), name, ascii name, geonameid, and in the compact
     * gazetteer the latitude and longitude of the division's point.
     */
    private void admin1Line(String[] f)
    {
        need(f, 4);
        String code = f[0];
        int dot = code.indexOf('.');
        if (dot != 2) {
            throw new IllegalArgumentException("admin1 code is not CC.XX: " + code);
        }
        boolean located = f.length >= 6 && !f[4].isEmpty();
        int id = parseInt(f[3]);
        int handle = builder.add(new Place(id, f[1], PlaceKind.REGION, code.substring(0, 2), code,
                "", located ? Float.parseFloat(f[4]) : Float.NaN,
                located ? Float.parseFloat(f[5]) : Float.NaN, 0, "geonames:ADM1"));
        for (String name : List.of(f[1], f[2])) {
            builder.addName(handle, name, true);
            builder.addName(handle, adminNames.shortForm(name), true);
            String directional = AdminNames.directionalForm(adminNames.shortForm(name));
            if (directional != null) {
                builder.addName(handle, directional, true);
            }
        }
        remember(id, handle);
    }

    /**
     * admin2Codes.txt: code (CC.A1.A2), name, ascii name, geonameid, and in the compact
     * gazetteer latitude, longitude and population. Only names with a head are kept, whole.
     */
    private void admin2Line(String[] f)
    {
        need(f, 4);
        String code = f[0];
        int second = code.indexOf('.', 3);
        if (code.indexOf('.') != 2 || second < 0 || !adminNames.isWholeAdmin2Name(f[1])) {
            return;
        }
        boolean located = f.length >= 7 && !f[4].isEmpty();
        int id = parseInt(f[3]);
        int handle = builder.add(new Place(id, f[1], PlaceKind.REGION, code.substring(0, 2),
                code.substring(0, second), code, located ? Float.parseFloat(f[4]) : Float.NaN,
                located ? Float.parseFloat(f[5]) : Float.NaN, located ? parseLong(f[6]) : 0,
                "geonames:ADM2"));
        builder.addName(handle, f[2], true);
        admin2.put(code, handle);
        remember(id, handle);
    }

    /** The 19 columns of allCountries.txt and citiesNNN.txt. */
    private void placeLine(String[] f)
    {
        need(f, 15);
        int id = parseInt(f[0]);
        String featureClass = f[6];
        String featureCode = f[7];
        float latitude = Float.parseFloat(f[4]);
        float longitude = Float.parseFloat(f[5]);
        if (featureClass.equals("P")) {
            String admin1Code = f[10].isEmpty() ? "" : f[8] + "." + f[10];
            String admin2Code = admin1Code.isEmpty() || f[11].isEmpty() ? ""
                    : admin2Codes.computeIfAbsent(admin1Code + "." + f[11], code -> code);
            int handle = builder.add(new Place(id, f[1], PlaceKind.CITY, f[8], admin1Code,
                    admin2Code, latitude, longitude, parseLong(f[14]),
                    "geonames:" + featureCode));
            builder.addName(handle, f[2], true);
            if (!f[3].isEmpty()) {
                addAlternateNames(handle, f[1], f[3].split(","));
            }
            remember(id, handle);
        }
        else if (featureCode.equals("ADM1")) {
            locate(builder.admin1(f[8] + "." + f[10]), id, latitude, longitude);
        }
        else if (featureCode.equals("ADM2")) {
            locate(admin2.getOrDefault(f[8] + "." + f[10] + "." + f[11], -1), id, latitude,
                    longitude);
        }
        else if (featureCode.startsWith("PCL")) {
            locate(builder.country(f[8]), id, latitude, longitude);
        }
    }

    /**
     * An alternate name that is the own name with its first word abbreviated or written out
     * ("St. Paul" for Saint Paul, Minnesota), or without the river or sea it lies on
     * ("Newcastle" for Newcastle upon Tyne) or the word "Town" ("Enfield" for Enfield Town), is
     * the place's own name too.
     */
    private void addAlternateNames(int handle, String name, String[] alternates)
    {
        String otherForm = Gazetteer.key(firstWordOtherForm(name));
        String shortForm = Gazetteer.key(withoutRiverOrTown(name));
        boolean hasOwnForms = !otherForm.isEmpty() || !shortForm.isEmpty();
        for (String alternate : alternates) {
            String key = hasOwnForms ? Gazetteer.key(alternate) : "";
            builder.addName(handle, alternate, !key.isEmpty()
                    && (key.equals(otherForm) || key.equals(shortForm)));
        }
    }

    /** The name without the river, sea or "Town" it ends with, or "" where it has none. */
    private static String withoutRiverOrTown(String name)
    {
        Matcher matcher = RIVER_OR_TOWN_SUFFIX.matcher(name);
        return matcher.find() && matcher.start() > 0 ? name.substring(0, matcher.start()) : "";
    }

    /**
     * The name with its first word written the other way, "st Paul" for "Saint Paul" and "saint
     * Paul" for "St. Paul", or "" where the first word has no abbreviation.
     */
    private String firstWordOtherForm(String name)
    {
        int space = name.indexOf(' ');
        if (space < 0) {
            return "";
        }
        String first = Gazetteer.key(name.substring(0, space));
        String other = nameAbbreviations.get(first);
        return other == null ? "" : other + name.substring(space);
    }

    /** alternateNamesV2.txt: id, geonameid, language, name, preferred, short, colloquial, ... */
    private void alternateNameLine(String[] f)
    {
        need(f, 7);
        String language = f[2];
        if (!(language.equals("en") || language.equals("abbr")) || f[6].equals("1")) {
            return;
        }
        Integer handle = byGeonamesId.get(parseInt(f[1]));
        if (handle != null) {
            builder.addName(handle, f[3], true);
        }
    }

    private void locate(int handle, int id, float latitude, float longitude)
    {
        if (handle >= 0) {
            builder.replace(handle, builder.place(handle).withId(id, latitude, longitude));
            remember(id, handle);
        }
    }

    private void remember(int id, int handle)
    {
        if (id > 0) {
            byGeonamesId.put(id, handle);
        }
    }

    private static void need(String[] fields, int count)
    {
        if (fields.length < count) {
            throw new IllegalArgumentException(
                    "expected at least " + count + " tab-separated columns, found " + fields.length);
        }
    }

    private static int parseInt(String value)
    {
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }

    private static long parseLong(String value)
    {
        return value.isEmpty() ? 0 : Long.parseLong(value);
    }
}
