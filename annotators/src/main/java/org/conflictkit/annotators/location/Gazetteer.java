package org.conflictkit.annotators.location;

import java.text.Normalizer;
import java.util.ArrayList;
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

    private final Map<String, Entry[]> index;
    private final Map<String, Place> countries;
    private final Map<String, Place> admin1;
    private final int placeCount;

    private Gazetteer(Map<String, Entry[]> index, Map<String, Place> countries,
            Map<String, Place> admin1, int placeCount)
    {
        this.index = index;
        this.countries = countries;
        this.admin1 = admin1;
        this.placeCount = placeCount;
    }

    /** The entries whose name has this key; empty when none. */
    public Entry[] lookup(String key)
    {
        return index.getOrDefault(key, NONE);
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
        return placeCount;
    }

    /** The lookup key of a name: lower case, without accents, letters and digits only. */
    public static String key(CharSequence name)
    {
        StringBuilder key = new StringBuilder(name.length());
        boolean ascii = true;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        CharSequence text = ascii ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
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
        private final List<String> names = new ArrayList<>();
        private final List<Integer> owners = new ArrayList<>();
        private final List<Boolean> primaries = new ArrayList<>();
        private final Map<String, Integer> countries = new HashMap<>();
        private final Map<String, Integer> admin1 = new HashMap<>();

        /** Adds a place under its name and returns its handle for further names. */
        public int add(Place place)
        {
            places.add(place);
            int handle = places.size() - 1;
            if (place.kind() == PlaceKind.COUNTRY && !place.admin1Code().isEmpty()) {
                throw new IllegalArgumentException("A country has no admin1 code: " + place);
            }
            if (place.kind() == PlaceKind.COUNTRY && place.source().startsWith("geonames")) {
                countries.put(place.countryCode(), handle);
            }
            else if (place.kind() == PlaceKind.REGION && place.source().startsWith("geonames")) {
                admin1.put(place.admin1Code(), handle);
            }
            addName(handle, place.name(), true);
            return handle;
        }

        public void addName(int handle, String name, boolean primary)
        {
            if (!key(name).isEmpty()) {
                names.add(name);
                owners.add(handle);
                primaries.add(primary);
            }
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
            Map<String, List<Entry>> grouped = new HashMap<>(names.size() * 2);
            for (int i = 0; i < names.size(); i++) {
                Place place = places.get(owners.get(i));
                List<Entry> entries = grouped.computeIfAbsent(key(names.get(i)),
                        k -> new ArrayList<>(1));
                boolean primary = primaries.get(i);
                int known = indexOf(entries, place);
                if (known < 0) {
                    entries.add(new Entry(place, primary));
                }
                else if (primary && !entries.get(known).primary()) {
                    entries.set(known, new Entry(place, true));
                }
            }
            Map<String, Entry[]> index = new HashMap<>(grouped.size() * 2);
            grouped.forEach((k, v) -> index.put(k, v.toArray(Entry[]::new)));
            Map<String, Place> countryMap = new HashMap<>();
            countries.forEach((k, v) -> countryMap.put(k, places.get(v)));
            Map<String, Place> admin1Map = new HashMap<>();
            admin1.forEach((k, v) -> admin1Map.put(k, places.get(v)));
            return new Gazetteer(index, countryMap, admin1Map, places.size());
        }

        private static int indexOf(List<Entry> entries, Place place)
        {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).place() == place) {
                    return i;
                }
            }
            return -1;
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
                float latitude = place.hasCoordinates() || sum[3] == 0 ? place.latitude()
                        : (float) (sum[0] / sum[3]);
                float longitude = place.hasCoordinates() || sum[3] == 0 ? place.longitude()
                        : (float) (sum[1] / sum[3]);
                long population = place.population() > 0 ? place.population() : (long) sum[2];
                places.set(handle.getValue(),
                        place.withStatistics(latitude, longitude, population));
            }
        }
    }
}
