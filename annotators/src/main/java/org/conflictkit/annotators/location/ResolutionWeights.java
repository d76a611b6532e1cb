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
 *            a region and a city of its name lies inside it or has at least
 *            {@code remoteMaxPopulation} inhabitants (negative: that city is preferred)
 * @param cityWanted added to a populated place where a head or pattern asks for a settlement
 * @param primaryName added where the name is the place's own name rather than an alternate one
 * @param containerRegion added to a place in the first-level division of an adjacent container
 *            ("Pokrovsk, Donetsk region", "Russia's Irkutsk region")
 * @param containerCountry added to a place in the country of an adjacent container, where the
 *            container region did not apply ("Bogota, Colombia")
 * @param stateAbbreviation added to a place in the first-level division whose abbreviation
 *            follows the name ("Albany, Ga."); strong, for the newspaper convention is
 *            unambiguous (a name with no reading there is left unresolved)
 * @param documentCountryBase added, together with the number of certain mentions of the
 *            place's country in the document, to a place in one of the document's countries;
 *            for a country, a division or a city of at least {@code remoteMaxPopulation}
 *            inhabitants, the adjectives of its nationality count too ("a French passenger"
 *            for Paris, France)
 * @param documentCountryMax the most that the document's countries add to one place
 * @param documentRegion added, in the {@code document-region} step, to a reading that lies in a
 *            first-level division another name of the document resolved to ("Albany" where the
 *            story names Georgia), plus one for each further mention of that division ("Indiana"
 *            five times in a story that names Ohio once); where no division was chosen so,
 *            times the share of a reading of another name that is the reading's division or,
 *            for a division, lies in it (counted as if it had gained this weight too) ...
 * @param documentRegionMax ... but at most this
 * @param documentCounty added, in the {@code document-region} step, to a reading that lies in
 *            a second-level division another name of the document may be ("Paris" where the
 *            story names Henry County, Tennessee), or to a division that holds a place another
 *            name may be, times that reading's share (counted as if it had gained this weight
 *            too)
 * @param nearby added, in the {@code document-region} step, for each other name of the
 *            document that may be a place within {@code nearbyKm} of the reading or in its
 *            first-level division (inside it, for a division or country), times the share of
 *            that name's likeliest such reading, up to {@code nearbyMax} names
 * @param nearbyKm the distance within which another place of the document supports a reading
 * @param nearbyMax the most names counted for {@code nearby}
 * @param shareTemperature the temperature of the softmax that turns the scores of a name's
 *            readings in the last round into their shares: higher spreads a name's support over
 *            more of its readings
 * @param remote added (negative) to a reading farther than {@code remoteKm} from every other
 *            place of the document and in none of their countries or divisions
 * @param remoteKm the distance beyond which a reading is remote from the document's places
 * @param remoteMinSupport a reading that readings of other names support at least this much as
 *            {@code nearby} places (the sum of their shares) is never remote: the names move at
 *            once in each round, so two namesakes abroad that lie together ("Edmonton" and
 *            "Enfield" in London) would otherwise each be remote from the other's first choice
 * @param remoteMaxPopulation populated places with at least this many inhabitants (capitals,
 *            large cities: "Paris", "Madrid") are never remote: news names them from anywhere
 * @param datelineCountry added to a reading in the country of the dateline's place
 * @param geographyRounds how often the {@code document-region} step scores every ambiguous name
 *            again (each round sees the places the previous one chose)
 */
record ResolutionWeights(double populationPrior, double curated, double country,
        double regionWanted, double regionNotWanted, double cityWanted, double primaryName,
        double containerRegion, double containerCountry, double stateAbbreviation,
        double documentCountryBase, double documentCountryMax, double documentRegion,
        double documentRegionMax, double documentCounty, double nearby, double nearbyKm, int nearbyMax,
        double shareTemperature, double remote, double remoteKm, double remoteMinSupport,
        long remoteMaxPopulation,
        double datelineCountry, int geographyRounds)
{
    /** The weights used where no parameter sets another. */
    static final ResolutionWeights DEFAULTS = new ResolutionWeights(1, 20, 15, 10, -1.5, 2, 2, 8,
            6, 25, 2, 6, 4, 10, 4, 2, 100, 3, 1, -10, 5000, 0.25, 250_000, 3, 2);
}
