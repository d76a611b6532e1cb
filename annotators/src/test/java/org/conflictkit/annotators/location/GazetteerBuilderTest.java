package org.conflictkit.annotators.location;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class GazetteerBuilderTest
{
    private static Place division(int id, String name, String code)
    {
        return new Place(id, name, PlaceKind.REGION, code.substring(0, 2), code, "",
                Float.NaN,
                Float.NaN, 0, "geonames:ADM1");
    }

    @Test
    void curatedPlaceTakesTheIdOfItsOneSameNamedGeoNamesPlace()
    {
        Gazetteer.Builder builder = new Gazetteer.Builder();
        builder.add(division(703883, "Crimea", "UA.11"));
        builder.add(division(1, "Northern", "XY.01"));
        builder.add(division(2, "Northern", "XY.02"));
        builder.add(new Place(7, "Crimea", PlaceKind.CITY, "UA", "", "", 45f, 34f, 10,
                "geonames:PPL"));

        assertAll(
                () -> assertEquals(703883, builder.geonamesIdOf("Crimea", PlaceKind.REGION, "UA")),
                () -> assertEquals(0, builder.geonamesIdOf("Crimea", PlaceKind.REGION, "RU")),
                () -> assertEquals(0, builder.geonamesIdOf("Northern", PlaceKind.REGION, "XY")),
                () -> assertEquals(0, builder.geonamesIdOf("Donbas", PlaceKind.REGION, "UA")));
    }

    @Test
    void middleOfExtentLeavesOutFarOffPlaces()
    {
        // 100 towns between 10 and 20 degrees and one island at 80: 2 % of the places at each
        // end are left out, so the island does not move the middle
        float[] latitudes = new float[101];
        float[] longitudes = new float[101];
        for (int i = 0; i < 100; i++) {
            latitudes[i] = 10 + i / 9.9f;
            longitudes[i] = 10 + i / 9.9f;
        }
        latitudes[100] = 80;
        longitudes[100] = 80;
        float[] middle = Gazetteer.Builder.extentMiddle(latitudes, longitudes);
        assertEquals(15.0, middle[0], 0.2);
        assertEquals(15.0, middle[1], 0.2);
    }

    @Test
    void middleOfExtentAcrossTheAntimeridian()
    {
        float[] latitudes = new float[50];
        float[] longitudes = new float[50];
        Arrays.fill(latitudes, -17f);
        for (int i = 0; i < 50; i++) {
            longitudes[i] = i % 2 == 0 ? 178f : -178f;
        }
        assertArrayEquals(new float[] { -17f, -180f },
                Gazetteer.Builder.extentMiddle(latitudes, longitudes), 0.001f);
    }
}
