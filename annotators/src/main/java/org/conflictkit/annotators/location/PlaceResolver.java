package org.conflictkit.annotators.location;

import java.util.HashSet;
import java.util.Set;

/**
 * Chooses, for an accepted mention, the place it names among those that share the name, and
 * sets its kind and country. Each reading is scored with {@link ResolutionWeights}: population,
 * curated places and countries first, then the kind a head asks for, an adjacent container and
 * the document's countries. A village abroad that nothing in the document points to is dropped
 * in favour of the document's country.
 */
final class PlaceResolver
{
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

    /** Sets the place, kind, country and resolution of the accepted mention {@code m}. */
    void resolve(Document doc, Mention m)
    {
        Set<String> containerCountries = new HashSet<>();
        Set<String> containerAdmin1 = new HashSet<>();
        for (Mention container : doc.containers(m)) {
            for (Gazetteer.Entry entry : container.entries) {
                Place place = entry.place();
                if (place.kind() == PlaceKind.COUNTRY || place.kind() == PlaceKind.REGION) {
                    containerCountries.add(place.countryCode());
                    containerAdmin1.add(place.admin1Code());
                }
            }
        }
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        String bestWhy = "";
        for (Gazetteer.Entry entry : m.entries) {
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
                        : weights.regionNotWanted();
            }
            if (m.wanted == PlaceKind.CITY && place.kind() == PlaceKind.CITY) {
                score += weights.cityWanted();
            }
            if (entry.primary()) {
                score += weights.primaryName();
            }
            if (containerAdmin1.contains(place.admin1Code()) && !place.admin1Code().isEmpty()) {
                score += weights.containerRegion();
                why.append("+container-region");
            }
            else if (containerCountries.contains(place.countryCode())) {
                score += weights.containerCountry();
                why.append("+container-country");
            }
            int weight = doc.countryWeight(place.countryCode());
            if (weight > 0) {
                score += Math.min(weights.documentCountryMax(),
                        weights.documentCountryBase() + weight);
                why.append("+document-country");
            }
            if (score > bestScore) {
                bestScore = score;
                best = place;
                bestWhy = why.toString();
            }
        }
        if (best != null && best.kind() == PlaceKind.CITY && bestWhy.isEmpty()
                && doc.mainCountry() != null
                && (best.population() < minPopulation || m.wanted == PlaceKind.REGION)) {
            // A village abroad that nothing in the document points to: keep the document's country.
            m.resolution = "foreign-village-dropped:" + best.name() + "@" + best.countryCode();
            best = null;
        }
        m.place = best;
        if (best != null) {
            m.resolution = best.source() + bestWhy;
        }
        else if (m.resolution == null) {
            m.resolution = "unresolved";
        }
        m.kind = m.wanted != null ? m.wanted : best == null ? PlaceKind.CITY : best.kind();
        m.countryCode = best != null ? best.countryCode() : contextCountry(doc, m);
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
