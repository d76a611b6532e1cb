package org.conflictkit.annotators.location;

/**
 * The scores with which {@link PlaceResolver} chooses among the places that share a name. Each
 * reading of a name scores {@code populationPrior * log10(population + 10)} plus the weights
 * below that apply to it; the highest score wins. The defaults are {@link #DEFAULTS}; the
 * location engine sets each weight through a parameter of its own (see the README beside the
 * lists).
 *
 * @param populationPrior factor of {@code log10(population + 10)}: how much a larger place is
 *            preferred when nothing else decides
 * @param curated added to a curated place (regions, features and facilities of the lists)
 * @param country added to a country
 * @param regionWanted added to a first-level division (not curated) where a head or cue asks
 *            for a region ("Donetsk region")
 * @param regionNotWanted added to a first-level division (not curated) where nothing asks for
 *            a region (negative: the city of the same name is preferred)
 * @param cityWanted added to a populated place where a head or pattern asks for a settlement
 * @param primaryName added where the name is the place's own name rather than an alternate one
 * @param containerRegion added to a place in the first-level division of an adjacent container
 *            ("Pokrovsk, Donetsk region", "Russia's Irkutsk region")
 * @param containerCountry added to a place in the country of an adjacent container, where the
 *            container region did not apply ("Bogota, Colombia")
 * @param documentCountryBase added, together with the number of certain mentions of the
 *            place's country in the document, to a place in one of the document's countries
 * @param documentCountryMax the most that the document's countries add to one place
 */
record ResolutionWeights(double populationPrior, double curated, double country,
        double regionWanted, double regionNotWanted, double cityWanted, double primaryName,
        double containerRegion, double containerCountry, double documentCountryBase,
        double documentCountryMax)
{
    /** The weights used where no parameter sets another. */
    static final ResolutionWeights DEFAULTS = new ResolutionWeights(1, 20, 15, 10, -1.5, 2, 2, 8,
            6, 2, 6);
}
