package org.conflictkit.annotators.location;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.conflictkit.annotators.lexicon.LexiconException;
import org.conflictkit.annotators.lexicon.LexiconLine;
import org.conflictkit.annotators.lexicon.ListIndex;
import org.conflictkit.annotators.lexicon.TokenTrie;
import org.conflictkit.annotators.segment.NewsSegmenter;
import org.conflictkit.annotators.text.EnglishPlural;

/**
 * Everything the location engine looks up, loaded once per JVM: the GeoNames gazetteer (the
 * compact one in the jar or full dumps from a folder) and the curated lists indexed by
 * {@code lists.def}. Immutable once loaded.
 */
final class LocationResources
{
    private static final String SHIPPED_GEONAMES = "org/conflictkit/annotators/location/geonames/";

    /** What a list holds, declared per file in {@code lists.def}; the README says more. */
    enum Kind
    {
        COUNTRY_NAME, PLACE, ADMIN1_DESIGNATOR, FACILITY_HEAD, REGION_HEAD, FEATURE_HEAD,
        FEATURE_PREFIX, SETTLEMENT_HEAD, REGION_CUE, EVIDENCE_BEFORE, NAME_PREPOSITION,
        PERSON_TITLE, GIVEN_NAME, DEMONYM, ORGANISATION, NOT_PLACE, COMMON_WORD,
        PLURAL_REGION_WORD, DIRECTION, ACTOR_COMPOUND, NAME_PARTICLE, PLACE_OF_HEAD, ADMIN2_HEAD,
        STREET_HEAD, GIVEN_NAME_UNLESS_PLACE,
        ORGANISATION_HEAD, ADMIN1_ABBREVIATION, COUNTRY_DEMONYM, NAME_ABBREVIATION, MEDIA_NOUN
    }

    /**
     * What an abbreviation after a place name stands for ("Ga.", "GA"): the first-level
     * divisions (more than one for "WA", "NT"); {@code dotted} when written with periods.
     */
    record DivisionAbbreviation(List<Place> divisions, boolean dotted)
    {
    }

    final Gazetteer gazetteer;
    /** Keys ({@link Gazetteer#key}) of organisation names that are never split into places. */
    final Set<String> organisations;
    final TokenTrie<String> facilityHeads = new TokenTrie<>();
    final TokenTrie<String> regionHeads = new TokenTrie<>();
    final TokenTrie<String> featureHeads = new TokenTrie<>();
    final TokenTrie<String> streetHeads = new TokenTrie<>();
    /** Lower-case nouns after the name of a news medium ("news agency", "newspaper"). */
    final TokenTrie<String> mediaNouns = new TokenTrie<>();
    final Set<String> featurePrefixes;
    final TokenTrie<PlaceKind> settlementHeads = new TokenTrie<>();
    final Set<String> regionCues;
    final Set<String> namePrepositions;
    final Set<String> evidenceBefore;
    final Set<String> personTitles;
    final Set<String> givenNames;
    final Set<String> organisationHeads;
    /** Keys of given names that count only where they name no larger place. */
    private final Set<String> givenNamesUnlessPlace;
    final Set<String> demonyms;
    /** The country of each adjective of one nationality ("French": FR), by key. */
    final Map<String, String> countryDemonyms = new HashMap<>();
    final Set<String> notPlaces;
    final Set<String> commonWords;
    final Set<String> pluralRegionWords;
    /**
     * The one-word heads of second-level division names ({@code ADMIN2_HEAD}: "county"), by
     * themselves and by their English plurals ("counties" -> "county").
     */
    final Map<String, String> admin2HeadsByForm = new HashMap<>();
    final Set<String> directions;
    final Set<String> actorCompounds;
    final Set<String> nameParticles;
    final Set<String> placeOfHeads;
    /** Abbreviations of first-level divisions, by their lower-case tokens ("ga", "."). */
    final TokenTrie<DivisionAbbreviation> divisionAbbreviations = new TokenTrie<>();

    private final ListIndex<Kind> lists;

    private LocationResources(ListIndex<Kind> lists, String gazetteerDirectory) throws IOException
    {
        this.lists = lists;
        List<String> prefixes = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        for (String[] line : entries(Kind.ADMIN1_DESIGNATOR, 2)) {
            switch (line[0]) {
                case "prefix" -> prefixes.add(line[1]);
                case "suffix" -> suffixes.add(line[1]);
                default -> throw new LexiconException(line[line.length - 1]
                        + ": expected 'prefix' or 'suffix', found '" + line[0] + "'");
            }
        }
        List<String> admin2Heads = new ArrayList<>();
        for (String[] line : entries(Kind.ADMIN2_HEAD, 1)) {
            String head = line[0].toLowerCase(Locale.ROOT);
            admin2Heads.add(head);
            if (!head.contains(" ") && !head.startsWith("-")) {
                admin2HeadsByForm.put(head, head);
                admin2HeadsByForm.put(EnglishPlural.of(head), head);
            }
        }
        Map<String, String> nameAbbreviations = new HashMap<>();
        for (String[] line : entries(Kind.NAME_ABBREVIATION, 2)) {
            nameAbbreviations.put(line[0], line[1]);
            nameAbbreviations.put(line[1], line[0]);
        }
        Gazetteer.Builder builder = new Gazetteer.Builder();
        GeoNamesReader reader = new GeoNamesReader(builder,
                new AdminNames(prefixes, suffixes, admin2Heads), nameAbbreviations);
        if (gazetteerDirectory == null || gazetteerDirectory.isBlank()) {
            reader.read(LocationResources::openShipped, List.of("cities.txt.gz"));
        }
        else {
            Path folder = Path.of(gazetteerDirectory);
            reader.read(name -> Files.isRegularFile(folder.resolve(name))
                    ? Files.newInputStream(folder.resolve(name)) : null, placeFiles(folder));
        }
        addCountryNames(builder);
        addFormalCountryNames(builder, builder.countryCodes());
        addCuratedPlaces(builder);
        gazetteer = builder.build();

        organisations = keys(Kind.ORGANISATION);
        for (String[] line : entries(Kind.FACILITY_HEAD, 1)) {
            facilityHeads.put(tokens(line[0]), line[0]);
        }
        for (String[] line : entries(Kind.REGION_HEAD, 1)) {
            regionHeads.put(tokens(line[0]), line[0]);
        }
        for (String[] line : entries(Kind.FEATURE_HEAD, 1)) {
            featureHeads.put(tokens(line[0]), line[0]);
        }
        for (String[] line : entries(Kind.STREET_HEAD, 1)) {
            streetHeads.put(tokens(line[0]), line[0]);
        }
        for (String[] line : entries(Kind.MEDIA_NOUN, 1)) {
            mediaNouns.put(tokens(line[0]), line[0]);
        }
        for (String[] line : entries(Kind.SETTLEMENT_HEAD, 2)) {
            settlementHeads.put(tokens(line[0]), kind(line[1], line[2]));
        }
        featurePrefixes = lowerCase(Kind.FEATURE_PREFIX);
        regionCues = lowerCase(Kind.REGION_CUE);
        namePrepositions = lowerCase(Kind.NAME_PREPOSITION);
        evidenceBefore = lowerCase(Kind.EVIDENCE_BEFORE);
        personTitles = lowerCase(Kind.PERSON_TITLE);
        givenNames = keys(Kind.GIVEN_NAME);
        givenNamesUnlessPlace = keys(Kind.GIVEN_NAME_UNLESS_PLACE);
        organisationHeads = lowerCase(Kind.ORGANISATION_HEAD);
        Set<String> allDemonyms = new HashSet<>(keys(Kind.DEMONYM));
        for (String[] line : entries(Kind.COUNTRY_DEMONYM, 2)) {
            if (!line[0].matches("[A-Z]{2}")) {
                throw new LexiconException(line[2] + ": bad country code '" + line[0] + "'");
            }
            countryDemonyms.put(Gazetteer.key(line[1]), line[0]);
            allDemonyms.add(Gazetteer.key(line[1]));
        }
        demonyms = Set.copyOf(allDemonyms);
        notPlaces = keys(Kind.NOT_PLACE);
        commonWords = lowerCase(Kind.COMMON_WORD);
        pluralRegionWords = lowerCase(Kind.PLURAL_REGION_WORD);
        directions = lowerCase(Kind.DIRECTION);
        actorCompounds = lowerCase(Kind.ACTOR_COMPOUND);
        nameParticles = lowerCase(Kind.NAME_PARTICLE);
        placeOfHeads = lowerCase(Kind.PLACE_OF_HEAD);
        addDivisionAbbreviations();
    }

    /**
     * The abbreviations of {@code ADMIN1_ABBREVIATION} lists, tokenised as the segmenter cuts
     * the text ("W.Va." gives W, ., Va, .); a division a partial GeoNames dump lacks is left out.
     */
    private void addDivisionAbbreviations()
    {
        Map<List<String>, List<Place>> divisions = new LinkedHashMap<>();
        for (String[] line : entries(Kind.ADMIN1_ABBREVIATION, 2)) {
            if (!line[1].matches("[A-Z]{2}\\.[A-Z0-9]+")) {
                throw new LexiconException(line[2] + ": bad division code '" + line[1] + "'");
            }
            List<String> tokens = NewsSegmenter.tokens(line[0]).stream()
                    .map(t -> t.toLowerCase(Locale.ROOT)).toList();
            List<Place> places = divisions.computeIfAbsent(tokens, t -> new ArrayList<>());
            Place division = gazetteer.admin1(line[1]);
            if (division != null && !places.contains(division)) { // "W.Va." and "W. Va."
                places.add(division);
            }
        }
        divisions.forEach((tokens, places) -> {
            if (!places.isEmpty()) {
                divisionAbbreviations.put(tokens,
                        new DivisionAbbreviation(List.copyOf(places),
                                tokens.stream().anyMatch(t -> t.contains("."))));
            }
        });
    }

    /**
     * The keys of given names: those listed as such, and those of the large list that name no
     * country, first-level division, curated place or populated place of at least
     * {@code minPopulation} ("Lisa", "Gregory", but not "Austin").
     */
    Set<String> givenNames(long minPopulation)
    {
        Set<String> result = new HashSet<>(givenNames);
        for (String key : givenNamesUnlessPlace) {
            boolean place = false;
            for (Gazetteer.Entry entry : gazetteer.lookup(key)) {
                Place found = entry.place();
                place |= found.kind() != PlaceKind.CITY || found.source().startsWith("curated")
                        || found.population() >= minPopulation;
            }
            if (!place) {
                result.add(key);
            }
        }
        return Set.copyOf(result);
    }

    /**
     * The resources of a lexicon index and a gazetteer folder (null: the compact gazetteer in
     * the jar).
     *
     * @param name
     *            the index's location as given, for error messages.
     */
    static LocationResources load(String name, URL index, String gazetteerDirectory)
            throws IOException
    {
        return new LocationResources(ListIndex.read(name, index, Kind.class), gazetteerDirectory);
    }

    /** allCountries.txt first, then the largest citiesNNN.txt (fewest inhabitants). */
    private static List<String> placeFiles(Path folder) throws IOException
    {
        List<String> files = new ArrayList<>(List.of("allCountries.txt"));
        try (Stream<Path> listing = Files.list(folder)) {
            listing.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("cities\\d+\\.txt(\\.gz)?"))
                    .sorted((a, b) -> Integer.compare(population(a), population(b)))
                    .forEach(files::add);
        }
        return files;
    }

    private static int population(String citiesFile)
    {
        return Integer.parseInt(citiesFile.replaceAll("\\D", ""));
    }

    private static InputStream openShipped(String name)
    {
        return LocationResources.class.getClassLoader().getResourceAsStream(SHIPPED_GEONAMES + name);
    }

    private void addCountryNames(Gazetteer.Builder builder)
    {
        for (String[] line : entries(Kind.COUNTRY_NAME, 2)) {
            if (!line[0].matches("[A-Z]{2}")) {
                throw new LexiconException(line[2] + ": bad country code '" + line[0] + "'");
            }
            int country = builder.country(line[0]);
            if (country >= 0) { // a partial GeoNames dump may lack the country
                builder.addName(country, line[1], true);
            }
        }
    }

    /** "Republic of Armenia": the formal style of every country's name. */
    private static void addFormalCountryNames(Gazetteer.Builder builder, Set<String> codes)
    {
        for (String code : codes) {
            int country = builder.country(code);
            builder.addName(country, "Republic of " + builder.place(country).name(), true);
        }
    }

    /**
     * Curated places take the GeoNames id their line gives, else the id of their one same-named
     * GeoNames place, if any. The lines of one place's spellings share kind, country and point,
     * and so share that id ("Gaza" takes the id found for "Gaza Strip").
     */
    private void addCuratedPlaces(Gazetteer.Builder builder)
    {
        List<Place> curated = new ArrayList<>();
        Map<String, Integer> idsBySamePlace = new HashMap<>();
        for (String[] line : entries(Kind.PLACE, 5, 6)) {
            String where = line[line.length - 1];
            try {
                PlaceKind kind = kind(line[1], where);
                int geonamesId = line.length == 7 ? Integer.parseInt(line[5])
                        : builder.geonamesIdOf(line[0], kind, line[2]);
                Place place = new Place(geonamesId, line[0], kind, line[2], "", "",
                        Float.parseFloat(line[3]), Float.parseFloat(line[4]), 0,
                        "curated:" + where);
                curated.add(place);
                if (place.geonamesId() > 0) {
                    idsBySamePlace.putIfAbsent(samePlaceKey(place), place.geonamesId());
                }
            }
            catch (NumberFormatException e) {
                throw new LexiconException(where + ": bad coordinate or GeoNames id ("
                        + e.getMessage() + ")");
            }
        }
        for (Place place : curated) {
            int id = idsBySamePlace.getOrDefault(samePlaceKey(place), 0);
            builder.add(place.withId(id, place.latitude(), place.longitude()));
        }
    }

    private static String samePlaceKey(Place place)
    {
        return place.kind() + " " + place.countryCode() + " " + place.latitude() + " "
                + place.longitude();
    }

    private static PlaceKind kind(String value, String where)
    {
        try {
            return PlaceKind.valueOf(value);
        }
        catch (IllegalArgumentException e) {
            throw new LexiconException(where + ": unknown kind '" + value + "'; expected one of "
                    + Arrays.toString(PlaceKind.values()));
        }
    }

    private Set<String> keys(Kind category)
    {
        Set<String> keys = new HashSet<>();
        for (String[] line : entries(category, 1)) {
            keys.add(Gazetteer.key(line[0]));
        }
        return Set.copyOf(keys);
    }

    private Set<String> lowerCase(Kind category)
    {
        Set<String> words = new HashSet<>();
        for (String[] line : entries(category, 1)) {
            words.add(line[0].toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }

    static List<String> tokens(String phrase)
    {
        return List.of(phrase.toLowerCase(Locale.ROOT).split(" +"));
    }

    /**
     * The lines of a kind's files, split at tabs, each checked to have {@code columns} columns
     * and followed by one more element naming its file and line number.
     */
    private List<String[]> entries(Kind kind, int columns)
    {
        return entries(kind, columns, columns);
    }

    /** The lines' columns, then where the line is (file and line number) as the last element. */
    private List<String[]> entries(Kind kind, int minColumns, int maxColumns)
    {
        List<String[]> result = new ArrayList<>();
        for (LexiconLine line : lists.lines(kind)) {
            String[] fields = line.text().split("\t");
            if (fields.length < minColumns || fields.length > maxColumns) {
                throw new LexiconException(line.where() + ": expected "
                        + (minColumns == maxColumns ? "" + minColumns
                                : minColumns + " to " + maxColumns)
                        + " tab-separated column(s), found " + fields.length);
            }
            String[] withWhere = Arrays.copyOf(fields, fields.length + 1);
            withWhere[fields.length] = line.where();
            result.add(withWhere);
        }
        return result;
    }
}
