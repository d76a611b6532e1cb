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
     * Collects places and names. Countries and first-level divisions without coordinates or
     * population get the mean position and the summed population of their populated places.
     */
    public static final class Builder
    {
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

        /** Mean coordinates and summed population of each country's and division's places. */
        private void fillStatistics()
        {
            Map<String, double[]> sums = new HashMap<>();
            for (Place place : places) {
                if (place.kind() == PlaceKind.CITY && place.hasCoordinates()) {
                    accumulate(sums, place.countryCode(), place);
                    if (!place.admin1Code().isEmpty()) {
                        accumulate(sums, place.admin1Code(), place);
                    }
                }
            }
            fill(countries, sums);
            fill(admin1, sums);
        }

        private static void accumulate(Map<String, double[]> sums, String code, Place place)
        {
            double[] sum = sums.computeIfAbsent(code, k -> new double[4]);
            sum[0] += place.latitude();
            sum[1] += place.longitude();
            sum[2] += place.population();
            sum[3]++;
        }

        private void fill(Map<String, Integer> handles, Map<String, double[]> sums)
        {
            for (Map.Entry<String, Integer> handle : handles.entrySet()) {
                Place place = places.get(handle.getValue());
                double[] sum = sums.getOrDefault(handle.getKey(), new double[4]);
                boolean computed = !place.hasCoordinates() && sum[3] > 0;
                float latitude = computed ? (float) (sum[0] / sum[3]) : place.latitude();
                float longitude = computed ? (float) (sum[1] / sum[3]) : place.longitude();
                long population = place.population() > 0 ? place.population() : (long) sum[2];
                places.set(handle.getValue(),
                        place.withStatistics(latitude, longitude, population));
            }
        }
    }
}
