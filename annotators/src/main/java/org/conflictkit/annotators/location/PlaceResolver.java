package org.conflictkit.annotators.location;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.conflictkit.annotators.rules.Interruption;

/**
 * Chooses, for each accepted mention, the place it names among those that share the name, and
 * sets its kind and country. Each reading is scored with {@link ResolutionWeights} in two
 * steps. {@code local}: population, curated places and countries first, then the kind a head
 * asks for, an adjacent container (an abbreviated division after the name, "Albany, Ga.", admits
 * only readings inside it) and the document's countries. {@code document-region}: the
 * readings of an ambiguous name are scored again against the places the other names of the
 * document resolved to (the first-level divisions it names, the places near a reading, a reading
 * far from all of them), in rounds, so that "Albany" in a story full of Georgia towns is Albany,
 * Georgia. A village abroad that nothing in the document points to is dropped in favour of the
 * document's country.
 */
final class PlaceResolver
{
    /** Earth's mean radius in km. */
    private static final double EARTH_RADIUS_KM = 6371.0088;
    /** The length of a degree along a meridian, in km: no two places nearer differ more. */
    private static final double KM_PER_DEGREE_OF_LATITUDE = EARTH_RADIUS_KM * Math.PI / 180;

    private final ResolutionWeights weights;
    private final long minPopulation;

    /**
     * @param minPopulation populated places with fewer inhabitants, chosen without any evidence
     *            from the document, are taken for namesakes abroad
     */
    PlaceResolver(ResolutionWeights weights, long minPopulation)
    {
        this.weights = weights;
        this.minPopulation = minPopulation;
    }

    /** The readings of one mention with their local scores, and the one chosen. */
    private static final class Readings
    {
        final Mention mention;
        final Place[] places;
        final double[] local;
        final String[] why;
        final boolean[] primary;
        /** The local score plus what the last round of the geography added. */
        final double[] total;
        /** The divisions an abbreviation after the name restricts it to ("Albany, Ga."). */
        final Set<String> namedDivisions = new HashSet<>();
        int best = -1;
        String geography = "";

        Readings(Mention mention)
        {
            this.mention = mention;
            int n = mention.entries.length;
            places = new Place[n];
            local = new double[n];
            why = new String[n];
            primary = new boolean[n];
            total = new double[n];
        }

        Place chosen()
        {
            return best < 0 ? null : places[best];
        }

        /** Whether the name has more than one reading for the geography to choose from. */
        boolean ambiguous()
        {
            return places.length > 1;
        }
    }

    /** Sets the place, kind, country and resolution of every accepted mention of {@code doc}. */
    void resolveAll(Document doc) throws AnalysisEngineProcessException
    {
        List<Readings> all = new ArrayList<>();
        for (Mention m : doc.mentions) {
            Interruption.check();
            if (m.accepted) {
                Readings readings = localScores(doc, m);
                readings.best = argmax(readings.local);
                all.add(readings);
            }
        }
        for (int round = 0; round < weights.geographyRounds(); round++) {
            resolveByGeography(doc, all);
        }
        // a container not yet finished gives its chosen reading's country to an unresolved name
        Map<String, Set<String>> namesByDivision = new HashMap<>();
        for (Readings readings : all) {
            Place chosen = readings.chosen();
            readings.mention.place = chosen;
            if (chosen != null && !chosen.admin1Code().isEmpty()) {
                namesByDivision.computeIfAbsent(chosen.admin1Code(), k -> new HashSet<>())
                        .add(key(doc, readings.mention));
            }
        }
        for (Readings readings : all) {
            finish(doc, readings, namesByDivision);
        }
        Map<String, Place> storyTowns = storyTowns(doc);
        for (Readings readings : all) {
            pointNearStory(readings.mention, storyTowns);
        }
    }

    /**
     * Per country, the town of the story: the one the document names most often, of those named
     * equally often the first named.
     */
    private static Map<String, Place> storyTowns(Document doc)
    {
        Map<Place, Integer> mentionsOfTown = new LinkedHashMap<>();
        for (Mention m : doc.mentions) {
            if (m.accepted && m.place != null && m.place.kind() == PlaceKind.CITY
                    && m.place.hasCoordinates()) {
                mentionsOfTown.merge(m.place, 1, Integer::sum);
            }
        }
        Map<String, Place> towns = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        mentionsOfTown.forEach((town, count) -> {
            if (count > counts.getOrDefault(town.countryCode(), 0)) {
                towns.put(town.countryCode(), town);
                counts.put(town.countryCode(), count);
            }
        });
        return towns;
    }

    /**
     * A place the gazetteer lacks ("the Kishwaukee River", "Readington Township", a village) is
     * where the story is: it takes the point of the story's town of its country (see
     * {@link #storyTowns}), as an approximate point without a GeoNames id
     * ({@code +point-near:TOWN} in provenance). A place without a country from its context
     * takes that of the story's towns where they all lie in one ({@code +country-from-story}).
     * Without such a town it stays without coordinates: a country's or division's point is too
     * coarse.
     */
    private static void pointNearStory(Mention m, Map<String, Place> storyTowns)
    {
        if (m.place != null || m.kind == PlaceKind.COUNTRY) {
            return;
        }
        if (m.countryCode.equals("XX") && storyTowns.size() == 1) {
            m.countryCode = storyTowns.keySet().iterator().next();
            m.resolution += "+country-from-story";
        }
        Place town = storyTowns.get(m.countryCode);
        if (town != null) {
            m.place = new Place(0, town.name(), m.kind, town.countryCode(), town.admin1Code(),
                    town.admin2Code(), town.latitude(), town.longitude(), 0, "near");
            m.resolution += "+point-near:" + town.name();
        }
    }

    /**
     * Whether a division is named like a city that news means by the name: one inside it
     * ("Kharkiv", "New York") or a large one ("Washington"). A town elsewhere named after it
     * (Delaware, Ohio; Florida, New York) is no such city: there the division's own size decides.
     */
    private boolean sharesNameWithItsCity(Mention m, Place division)
    {
        for (Gazetteer.Entry entry : m.entries) {
            Place city = entry.place();
            if (city.kind() == PlaceKind.CITY && city.admin1Code().equals(division.admin1Code())
                    || isWorldCity(city)) {
                return true;
            }
        }
        return false;
    }

    /** Scores each reading of {@code m} by itself, its neighbours and the document's countries. */
    private Readings localScores(Document doc, Mention m)
    {
        Set<String> containerCountries = new HashSet<>();
        Set<String> containerAdmin1 = new HashSet<>();
        Readings readings = new Readings(m);
        for (Mention container : doc.containers(m)) {
            boolean abbreviated = container.rule.equals(CandidateFinder.STATE_ABBREVIATION);
            for (Gazetteer.Entry entry : container.entries) {
                Place place = entry.place();
                if (abbreviated) {
                    readings.namedDivisions.add(place.admin1Code());
                }
                else if (place.kind() == PlaceKind.COUNTRY || place.kind() == PlaceKind.REGION) {
                    containerCountries.add(place.countryCode());
                    containerAdmin1.add(place.admin1Code());
                }
            }
        }
        for (int e = 0; e < m.entries.length; e++) {
            Gazetteer.Entry entry = m.entries[e];
            Place place = entry.place();
            double score = weights.populationPrior() * Math.log10(place.population() + 10.0);
            StringBuilder why = new StringBuilder();
            if (place.source().startsWith("curated")) {
                score += weights.curated();
            }
            if (place.kind() == PlaceKind.COUNTRY) {
                score += weights.country();
            }
            if (place.kind() == PlaceKind.REGION && !place.source().startsWith("curated")) {
                score += m.wanted == PlaceKind.REGION ? weights.regionWanted()
                        : sharesNameWithItsCity(m, place) ? weights.regionNotWanted() : 0;
            }
            if (m.wanted == PlaceKind.CITY && place.kind() == PlaceKind.CITY) {
                score += weights.cityWanted();
            }
            if (entry.primary()) {
                score += weights.primaryName();
            }
            if (readings.namedDivisions.contains(place.admin1Code())) {
                score += weights.stateAbbreviation();
                why.append("+state-abbreviation");
            }
            else if (containerAdmin1.contains(place.admin1Code())
                    && !place.admin1Code().isEmpty()) {
                score += weights.containerRegion();
                why.append("+container-region");
            }
            else if (containerCountries.contains(place.countryCode())) {
                score += weights.containerCountry();
                why.append("+container-country");
            }
            int mentions = doc.countryWeightWithout(place.countryCode(), key(doc, m));
            // an adjective of nationality points to a country, its divisions and its large cities
            int demonyms = isArea(place) || isWorldCity(place)
                    ? doc.demonymCount(place.countryCode()) : 0;
            if (mentions + demonyms > 0) {
                score += Math.min(weights.documentCountryMax(),
                        weights.documentCountryBase() + mentions + demonyms);
                why.append(mentions > 0 ? "+document-country" : "+demonym-country");
            }
            readings.places[e] = place;
            readings.local[e] = score;
            readings.total[e] = score;
            readings.why[e] = why.toString();
            readings.primary[e] = entry.primary();
        }
        return readings;
    }

    /**
     * One round of the {@code document-region} step: each ambiguous name's readings are scored
     * again against the places that the document's other names may be.
     */
    private void resolveByGeography(Document doc, List<Readings> all)
        throws AnalysisEngineProcessException
    {
        // One place per name: a name repeated ten times is one piece of evidence, but a
        // division named again and again is more surely the story's.
        Map<String, Place> context = new LinkedHashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        ShareIndex shares = new ShareIndex();
        for (Readings readings : all) {
            Place place = readings.chosen();
            String key = key(doc, readings.mention);
            mentions.merge(key, 1, Integer::sum);
            if (place != null && place.hasCoordinates()) {
                context.putIfAbsent(key, place);
            }
            shares.addOnce(key, readings);
        }
        shares.sort();
        String datelineCountry = datelineCountry(doc, all);
        // A name repeated in the text gets the same geography for each reading: computed once.
        Map<String, Map<Place, GeoScore>> scored = new HashMap<>();
        int[] choices = new int[all.size()];
        String[] geographies = new String[all.size()];
        for (int r = 0; r < all.size(); r++) {
            Interruption.check();
            Readings readings = all.get(r);
            choices[r] = readings.best;
            geographies[r] = readings.geography;
            if (!readings.ambiguous()) {
                continue;
            }
            String key = key(doc, readings.mention);
            Map<Place, GeoScore> ofKey = scored.computeIfAbsent(key, k -> new IdentityHashMap<>());
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int e = 0; e < readings.places.length; e++) {
                // An alternate name ("Islamabad" for Anantnag) is too weak a link for the
                // geography to promote it.
                GeoScore geo = !readings.primary[e] ? GeoScore.NONE
                        : ofKey.computeIfAbsent(readings.places[e], place -> geographyScore(
                                place, key, context, mentions, shares, datelineCountry));
                double score = readings.local[e] + geo.score();
                readings.total[e] = score;
                if (score > bestScore) {
                    bestScore = score;
                    choices[r] = e;
                    geographies[r] = geo.why();
                }
            }
        }
        // All names move at once, so that the order of the text does not matter.
        for (int r = 0; r < all.size(); r++) {
            all.get(r).best = choices[r];
            all.get(r).geography = geographies[r];
        }
    }

    /** A reading of a name that may support others, with its share. */
    private record Share(int name, Place place, double share)
    {
    }

    /**
     * The readings of the document's names that may support others as nearby places (own
     * names of places with a point, not areas), each with its share: {@code exp(-d /
     * shareTemperature)} where {@code d} is how far its score of the last round lies below the
     * best reading's. The reading chosen counts fully, as one place; a close second counts
     * nearly as much, so that a cluster of small towns can win over the larger namesakes chosen
     * at first. Sorted by latitude, so that a reading finds its neighbours in a narrow band.
     * The readings that are divisions, or lie in one, are also indexed by division code, so
     * that a place and the division that holds it find each other.
     */
    private final class ShareIndex
    {
        private final Map<String, Integer> names = new HashMap<>();
        private final List<Share> shares = new ArrayList<>();
        /** The readings that are second-level divisions or lie in one, by its code. */
        private final Map<String, List<Share>> byCounty = new HashMap<>();
        /** The readings that are first-level divisions, by code. */
        private final Map<String, List<Share>> divisions = new HashMap<>();
        /** The readings that lie in a first-level division (not countries), by its code. */
        private final Map<String, List<Share>> inDivision = new HashMap<>();
        private float[] latitudes;

        /** Adds the readings of a name, once per name. */
        void addOnce(String key, Readings readings)
        {
            if (names.containsKey(key)) {
                return;
            }
            int name = names.size();
            names.put(key, name);
            double max = Double.NEGATIVE_INFINITY;
            for (double score : readings.total) {
                max = Math.max(max, score);
            }
            for (int e = 0; e < readings.places.length; e++) {
                Place place = readings.places[e];
                if (!readings.primary[e]) {
                    continue;
                }
                double share = Math.exp((readings.total[e] - max) / weights.shareTemperature());
                Share reading = new Share(name, place, share);
                if (isFirstLevelDivision(place)) {
                    add(divisions, place.admin1Code(), reading);
                }
                else if (!isArea(place)) {
                    add(inDivision, place.admin1Code(), reading);
                }
                if (place.hasCoordinates() && !isArea(place)) {
                    shares.add(reading);
                    add(byCounty, place.admin2Code(), reading);
                }
            }
        }

        private static void add(Map<String, List<Share>> index, String code, Share reading)
        {
            if (!code.isEmpty()) {
                index.computeIfAbsent(code, k -> new ArrayList<>()).add(reading);
            }
        }

        /**
         * The largest share of a reading of another name than {@code own} that is the
         * second-level division {@code candidate} lies in, or, for a division, that lies in it.
         * Each of the two gains {@code weightDocumentCounty} from the other, so the share counts
         * as if it had already gained it: a town and its county, both second readings of their
         * names at first, choose each other.
         */
        double county(Place candidate, int own)
        {
            boolean division = candidate.kind() == PlaceKind.REGION;
            return largestShare(byCounty.get(candidate.admin2Code()), own,
                    weights.documentCounty(),
                    reading -> (reading.place().kind() == PlaceKind.REGION) != division);
        }

        /**
         * The same for first-level divisions and {@code weightDocumentRegion}: the largest share
         * of a reading of another name that is the first-level division {@code candidate} lies
         * in, or, for such a division, that lies in it ("Gainesville" and "Georgia").
         */
        double division(Place candidate, int own)
        {
            return largestShare((isFirstLevelDivision(candidate) ? inDivision : divisions)
                    .get(candidate.admin1Code()), own, weights.documentRegion(), reading -> true);
        }

        private double largestShare(List<Share> readings, int own, double weight,
                Predicate<Share> counts)
        {
            if (readings == null) {
                return 0;
            }
            double gain = Math.exp(weight / weights.shareTemperature());
            double best = 0;
            for (Share reading : readings) {
                if (reading.name() != own && counts.test(reading)) {
                    best = Math.max(best, Math.min(1, reading.share() * gain));
                }
            }
            return best;
        }

        void sort()
        {
            shares.sort(Comparator.comparingDouble(share -> share.place().latitude()));
            latitudes = new float[shares.size()];
            for (int i = 0; i < latitudes.length; i++) {
                latitudes[i] = shares.get(i).place().latitude();
            }
        }

        int name(String key)
        {
            return names.get(key);
        }

        int size()
        {
            return names.size();
        }

        /**
         * Raises {@code best[name]} to the share of each reading of another name than
         * {@code own} within {@code km} of {@code candidate}. A large city or a national capital
         * supports no smaller place so: news names it from anywhere ("Washington" in a story
         * about Gainesville, Texas says nothing for Gainesville, Virginia).
         */
        void nearest(Place candidate, int own, double km, double[] best)
        {
            double degrees = km / KM_PER_DEGREE_OF_LATITUDE;
            int i = Arrays.binarySearch(latitudes, (float) (candidate.latitude() - degrees));
            for (i = i < 0 ? -i - 1 : i; i < latitudes.length
                    && latitudes[i] <= candidate.latitude() + degrees; i++) {
                Share reading = shares.get(i);
                if (reading.name() != own && reading.share() > best[reading.name()]
                        && reading.place() != candidate
                        && (!isNamedFromAnywhere(reading.place()) || isNamedFromAnywhere(candidate))
                        && distanceKm(candidate, reading.place()) <= km) {
                    best[reading.name()] = reading.share();
                }
            }
        }
    }

    /**
     * What the document's geography adds to {@code candidate}: it lies in a first-level division
     * the document names, in a second-level one another name may be (or, a division, holds a
     * place another name may be), the other names of the document may be places near it or
     * inside it, it lies in the dateline's country, or it lies far from every place the other
     * names chose and outside their countries.
     */
    private GeoScore geographyScore(Place candidate, String key, Map<String, Place> context,
            Map<String, Integer> mentions, ShareIndex shares, String datelineCountry)
    {
        StringBuilder why = new StringBuilder();
        double score = 0;
        boolean inNamedRegion = false;
        // the most mentions of a first-level division the document names and the candidate is in
        int regionMentions = 1;
        boolean sameCountry = false;
        // per other name, the largest share of a reading near the candidate
        double[] nearby = new double[shares.size()];
        double nearest = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, Place> other : context.entrySet()) {
            if (other.getKey().equals(key)) {
                continue;
            }
            Place place = other.getValue();
            sameCountry |= candidate.countryCode().equals(place.countryCode());
            boolean inside = isInside(candidate, place);
            if (isArea(place)) {
                // a division's or country's point says little about distance
                if (inside && place.kind() == PlaceKind.REGION && !isArea(candidate)) {
                    inNamedRegion = true;
                    regionMentions = Math.max(regionMentions, mentions.get(other.getKey()));
                }
                continue;
            }
            if (candidate.hasCoordinates()) {
                nearest = Math.min(nearest, distanceKm(candidate, place));
            }
            if (inside) {
                // the place chosen for the name, in the candidate's division: one whole place
                nearby[shares.name(other.getKey())] = 1;
            }
            // a division that holds the document's places is named by it, too
            inNamedRegion |= inside && candidate.kind() == PlaceKind.REGION;
        }
        if (!isArea(candidate) && candidate.hasCoordinates()) {
            shares.nearest(candidate, shares.name(key), weights.nearbyKm(), nearby);
        }
        double county = candidate.admin2Code().isEmpty() ? 0
                : shares.county(candidate, shares.name(key));
        if (county > 0) {
            score += weights.documentCounty() * county;
            if (county >= 0.5) {
                why.append("+document-county");
            }
        }
        double support = 0;
        for (double share : nearby) {
            support += share;
        }
        double division = candidate.admin1Code().isEmpty()
                || isArea(candidate) && !isFirstLevelDivision(candidate) ? 0
                        : shares.division(candidate, shares.name(key));
        if (inNamedRegion) {
            score += Math.min(weights.documentRegionMax(),
                    weights.documentRegion() + regionMentions - 1);
            why.append("+document-region");
        }
        else if (division > 0) {
            // a division another name may be, or a place that may lie in this division
            score += weights.documentRegion() * division;
            if (division >= 0.5) {
                why.append("+document-region");
            }
        }
        if (support > 0) {
            score += weights.nearby() * Math.min(support, weights.nearbyMax());
            if (support >= 0.5) {
                why.append("+nearby-places");
            }
        }
        if (!sameCountry && !inNamedRegion && support < weights.remoteMinSupport()
                && nearest > weights.remoteKm()
                && nearest != Double.POSITIVE_INFINITY && !isWorldCity(candidate)) {
            score += weights.remote();
            why.append("+remote");
        }
        if (candidate.countryCode().equals(datelineCountry)) {
            score += weights.datelineCountry();
            why.append("+dateline-country");
        }
        return new GeoScore(score, why.toString());
    }

    /** Whether {@code place} lies in {@code candidate}'s first-level division (or country). */
    private static boolean isInside(Place candidate, Place place)
    {
        return candidate.kind() == PlaceKind.COUNTRY
                ? candidate.countryCode().equals(place.countryCode())
                : !candidate.admin1Code().isEmpty()
                        && candidate.admin1Code().equals(place.admin1Code());
    }

    /** What the {@code document-region} step adds to a reading, and why. */
    private record GeoScore(double score, String why)
    {
        static final GeoScore NONE = new GeoScore(0, "");
    }

    /** A city that news names from anywhere ("Paris", not Paris, Texas). */
    private boolean isWorldCity(Place place)
    {
        return place.kind() == PlaceKind.CITY && !place.source().startsWith("curated")
                && place.population() >= weights.remoteMaxPopulation();
    }

    private static boolean isFirstLevelDivision(Place place)
    {
        return place.kind() == PlaceKind.REGION && place.source().equals("geonames:ADM1");
    }

    /** A city that news names from anywhere, or a national capital. */
    private boolean isNamedFromAnywhere(Place place)
    {
        return isWorldCity(place) || place.source().equals("geonames:PPLC");
    }

    /** A country or a large division: its point is a mean, not a place to measure from. */
    private static boolean isArea(Place place)
    {
        return place.kind() == PlaceKind.COUNTRY
                || place.kind() == PlaceKind.REGION && !place.source().equals("geonames:ADM2");
    }

    /**
     * The country of the dateline's place, or null when the document has no resolved one or
     * when the document's names already count that country ({@code document-country}): the
     * dateline is one more piece of the same evidence, not a second bonus.
     */
    private static String datelineCountry(Document doc, List<Readings> all)
    {
        for (Readings readings : all) {
            if (readings.mention.rule.equals("dateline") && readings.chosen() != null) {
                String country = readings.chosen().countryCode();
                return doc.countryWeight(country) > 0 ? null : country;
            }
        }
        return null;
    }

    /**
     * Sets the mention's place, kind, country and provenance from its chosen reading;
     * {@code namesByDivision}: the names whose chosen reading lies in each first-level division.
     */
    private void finish(Document doc, Readings readings, Map<String, Set<String>> namesByDivision)
    {
        Mention m = readings.mention;
        Place best = readings.chosen();
        String why = best == null ? "" : readings.why[readings.best] + readings.geography;
        if (best != null && best.kind() == PlaceKind.CITY && why.replace("+remote", "").isEmpty()
                && (why.equals("+remote") || doc.mainCountry() != null
                        && !best.countryCode().equals(doc.mainCountry()))
                && (best.population() < minPopulation || m.wanted == PlaceKind.REGION)
                && !"dateline".equals(m.evidence) && !namesByDivision.getOrDefault(best.admin1Code(), Set.of()).stream()
                        .anyMatch(name -> !name.equals(key(doc, m)))) {
            // A village abroad that nothing in the document points to, or far from all its
            // places, and in no division another name lies in, nor the dateline's place: keep the
            // document's country. (A village in the document's main country is no village abroad.)
            m.resolution = "foreign-village-dropped:" + best.name() + "@" + best.countryCode();
            best = null;
        }
        if (best != null && !readings.namedDivisions.isEmpty() && !isArea(best)
                && !readings.namedDivisions.contains(best.admin1Code())) {
            // "Kelleyland, La." is no namesake in another state, though the gazetteer lacks it
            m.resolution = "outside-named-division:" + best.name() + "@" + best.admin1Code();
            best = null;
        }
        m.place = best;
        if (best != null) {
            m.resolution = best.source() + why;
        }
        else if (m.resolution == null) {
            m.resolution = "unresolved";
        }
        m.kind = m.wanted != null ? m.wanted : best == null ? PlaceKind.CITY : best.kind();
        m.countryCode = best != null ? best.countryCode() : contextCountry(doc, m);
        if (best == null && !m.countryCode.equals("XX")) {
            m.resolution += "+country-from-context";
        }
    }

    private static String key(Document doc, Mention m)
    {
        return doc.key(m.first, m.last);
    }

    private static int argmax(double[] scores)
    {
        int best = -1;
        for (int i = 0; i < scores.length; i++) {
            if (best < 0 || scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Great-circle distance by the haversine formula. */
    static double distanceKm(Place a, Place b)
    {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The country of an unknown name: a container next to it, else the document's main one. */
    private static String contextCountry(Document doc, Mention m)
    {
        for (Mention container : doc.containers(m)) {
            if (container.place != null) {
                return container.place.countryCode();
            }
            if (container.entries.length > 0) {
                return container.entries[0].place().countryCode();
            }
        }
        String country = doc.mainCountry();
        return country == null ? "XX" : country;
    }
}
