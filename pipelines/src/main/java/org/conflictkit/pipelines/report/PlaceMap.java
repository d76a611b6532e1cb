package org.conflictkit.pipelines.report;

import static org.conflictkit.pipelines.report.HtmlReport.escape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.conflictkit.pipelines.report.DocumentFigures.PlaceFigure;
import org.conflictkit.pipelines.report.WorldOutline.Box;
import org.conflictkit.pipelines.report.WorldOutline.Country;

/**
 * The report's map of places: a view zoomed to where the places are, with country outlines, a
 * dot per place (area by mentions, colour by people killed or injured) and the names of the most
 * mentioned; beside it a world inset that marks the view, the places outside the view and the
 * places without coordinates. Countries named in the text are shaded rather than dotted: their
 * centre says little about where things happened.
 */
final class PlaceMap
{
    /** Width of the zoomed view in SVG units; its height follows from the area shown. */
    static final int WIDTH = 1000;
    private static final double MIN_ASPECT = 0.5;
    private static final double MAX_ASPECT = 0.8;
    /** The smallest view, in degrees of latitude, so that one town is not a pinpoint. */
    private static final double MIN_SPAN = 4;
    /** Places farther than this many interquartile ranges from the quartiles are outliers. */
    private static final double FENCE = 1.5;
    /** How many of the most mentioned places are named, right or left of their dot. */
    private static final int LABELS = 14;
    private static final String KIND_COUNTRY = "COUNTRY";

    /** Casualty classes: lower bound and colour, for the dots and the legend. */
    private static final long[] HARM_FROM = { 0, 1, 10, 100 };
    private static final String[] HARM_COLOUR = { "#5b7fa6", "#f2b134", "#e4572e", "#8e1b1b" };
    private static final String[] HARM_LABEL = { "none stated", "1\u20139", "10\u201399",
        "100 or more" };

    private PlaceMap()
    {
    }

    /**
     * The area the zoomed map shows: the box of all places except outliers, then padded and
     * given a landscape shape. Outliers lie beyond Tukey's fences: more than 1.5 interquartile
     * ranges (of longitude or latitude, weighted by mentions, the larger of the two, at least
     * {@value #MIN_SPAN} degrees) outside the quartiles. So a corpus about one country shows all
     * of it, and one mention of a far capital does not zoom the map out to the world. Country
     * places count only when nothing finer is named.
     */
    static Box extent(List<PlaceFigure> places)
    {
        List<PlaceFigure> anchors = places.stream().filter(p -> !isCountry(p)).toList();
        if (anchors.isEmpty()) {
            anchors = places;
        }
        if (anchors.isEmpty()) {
            return new Box(-180, -60, 180, 80);
        }
        double west = percentile(anchors, true, 0.25);
        double east = percentile(anchors, true, 0.75);
        double south = percentile(anchors, false, 0.25);
        double north = percentile(anchors, false, 0.75);
        double reach = Math.max(MIN_SPAN, FENCE * Math.max(east - west, north - south));
        double w = 180, s = 90, e = -180, n = -90;
        for (PlaceFigure place : anchors) {
            double lon = place.longitude(), lat = place.latitude();
            if (lon >= west - reach && lon <= east + reach && lat >= south - reach
                    && lat <= north + reach) {
                w = Math.min(w, lon);
                e = Math.max(e, lon);
                s = Math.min(s, lat);
                n = Math.max(n, lat);
            }
        }
        double pad = Math.max(MIN_SPAN, Math.max(e - w, n - s)) * 0.1;
        w -= pad;
        e += pad;
        s -= pad;
        n += pad;
        if (n - s < MIN_SPAN) {
            double middle = (n + s) / 2;
            s = middle - MIN_SPAN / 2;
            n = middle + MIN_SPAN / 2;
        }
        double cos = Math.cos(Math.toRadians(Math.min(80, Math.abs((n + s) / 2))));
        double aspect = (n - s) / ((e - w) * cos);
        if (aspect > MAX_ASPECT) {
            double half = (n - s) / MAX_ASPECT / cos / 2;
            double middle = (e + w) / 2;
            w = middle - half;
            e = middle + half;
        }
        else if (aspect < MIN_ASPECT) {
            double half = (e - w) * cos * MIN_ASPECT / 2;
            double middle = (n + s) / 2;
            s = middle - half;
            n = middle + half;
        }
        return new Box(Math.max(-180, w), Math.max(-85, s), Math.min(180, e), Math.min(85, n));
    }

    /** The longitude (or latitude) below which the given share of mentions lies. */
    private static double percentile(List<PlaceFigure> places, boolean longitude, double share)
    {
        List<PlaceFigure> sorted = new ArrayList<>(places);
        sorted.sort(Comparator.comparingDouble(p -> coordinate(p, longitude)));
        double total = sorted.stream().mapToInt(PlaceFigure::mentions).sum();
        double seen = 0;
        for (PlaceFigure place : sorted) {
            seen += place.mentions();
            if (seen >= share * total) {
                return coordinate(place, longitude);
            }
        }
        return coordinate(sorted.get(sorted.size() - 1), longitude);
    }

    private static double coordinate(PlaceFigure place, boolean longitude)
    {
        return longitude ? place.longitude() : place.latitude();
    }

    private static boolean isCountry(PlaceFigure place)
    {
        return KIND_COUNTRY.equals(place.kind());
    }

    private static boolean inside(Box box, PlaceFigure place)
    {
        return place.longitude() >= box.west() && place.longitude() <= box.east()
                && place.latitude() >= box.south() && place.latitude() <= box.north();
    }

    /** An equirectangular projection true to scale at the view's middle latitude. */
    private record Projection(Box box, double perLon, double perLat)
    {
        static Projection of(Box box, double width)
        {
            double perLon = width / (box.east() - box.west());
            double cos = Math.cos(Math.toRadians(Math.min(80,
                    Math.abs((box.north() + box.south()) / 2))));
            return new Projection(box, perLon, perLon / cos);
        }

        /** A projection of the whole world, one unit per degree. */
        static Projection world()
        {
            return new Projection(new Box(-180, -90, 180, 90), 1, 1);
        }

        double x(double lon)
        {
            return (lon - box.west()) * perLon;
        }

        double y(double lat)
        {
            return (box.north() - lat) * perLat;
        }

        double height()
        {
            return y(box.south());
        }
    }

    /** Writes the map section: the zoomed view, its legend and the inset with the lists. */
    static void render(StringBuilder html, List<PlaceFigure> places)
    {
        List<PlaceFigure> located = places.stream()
                .filter(p -> p.latitude() != null && p.longitude() != null).toList();
        Box view = extent(located);
        Projection projection = Projection.of(view, WIDTH);
        Map<String, PlaceFigure> namedCountries = new HashMap<>();
        located.stream().filter(PlaceMap::isCountry)
                .forEach(p -> namedCountries.merge(p.countryCode(), p, DocumentFigures::sum));
        List<PlaceFigure> dots = located.stream().filter(p -> !isCountry(p)).toList();
        List<PlaceFigure> shown = dots.stream().filter(p -> inside(view, p)).toList();

        html.append("<div class=\"map\">\n<figure class=\"zoomed\">");
        zoomed(html, projection, namedCountries, shown);
        html.append(String.format(Locale.ROOT,
                "<figcaption>%d places on the map, %s to %s and %s to %s. Dot area: mentions; "
                        + "colour: people stated killed or injured in the sentences naming the "
                        + "place. Shaded: countries named in the text.</figcaption>\n",
                shown.size(), degrees(view.west(), "E", "W"), degrees(view.east(), "E", "W"),
                degrees(view.south(), "N", "S"), degrees(view.north(), "N", "S")));
        legend(html);
        html.append("</figure>\n<aside>\n");
        inset(html, view, dots);
        List<PlaceFigure> outside = dots.stream().filter(p -> !inside(view, p)).toList();
        placeList(html, "Outside the map", outside);
        placeList(html, "Without coordinates", places.stream()
                .filter(p -> p.latitude() == null || p.longitude() == null).toList());
        html.append("</aside>\n</div>\n");
    }

    private static void zoomed(StringBuilder html, Projection projection,
            Map<String, PlaceFigure> namedCountries, List<PlaceFigure> shown)
    {
        Box view = projection.box();
        double height = projection.height();
        html.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %.0f\" "
                        + "data-extent=\"%.2f %.2f %.2f %.2f\" role=\"img\">"
                        + "<title>Places mentioned</title>\n"
                        + "<rect class=\"sea\" width=\"%d\" height=\"%.0f\"/>\n",
                WIDTH, height, view.west(), view.south(), view.east(), view.north(), WIDTH,
                height));
        long maxMentions = namedCountries.values().stream().mapToLong(PlaceFigure::mentions)
                .max().orElse(1);
        Box margin = new Box(view.west() - 1, view.south() - 1, view.east() + 1,
                view.north() + 1);
        Map<String, double[]> countryLabels = new TreeMap<>();
        for (Country country : WorldOutline.countries()) {
            if (!country.box().intersects(margin)) {
                continue;
            }
            List<double[]> rings = projected(country, projection, WIDTH, height);
            if (rings.isEmpty()) {
                continue;
            }
            PlaceFigure named = namedCountries.get(country.code());
            html.append("<path class=\"land\"");
            if (named != null) {
                double share = Math.sqrt((double) named.mentions() / maxMentions);
                html.append(" style=\"fill:").append(mix("#ece6d2", "#ddd0a8", share))
                        .append('"');
            }
            html.append(" d=\"");
            rings.forEach(ring -> path(html, ring));
            html.append("\">");
            html.append("<title>").append(escape(country.name()));
            if (named != null) {
                html.append(": ").append(mentions(named.mentions()));
            }
            html.append("</title></path>\n");
            double[] label = labelPoint(rings, WIDTH * height);
            if (label != null) {
                countryLabels.put(country.name().toUpperCase(Locale.ROOT), label);
            }
        }
        graticule(html, projection, height);
        List<PlaceFigure> byMentions = new ArrayList<>(shown);
        byMentions.sort(Comparator.comparingInt(PlaceFigure::mentions).reversed()
                .thenComparing(PlaceFigure::name));
        for (PlaceFigure place : byMentions) {
            html.append(String.format(Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" style=\"fill:%s\">"
                            + "<title>%s</title></circle>\n",
                    projection.x(place.longitude()), projection.y(place.latitude()),
                    radius(place.mentions()), HARM_COLOUR[harmClass(place.casualties())],
                    escape(describe(place))));
        }
        List<double[]> taken = new ArrayList<>();
        for (PlaceFigure place : byMentions) {
            double r = radius(place.mentions());
            double x = projection.x(place.longitude());
            double y = projection.y(place.latitude());
            taken.add(new double[] { x - r, y - r, x + r, y + r });
        }
        for (PlaceFigure place : byMentions.subList(0, Math.min(LABELS, byMentions.size()))) {
            double r = radius(place.mentions());
            double x = projection.x(place.longitude());
            double y = projection.y(place.latitude()) + 6;
            double length = place.name().length() * 10.4;
            for (double left : new double[] { x + r + 3, x - r - 3 - length }) {
                double[] box = { left, y - 16, left + length, y + 4 };
                if (left >= 0 && left + length <= WIDTH
                        && taken.stream().noneMatch(other -> overlaps(box, other))) {
                    taken.add(box);
                    html.append(String.format(Locale.ROOT,
                            "<text class=\"label\" x=\"%.0f\" y=\"%.0f\">%s</text>\n", left,
                            y, escape(place.name())));
                    break;
                }
            }
        }
        countryLabels.forEach((name, point) -> {
            double length = name.length() * 13;
            for (double shift : new double[] { 0, -30, 30, -60, 60 }) {
                double y = point[1] + shift;
                double[] box = { point[0] - length / 2, y - 14, point[0] + length / 2, y + 3 };
                if (taken.stream().noneMatch(other -> overlaps(box, other))) {
                    taken.add(box);
                    html.append(String.format(Locale.ROOT,
                            "<text class=\"country\" x=\"%.0f\" y=\"%.0f\">%s</text>\n",
                            point[0], y, escape(name)));
                    break;
                }
            }
        });
        html.append("</svg>");
    }

    private static void legend(StringBuilder html)
    {
        html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"legend\" ")
                .append("viewBox=\"0 0 1000 54\" role=\"img\"><title>Legend</title>\n");
        int x = 8;
        for (int mentions : new int[] { 1, 10, 40 }) {
            double r = radius(mentions);
            html.append(String.format(Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"27\" r=\"%.1f\" class=\"key\"/>"
                            + "<text class=\"key\" x=\"%.1f\" y=\"33\">%s</text>\n",
                    x + r, r, x + 2 * r + 5, mentions(mentions)));
            x += (int) (2 * r) + 105;
        }
        x += 20;
        for (int i = 0; i < HARM_FROM.length; i++) {
            html.append(String.format(Locale.ROOT,
                    "<circle cx=\"%d\" cy=\"27\" r=\"9\" style=\"fill:%s\"/>"
                            + "<text class=\"key\" x=\"%d\" y=\"33\">%s</text>\n",
                    x + 8, HARM_COLOUR[i], x + 21, HARM_LABEL[i]));
            x += 130;
        }
        html.append("</svg>\n");
    }

    /** The world at one unit per degree with the places and the zoomed view marked. */
    private static void inset(StringBuilder html, Box view, List<PlaceFigure> dots)
    {
        Projection world = Projection.world();
        html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"inset\" ")
                .append("viewBox=\"0 0 360 180\" role=\"img\"><title>World</title>\n")
                .append("<rect class=\"sea\" width=\"360\" height=\"180\"/>\n<path class=\"land\" d=\"");
        for (Country country : WorldOutline.countries()) {
            projected(country, world, 360, 180).forEach(ring -> path(html, ring));
        }
        html.append("\"/>\n");
        for (PlaceFigure place : dots) {
            html.append(String.format(Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\" style=\"fill:%s\"><title>%s</title></circle>\n",
                    world.x(place.longitude()), world.y(place.latitude()),
                    HARM_COLOUR[harmClass(place.casualties())], escape(describe(place))));
        }
        html.append(String.format(Locale.ROOT,
                "<rect class=\"view\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>"
                        + "</svg>\n",
                world.x(view.west()), world.y(view.north()), view.east() - view.west(),
                view.north() - view.south()));
    }

    private static void placeList(StringBuilder html, String title, List<PlaceFigure> places)
    {
        if (places.isEmpty()) {
            return;
        }
        html.append("<h3>").append(title).append("</h3>\n<ul class=\"places\">");
        for (PlaceFigure place : places) {
            html.append("<li>").append(escape(place.name()));
            if (place.countryCode() != null) {
                html.append(" <span class=\"cc\">").append(escape(place.countryCode()))
                        .append("</span>");
            }
            html.append(" <span class=\"n\">").append(place.mentions()).append("</span></li>");
        }
        html.append("</ul>\n");
    }

    /**
     * The country's rings projected, clipped to the view (with a small margin) and thinned to
     * points at least a unit apart.
     */
    private static List<double[]> projected(Country country, Projection projection,
            double width, double height)
    {
        List<double[]> rings = new ArrayList<>();
        for (float[] ring : country.rings()) {
            double[] points = new double[ring.length];
            for (int i = 0; i < ring.length; i += 2) {
                points[i] = projection.x(ring[i]);
                points[i + 1] = projection.y(ring[i + 1]);
            }
            double[] clipped = thin(Clip.rectangle(points, -5, -5, width + 5, height + 5));
            if (clipped.length >= 6) {
                rings.add(clipped);
            }
        }
        return rings;
    }

    private static double[] thin(double[] points)
    {
        double[] kept = new double[points.length];
        int n = 0;
        for (int i = 0; i < points.length; i += 2) {
            if (n == 0 || Math.abs(points[i] - kept[n - 2])
                    + Math.abs(points[i + 1] - kept[n - 1]) >= 1) {
                kept[n++] = points[i];
                kept[n++] = points[i + 1];
            }
        }
        return Arrays.copyOf(kept, n);
    }

    private static void path(StringBuilder html, double[] ring)
    {
        for (int i = 0; i < ring.length; i += 2) {
            html.append(i == 0 ? 'M' : 'L').append(Math.round(ring[i])).append(' ')
                    .append(Math.round(ring[i + 1]));
        }
        html.append('Z');
    }

    /**
     * Where to write a country's name: the centroid of its largest visible ring, when that ring
     * covers at least 4% of the view.
     */
    private static double[] labelPoint(List<double[]> rings, double viewArea)
    {
        double[] best = null;
        double bestArea = 0.04 * viewArea;
        for (double[] ring : rings) {
            double area = 0, cx = 0, cy = 0;
            for (int i = 0; i < ring.length; i += 2) {
                int j = (i + 2) % ring.length;
                double cross = ring[i] * ring[j + 1] - ring[j] * ring[i + 1];
                area += cross;
                cx += (ring[i] + ring[j]) * cross;
                cy += (ring[i + 1] + ring[j + 1]) * cross;
            }
            if (Math.abs(area / 2) > bestArea) {
                bestArea = Math.abs(area / 2);
                best = new double[] { cx / (3 * area), cy / (3 * area) };
            }
        }
        return best;
    }

    /** Lines every 1, 2, 5, 10, 15 or 30 degrees, the finest that gives at most eight. */
    private static void graticule(StringBuilder html, Projection projection, double height)
    {
        Box view = projection.box();
        double span = Math.max(view.east() - view.west(), view.north() - view.south());
        int step = 30;
        for (int candidate : new int[] { 1, 2, 5, 10, 15, 30 }) {
            if (span / candidate <= 8) {
                step = candidate;
                break;
            }
        }
        for (int lon = (int) Math.ceil(view.west() / step) * step; lon <= view.east(); lon += step) {
            double x = projection.x(lon);
            html.append(String.format(Locale.ROOT,
                    "<line class=\"grid\" x1=\"%.0f\" y1=\"0\" x2=\"%.0f\" y2=\"%.0f\"/>"
                            + "<text class=\"degree\" x=\"%.0f\" y=\"%.0f\">%s</text>\n",
                    x, x, height, x + 3, height - 5, degrees(lon, "E", "W")));
        }
        for (int lat = (int) Math.ceil(view.south() / step) * step; lat <= view.north(); lat += step) {
            double y = projection.y(lat);
            html.append(String.format(Locale.ROOT,
                    "<line class=\"grid\" x1=\"0\" y1=\"%.0f\" x2=\"%d\" y2=\"%.0f\"/>"
                            + "<text class=\"degree\" x=\"4\" y=\"%.0f\">%s</text>\n",
                    y, WIDTH, y, y - 4, degrees(lat, "N", "S")));
        }
    }

    private static boolean overlaps(double[] a, double[] b)
    {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    static double radius(int mentions)
    {
        return Math.min(30, 4 + 3 * Math.sqrt(mentions));
    }

    static int harmClass(long people)
    {
        int level = 0;
        while (level + 1 < HARM_FROM.length && people >= HARM_FROM[level + 1]) {
            level++;
        }
        return level;
    }

    private static String describe(PlaceFigure place)
    {
        return place.name() + ": " + mentions(place.mentions()) + ", " + place.casualties()
                + " killed or injured";
    }

    private static String mentions(int n)
    {
        return n + (n == 1 ? " mention" : " mentions");
    }

    private static String degrees(double value, String positive, String negative)
    {
        return String.format(Locale.ROOT, "%.0f\u00b0%s", Math.abs(value),
                value < 0 ? negative : positive);
    }

    /** A colour between two {@code #rrggbb} colours. */
    private static String mix(String from, String to, double share)
    {
        StringBuilder colour = new StringBuilder("#");
        for (int i = 1; i < 7; i += 2) {
            int a = Integer.parseInt(from.substring(i, i + 2), 16);
            int b = Integer.parseInt(to.substring(i, i + 2), 16);
            colour.append(String.format("%02x", Math.round(a + (b - a) * share)));
        }
        return colour.toString();
    }
}
