package org.conflictkit.pipelines.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GeocodingTest
{
    /** One degree of longitude on the equator: 2 pi R / 360 with the mean Earth radius. */
    private static final double DEGREE_KM = 2 * Math.PI * 6371.0088 / 360;

    @Test
    void distancesFollowTheGreatCircle()
    {
        assertEquals(DEGREE_KM, Geocoding.distanceKm(0, 0, 0, 1), 1e-6);
        assertEquals(90 * DEGREE_KM, Geocoding.distanceKm(0, 0, 90, 0), 1e-6);
        // London to Paris, 343.5 km.
        assertEquals(343.5, Geocoding.distanceKm(51.5074, -0.1278, 48.8566, 2.3522), 0.5);
    }

    @Test
    void errorsOfMatchedToponymsGiveAccuracyMeanMedianAndAreaUnderTheLogCurve()
    {
        Geocoding geocoding = new Geocoding();
        geocoding.addResolved(0, 0, 0, 0);
        geocoding.addResolved(0, 0, 0, 1);
        geocoding.addResolved(0, 0, 0, 2);
        geocoding.addUnresolved();

        double[] errors = { 0, DEGREE_KM, 2 * DEGREE_KM, 20039 };
        assertEquals(0.5, geocoding.accuracy161(), 1e-9);
        assertEquals((3 * DEGREE_KM + 20039) / 4, geocoding.meanErrorKm(), 1e-6);
        assertEquals(1.5 * DEGREE_KM, geocoding.medianErrorKm(), 1e-6);
        assertEquals(0.25, geocoding.unresolvedShare(), 1e-9);
        double area = 0;
        for (int i = 1; i < errors.length; i++) {
            area += (Math.log(errors[i - 1] + 1) + Math.log(errors[i] + 1)) / 2;
        }
        assertEquals(area / (Math.log(20039) * 3), geocoding.auc(), 1e-9);
        assertEquals(0.5075, geocoding.auc(), 1e-3);
    }

    @Test
    void theScorerGeocodesMatchedToponymsWithGoldCoordinatesOnly()
    {
        List<EvalAnnotation> gold = List.of(
                place(0, 5, Map.of("latitude", 0.0, "longitude", 0.0)),
                place(10, 15, Map.of("latitude", 10.0, "longitude", 10.0)),
                place(20, 25, Map.of()));
        List<EvalAnnotation> predicted = List.of(
                place(0, 5, Map.of("latitude", 0f, "longitude", 1f)),
                place(10, 15, Map.of("latitude", 0f, "longitude", 0f)),
                place(20, 25, Map.of("latitude", 3f, "longitude", 3f)));
        Scorer scorer = new Scorer(GoldFormat.GEOXML.scope());
        scorer.add("d", gold, predicted);
        Map<String, Double> metrics = scorer.report().metrics();

        assertEquals(0.5, metrics.get("Geocoding.accuracy161"), 1e-9);
        assertEquals(0.5, metrics.get("Geocoding.unresolvedShare"), 1e-9);
        assertEquals((DEGREE_KM + 20039) / 2, metrics.get("Geocoding.meanErrorKm"), 1e-3);
        // Only the toponym left without coordinates is an error beyond 161 km.
        assertEquals(List.of("d\txxxxx\tnull\t10.0000,10.0000\t0.0000,0.0000\t20039\tnull\t"),
                scorer.geocodingErrors());
    }

    @Test
    void geocodingErrorsNameTheGoldPlaceAndTheDistance()
    {
        List<EvalAnnotation> gold = List.of(new EvalAnnotation("Location", 0, 6, "Albany",
                Map.of("latitude", 31.58, "longitude", -84.16, "place",
                        "Albany (PPL; Georgia; United States)")));
        List<EvalAnnotation> predicted = List.of(new EvalAnnotation("Location", 0, 6, "Albany",
                Map.of("latitude", 42.65f, "longitude", -73.76f, "provenance", "location/x")));
        Scorer scorer = new Scorer(GoldFormat.GEOXML.scope());
        scorer.add("d", "Albany police said.", gold, predicted);
        String[] line = scorer.geocodingErrors().get(0).split("\t");
        assertEquals(List.of("d", "Albany", "Albany (PPL; Georgia; United States)",
                "31.5800,-84.1600", "42.6500,-73.7600"), List.of(line).subList(0, 5));
        assertEquals(1500, Double.parseDouble(line[5]), 100); // Albany NY is ~1,500 km away
        assertEquals("location/x", line[6]);
        assertEquals("…[[Albany]] police said.…", line[7]);
    }

    private static EvalAnnotation place(int begin, int end, Map<String, Object> features)
    {
        return new EvalAnnotation("Location", begin, end, "x".repeat(end - begin), features);
    }
}
