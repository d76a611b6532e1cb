package org.conflictkit.annotators.location;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable name index over places. Names are looked up by {@link #key(CharSequence) key}:
 * lower case, accents and everything but letters and digits removed, so "Ryazan’", "Al-Hosh" and
 * "Tel Aviv" match the tokens of any spelling that differs only in spaces, hyphens and
 * apostrophes. Build one with {@link Builder}.
 */
public final class Gazetteer
{
    /** A place under one of its names; {@code primary} is false for alternate names. */
    public record Entry(Place place, boolean primary)
    {
    }

    private static final Entry[] NONE = new Entry[0];

    /** Base letters of the Latin-1 and Latin Extended-A/B letters, by code point; 0 = none. */
    private static final char[] FOLDED = new char[0x250];

    static {
        for (char c = 0xC0; c < FOLDED.length; c++) {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            FOLDED[c] = Character.isLetter(base.charAt(0)) ? base.charAt(0) : 0;
        }
    }

    /** Per key, the places named so: handle * 2 + 1 for a primary name, handle * 2 otherwise. */
    private final Map<String, int[]> index;
    private final Place[] places;
    private final Map<String, Place> countries;
    private final Map<String, Place> admin1;

    private Gazetteer(Map<String, int[]> index, Place[] places, Map<String, Place> countries,
            Map<String, Place> admin1)
    {
        this.index = index;
        this.places = places;
        this.countries = countries;
        this.admin1 = admin1;
    }

    /** The entries whose name has this key; empty when none. */
    public Entry[] lookup(String key)
    {
        int[] codes = index.get(key);
        if (codes == null) {
            return NONE;
        }
        Entry[] entries = new Entry[codes.length];
        for (int i = 0; i < codes.length; i++) {
            entries[i] = new Entry(places[codes[i] >>> 1], (codes[i] & 1) == 1);
        }
        return entries;
    }

    /** Whether some place has a name with this key. */
    public boolean contains(String key)
    {
        return index.containsKey(key);
    }

    /** The country with this ISO 3166-1 alpha-2 code, or null. */
    public Place country(String countryCode)
    {
        return countries.get(countryCode);
    }

    /** The first-level division with this GeoNames code ({@code UA.21}), or null. */
    public Place admin1(String admin1Code)
    {
        return admin1.get(admin1Code);
    }

    public int size()
    {
        return places.length;
    }

    /** The lookup key of a name: lower case, without accents, letters and digits only. */
    public static String key(CharSequence name)
    {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    key.append(Character.toLowerCase(c));
                }
            }
            else if (c < FOLDED.length) {
                if (FOLDED[c] != 0) {
                    key.append(Character.toLowerCase(FOLDED[c]));
                }
            }
            else if (Character.isLetterOrDigit(c)) {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                key.append(Character.toLowerCase(base.charAt(0)));
            }
        }
        return key.toString();
    }

    /**
     * Collects places and names. Countries and first-level divisions without population get the
     * summed population of their populated places, and those without coordinates the middle of
     * their places' extent ({@link Builder#extentMiddle}).
     */
    public static final class Builder
    {
        /** The share of a division's places left out at each end of its extent. */
        static final float EXTENT_TRIM = 0.02f;

        private final List<Place> places = new ArrayList<>();
        private final Map<String, int[]> index = new HashMap<>(1 << 20);
        private final Map<String, Integer> countries = new HashMap<>();
        private final Map<String, Integer> admin1 = new HashMap<>();

        /** Adds a place under its name and returns its handle for further names. */
        public int add(Place place)
        {
            places.add(place);
            int handle = places.size() - 1;
            boolean geonames = place.source().startsWith("geonames");
            if (place.kind() == PlaceKind.COUNTRY && geonames) {
                countries.put(place.countryCode(), handle);
            }
            else if (place.source().equals("geonames:ADM1")) {
                admin1.put(place.admin1Code(), handle);
            }
            addName(handle, place.name(), true);
            return handle;
        }

        /** Adds a name of a place; a place named twice under one key keeps its best entry. */
        public void addName(int handle, String name, boolean primary)
        {
            if (name.isEmpty()) {
                return;
            }
            String key = key(name);
            if (key.isEmpty()) {
                return;
            }
            int code = handle * 2 + (primary ? 1 : 0);
            int[] codes = index.get(key);
            if (codes == null) {
                index.put(key, new int[] { code });
                return;
            }
            for (int i = 0; i < codes.length; i++) {
                if (codes[i] >>> 1 == handle) {
                    codes[i] |= code & 1;
                    return;
                }
            }
            int[] grown = Arrays.copyOf(codes, codes.length + 1);
            grown[codes.length] = code;
            index.put(key, grown);
        }

        /**
         * The GeoNames id of the one GeoNames place of this kind and country that has this as
         * its own name ("Crimea", the division UA.11); 0 when there is none or more than one.
         */
        public int geonamesIdOf(String name, PlaceKind kind, String countryCode)
        {
            int found = 0;
            for (int code : index.getOrDefault(key(name), new int[0])) {
                Place place = places.get(code >>> 1);
                if ((code & 1) == 1 && place.kind() == kind
                        && place.countryCode().equals(countryCode)
                        && place.source().startsWith("geonames") && place.geonamesId() > 0) {
                    if (found != 0 && found != place.geonamesId()) {
                        return 0;
                    }
                    found = place.geonamesId();
                }
            }
            return found;
        }

        /** The handle of the GeoNames country with this code, or -1. */
        public int country(String countryCode)
        {
            return countries.getOrDefault(countryCode, -1);
        }

        /** The codes of the GeoNames countries added so far. */
        public Set<String> countryCodes()
        {
            return Set.copyOf(countries.keySet());
        }

        /** The handle of the GeoNames first-level division with this code, or -1. */
        public int admin1(String admin1Code)
        {
            return admin1.getOrDefault(admin1Code, -1);
        }

        public Place place(int handle)
        {
            return places.get(handle);
        }

        public void replace(int handle, Place place)
        {
            places.set(handle, place);
        }

        public Gazetteer build()
        {
            fillStatistics();
            Map<String, Place> countryMap = new HashMap<>();
            countries.forEach((k, v) -> countryMap.put(k, places.get(v)));
            Map<String, Place> admin1Map = new HashMap<>();
            admin1.forEach((k, v) -> admin1Map.put(k, places.get(v)));
            return new Gazetteer(index, places.toArray(Place[]::new), countryMap, admin1Map);
        }

        /**
         * Summed population of each country's and division's places, and for those without a
         * point the middle of their places' extent ({@link #extentMiddle}).
         */
        private void fillStatistics()
        {
            Map<String, Statistics> statistics = new HashMap<>();
            for (Place place : places) {
                if (place.kind() == PlaceKind.CITY && place.hasCoordinates()) {
                    statistics.computeIfAbsent(place.countryCode(), k -> new Statistics())
                            .add(place);
                    if (!place.admin1Code().isEmpty()) {
                        statistics.computeIfAbsent(place.admin1Code(), k -> new Statistics())
                                .add(place);
                    }
                }
            }
            fill(countries, statistics);
            fill(admin1, statistics);
        }

        private void fill(Map<String, Integer> handles, Map<String, Statistics> statistics)
        {
            for (Map.Entry<String, Integer> handle : handles.entrySet()) {
                Place place = places.get(handle.getValue());
                Statistics of = statistics.getOrDefault(handle.getKey(), new Statistics());
                float[] point = place.hasCoordinates() || of.latitudes.isEmpty()
                        ? new float[] { place.latitude(), place.longitude() }
                        : extentMiddle(of.latitudes.toArray(), of.longitudes.toArray());
                long population = place.population() > 0 ? place.population() : of.population;
                places.set(handle.getValue(),
                        place.withStatistics(point[0], point[1], population));
            }
        }

        /**
         * The middle of the places' latitudes and longitudes, each trimmed of
         * {@link #EXTENT_TRIM} of the places at either end, so that a far-off island or a
         * misplaced village does not move it; longitudes are also read from 0 to 360 degrees
         * and the narrower extent is kept, so that a division across the antimeridian stays
         * whole. Unlike the mean position, which lies where most places are, this lies near
         * the middle of a large, unevenly settled division. tools/gazetteer/build_gazetteer.py
         * places the divisions of the compact gazetteer the same way.
         */
        static float[] extentMiddle(float[] latitudes, float[] longitudes)
        {
            int cut = (int) (latitudes.length * EXTENT_TRIM);
            int last = latitudes.length - 1 - cut;
            float[] west = longitudes.clone();
            float[] east = new float[longitudes.length];
            for (int i = 0; i < longitudes.length; i++) {
                east[i] = longitudes[i] < 0 ? longitudes[i] + 360 : longitudes[i];
            }
            float[] lats = latitudes.clone();
            Arrays.sort(lats);
            Arrays.sort(west);
            Arrays.sort(east);
            float[] lons = east[last] - east[cut] < west[last] - west[cut] ? east : west;
            float longitude = (lons[cut] + lons[last]) / 2;
            return new float[] { (lats[cut] + lats[last]) / 2,
                    longitude >= 180 ? longitude - 360 : longitude };
        }

        /** The coordinates and summed population of one country's or division's places. */
        private static final class Statistics
        {
            final FloatList latitudes = new FloatList();
            final FloatList longitudes = new FloatList();
            long population;

            void add(Place place)
            {
                latitudes.add(place.latitude());
                longitudes.add(place.longitude());
                population += place.population();
            }
        }

        /** A growable list of floats, without boxing. */
        private static final class FloatList
        {
            private float[] values = new float[8];
            private int size;

            void add(float value)
            {
                if (size == values.length) {
                    values = Arrays.copyOf(values, size * 2);
                }
                values[size++] = value;
            }

            boolean isEmpty()
            {
                return size == 0;
            }

            float[] toArray()
            {
                return Arrays.copyOf(values, size);
            }
        }
    }
}
