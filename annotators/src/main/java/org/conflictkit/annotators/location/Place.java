package org.conflictkit.annotators.location;

/**
 * One gazetteer entry.
 *
 * @param geonamesId
 *            the GeoNames id, 0 when unknown.
 * @param name
 *            the preferred name.
 * @param kind
 *            what the place is.
 * @param countryCode
 *            ISO 3166-1 alpha-2 code, {@code XX} for places in no single country.
 * @param admin1Code
 *            the GeoNames first-level division code ({@code UA.21}), empty when none.
 * @param latitude
 *            decimal degrees, NaN when unknown.
 * @param longitude
 *            decimal degrees, NaN when unknown.
 * @param population
 *            inhabitants, 0 when unknown.
 * @param source
 *            where the entry comes from (file and feature code), for provenance.
 */
public record Place(int geonamesId, String name, PlaceKind kind, String countryCode,
        String admin1Code, String admin2Code, float latitude, float longitude, long population,
        String source)
{
    public boolean hasCoordinates()
    {
        return !Float.isNaN(latitude) && !Float.isNaN(longitude);
    }

    Place withStatistics(float aLatitude, float aLongitude, long aPopulation)
    {
        return new Place(geonamesId, name, kind, countryCode, admin1Code, admin2Code, aLatitude,
                aLongitude, aPopulation, source);
    }

    Place withId(int aGeonamesId, float aLatitude, float aLongitude)
    {
        return new Place(aGeonamesId, name, kind, countryCode, admin1Code, admin2Code, aLatitude,
                aLongitude, population, source);
    }
}
