package org.conflictkit.annotators.location;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GazetteerBuilderTest
{
    private static Place division(int id, String name, String code)
    {
        return new Place(id, name, PlaceKind.REGION, code.substring(0, 2), code, Float.NaN,
                Float.NaN, 0, "geonames:ADM1");
    }

    @Test
    void curatedPlaceTakesTheIdOfItsOneSameNamedGeoNamesPlace()
    {
        Gazetteer.Builder builder = new Gazetteer.Builder();
        builder.add(division(703883, "Crimea", "UA.11"));
        builder.add(division(1, "Northern", "XY.01"));
        builder.add(division(2, "Northern", "XY.02"));
        builder.add(new Place(7, "Crimea", PlaceKind.CITY, "UA", "", 45f, 34f, 10,
                "geonames:PPL"));

        assertAll(
                () -> assertEquals(703883, builder.geonamesIdOf("Crimea", PlaceKind.REGION, "UA")),
                () -> assertEquals(0, builder.geonamesIdOf("Crimea", PlaceKind.REGION, "RU")),
                () -> assertEquals(0, builder.geonamesIdOf("Northern", PlaceKind.REGION, "XY")),
                () -> assertEquals(0, builder.geonamesIdOf("Donbas", PlaceKind.REGION, "UA")));
    }
}
