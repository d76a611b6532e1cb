package org.conflictkit.pipelines.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.conflictkit.pipelines.report.CorpusFigures.DocumentRow;
import org.conflictkit.pipelines.report.DocumentFigures.PlaceFigure;
import org.conflictkit.pipelines.report.DocumentFigures.SpeakerFigure;

/**
 * Renders {@link CorpusFigures} as one self-contained HTML page: charts are inline SVG, styles
 * inline, no scripts and no external assets. The page is well-formed XML (XHTML syntax), so XML
 * tools read it as well as browsers.
 */
public final class HtmlReport
{
    private static final int BAR_WIDTH = 360;
    private static final int LABEL_WIDTH = 220;
    private static final int ROW_HEIGHT = 22;
    private static final int MAP_SCALE = 2;

    private static final String STYLE = "body{font-family:sans-serif;margin:2em;color:#222;max-width:1100px}"
            + "h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}"
            + "table{border-collapse:collapse;font-size:.9em}td,th{border:1px solid #ddd;padding:2px 8px}"
            + "th{background:#f0f0f0}td.n{text-align:right}.charts{display:flex;flex-wrap:wrap;gap:2em}"
            + "svg text{font-size:12px;font-family:sans-serif}.bar{fill:#4a78b5}.official{fill:#b5544a}"
            + ".land{fill:#e4e4dc;stroke:#b0b0a0;stroke-width:.5}.grid{stroke:#ccd;stroke-width:.5;fill:none}"
            + ".place{fill:#c0392b;fill-opacity:.6;stroke:#7b241c;stroke-width:.5}";

    private HtmlReport()
    {
    }

    public static String render(CorpusFigures figures)
    {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n")
                .append("<head><meta charset=\"utf-8\"/><title>ConflictKit corpus report</title>")
                .append("<style>").append(STYLE).append("</style></head>\n<body>\n")
                .append("<h1>ConflictKit corpus report</h1>\n<p>")
                .append(figures.documents()).append(" documents, ").append(figures.tokens())
                .append(" tokens.</p>\n");

        html.append("<div class=\"charts\">\n");
        chart(html, "Annotations per type", figures.annotations(), "bar");
        chart(html, "Weapon categories", figures.weaponCategories(), "bar");
        chart(html, "Weapon models", figures.weaponModels(), "bar");
        Map<String, Long> casualties = new LinkedHashMap<>();
        figures.casualtyMentions().forEach((status, n) -> casualties.put(status + " ("
                + figures.casualtyPeople().getOrDefault(status, 0L) + " people)", n));
        chart(html, "Casualty mentions by status", casualties, "bar");
        chart(html, "Most quoted sources", speakerCounts(figures.speakers()), "bar");
        chart(html, "Most quoted officials", speakerCounts(figures.officials()), "official");
        html.append("</div>\n");

        html.append("<h2>Places</h2>\n");
        worldMap(html, figures.placesOnMap());
        html.append("<table><tr><th>place</th><th>kind</th><th>country</th><th>latitude</th>")
                .append("<th>longitude</th><th>mentions</th></tr>\n");
        for (PlaceFigure place : figures.places()) {
            html.append("<tr><td>").append(escape(place.name())).append("</td><td>")
                    .append(escape(place.kind())).append("</td><td>")
                    .append(escape(place.countryCode())).append("</td><td class=\"n\">")
                    .append(escape(place.latitude())).append("</td><td class=\"n\">")
                    .append(escape(place.longitude())).append("</td><td class=\"n\">")
                    .append(place.mentions()).append("</td></tr>\n");
        }
        html.append("</table>\n");

        html.append("<h2>Documents</h2>\n<table><tr><th>document</th><th>title</th><th>date</th>")
                .append("<th>source</th><th>tokens</th>");
        List<String> types = figures.typeNames();
        types.forEach(t -> html.append("<th>").append(escape(t)).append("</th>"));
        html.append("</tr>\n");
        for (DocumentRow row : figures.perDocument()) {
            html.append("<tr><td>").append(escape(row.id())).append("</td><td>")
                    .append(escape(row.title())).append("</td><td>").append(escape(row.date()))
                    .append("</td><td>").append(escape(row.source())).append("</td><td class=\"n\">")
                    .append(row.tokens()).append("</td>");
            types.forEach(t -> html.append("<td class=\"n\">")
                    .append(row.annotations().getOrDefault(t, 0)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n</body>\n</html>\n");
        return html.toString();
    }

    private static Map<String, Long> speakerCounts(List<SpeakerFigure> speakers)
    {
        Map<String, Long> counts = new LinkedHashMap<>();
        speakers.forEach(s -> counts.put(s.name(), (long) s.quotes()));
        return counts;
    }

    /** A horizontal bar chart with a label and the value on each bar. */
    private static void chart(StringBuilder html, String title, Map<String, Long> values,
            String barClass)
    {
        html.append("<figure><figcaption><strong>").append(escape(title))
                .append("</strong></figcaption>\n");
        if (values.isEmpty()) {
            html.append("<p>none</p></figure>\n");
            return;
        }
        long max = Math.max(1, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int width = LABEL_WIDTH + BAR_WIDTH + 60;
        int height = values.size() * ROW_HEIGHT + 4;
        html.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">"
                        + "<title>%s</title>\n",
                width, height, escape(title)));
        int y = 2;
        for (Map.Entry<String, Long> entry : values.entrySet()) {
            int bar = (int) Math.max(1, Math.round((double) entry.getValue() * BAR_WIDTH / max));
            html.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                            + "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>"
                            + "<text x=\"%d\" y=\"%d\">%d</text>\n",
                    LABEL_WIDTH - 6, y + 15, escape(shorten(entry.getKey())), barClass,
                    LABEL_WIDTH, y + 3, bar, ROW_HEIGHT - 6, LABEL_WIDTH + bar + 4, y + 15,
                    entry.getValue()));
            y += ROW_HEIGHT;
        }
        html.append("</svg></figure>\n");
    }

    /**
     * Places on an equirectangular world map (two pixels per degree) with a graticule every 30
     * degrees and a coarse outline of the continents; a dot's area grows with the mentions.
     */
    private static void worldMap(StringBuilder html, List<PlaceFigure> places)
    {
        int width = 360 * MAP_SCALE;
        int height = 180 * MAP_SCALE;
        html.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\" role=\"img\"><title>Places mentioned</title>\n"
                        + "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#f4f8fc\"/>\n",
                width, height, width, height, width, height));
        for (double[] outline : WorldOutline.SHAPES) {
            html.append("<polygon class=\"land\" points=\"");
            for (int i = 0; i < outline.length; i += 2) {
                html.append(String.format(Locale.ROOT, "%.0f,%.0f ", x(outline[i]),
                        y(outline[i + 1])));
            }
            html.setLength(html.length() - 1);
            html.append("\"/>\n");
        }
        for (int lon = -150; lon <= 150; lon += 30) {
            html.append(String.format(Locale.ROOT,
                    "<line class=\"grid\" x1=\"%.0f\" y1=\"0\" x2=\"%.0f\" y2=\"%d\"/>", x(lon),
                    x(lon), height));
        }
        for (int lat = -60; lat <= 60; lat += 30) {
            html.append(String.format(Locale.ROOT,
                    "<line class=\"grid\" x1=\"0\" y1=\"%.0f\" x2=\"%d\" y2=\"%.0f\"/>", y(lat),
                    width, y(lat)));
        }
        html.append('\n');
        for (PlaceFigure place : places) {
            double radius = Math.min(14, 2.5 + 1.5 * Math.sqrt(place.mentions()));
            html.append(String.format(Locale.ROOT,
                    "<circle class=\"place\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"><title>%s: %d</title></circle>\n",
                    x(place.longitude()), y(place.latitude()), radius, escape(place.name()),
                    place.mentions()));
        }
        html.append("</svg>\n");
    }

    private static double x(double longitude)
    {
        return (Math.max(-180, Math.min(180, longitude)) + 180) * MAP_SCALE;
    }

    private static double y(double latitude)
    {
        return (90 - Math.max(-90, Math.min(90, latitude))) * MAP_SCALE;
    }

    private static String shorten(String label)
    {
        return label.length() <= 34 ? label : label.substring(0, 33) + "\u2026";
    }

    /** Escapes text for XML content and attribute values; null becomes empty. */
    static String escape(Object value)
    {
        if (value == null) {
            return "";
        }
        return value.toString().replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "")
                .replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;").replace("\"", "&quot;");
    }
}
