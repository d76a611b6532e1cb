package org.conflictkit.pipelines.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Geocoding scores over matched toponyms whose gold has coordinates, as Gritta et al. define them
 * ("What's missing in geographical parsing?", 2018): the error is the great-circle distance between
 * the predicted and the gold point; a toponym left without coordinates counts at the largest
 * possible error, half the Earth's circumference.
 */
public final class Geocoding
{
    /** Half the Earth's circumference in km: the error of an unresolved toponym. */
    public static final double MAX_ERROR_KM = 20039;
    static final double ACCURATE_KM = 161;
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private final List<Double> errors = new ArrayList<>();
    private int unresolved;

    void addResolved(double goldLat, double goldLon, double lat, double lon)
    {
        errors.add(distanceKm(goldLat, goldLon, lat, lon));
    }

    void addUnresolved()
    {
        errors.add(MAX_ERROR_KM);
        unresolved++;
    }

    /** Great-circle distance by the haversine formula. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return Math.min(MAX_ERROR_KM, 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a))));
    }

    public int toponyms()
    {
        return errors.size();
    }

    /** Share of toponyms within 161 km (100 miles) of the gold point. */
    public double accuracy161()
    {
        return errors.isEmpty() ? 0
                : errors.stream().filter(e -> e <= ACCURATE_KM).count() / (double) errors.size();
    }

    public double meanErrorKm()
    {
        return errors.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    public double medianErrorKm()
    {
        List<Double> sorted = errors.stream().sorted().toList();
        int n = sorted.size();
        if (n == 0) {
            return 0;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * Area under the curve of the sorted log errors, ln(error + 1), by the trapezoidal rule with
     * unit spacing, divided by ln(20039) times the number of intervals: 0 is perfect, 1 the worst.
     */
    public double auc()
    {
        if (errors.size() < 2) {
            return errors.isEmpty() ? 0 : Math.log(errors.get(0) + 1) / Math.log(MAX_ERROR_KM);
        }
        double[] logs = errors.stream().sorted().mapToDouble(e -> Math.log(e + 1)).toArray();
        double area = 0;
        for (int i = 1; i < logs.length; i++) {
            area += (logs[i - 1] + logs[i]) / 2;
        }
        return area / (Math.log(MAX_ERROR_KM) * (logs.length - 1));
    }

    /** Share of the toponyms that the pipeline matched but left without coordinates. */
    public double unresolvedShare()
    {
        return errors.isEmpty() ? 0 : unresolved / (double) errors.size();
    }
}
