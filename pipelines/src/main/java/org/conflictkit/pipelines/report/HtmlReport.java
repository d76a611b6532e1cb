package org.conflictkit.pipelines.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.conflictkit.pipelines.report.CorpusFigures.DocumentRow;
import org.conflictkit.pipelines.report.DocumentFigures.PlaceFigure;
import org.conflictkit.pipelines.report.DocumentFigures.SpeakerFigure;

/**
 * Renders {@link CorpusFigures} as one self-contained HTML page: charts and maps are inline SVG
 * that scale to the window width, styles inline, no scripts and no external assets. The page is well-formed XML (XHTML syntax), so XML
 * tools read it as well as browsers.
 */
public final class HtmlReport
{
    /** Chart geometry in SVG units; the charts scale to the page width. */
    private static final int LABEL_WIDTH = 190;
    private static final int BAR_WIDTH = 270;
    private static final int ROW_HEIGHT = 24;

    /** Timeline geometry and the colour of each casualty status, in stacking order. */
    private static final int TIMELINE_WIDTH = 800;
    private static final int TIMELINE_HEIGHT = 270;
    private static final int PLOT_LEFT = 64;
    private static final int PLOT_TOP = 40;
    private static final int PLOT_BOTTOM = 236;
    private static final Map<String, String> STATUS_COLOURS = statusColours();

    private static final String STYLE = "body{font-family:sans-serif;margin:1.5em auto;padding:0 1.5em;color:#222;max-width:1400px}"
            + "h1{font-size:1.6em}h2{font-size:1.25em;margin-top:1.8em;border-bottom:1px solid #ccc}"
            + "h3{font-size:1em;margin:1em 0 .3em}"
            + "table{border-collapse:collapse;font-size:.9em}td,th{border:1px solid #ddd;padding:2px 8px}"
            + "th{background:#f0f0f0}td.n{text-align:right}figure{margin:0}figcaption{font-size:.9em;color:#444}"
            + ".charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,420px),1fr));gap:1.2em 2.5em}"
            + ".charts svg{max-width:640px}.timeline svg{max-width:1100px}"
            + "svg{display:block;width:100%;height:auto}svg text{font-family:sans-serif;font-size:13px;fill:#222}"
            + ".bar{fill:#4a78b5}.official{fill:#b5544a}"
            + ".map{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start}.zoomed{flex:3 1 560px}"
            + ".map aside{flex:1 1 260px}.sea{fill:#dce8f2}.land{fill:#f4f2ea;stroke:#a9a492;stroke-width:.7}"
            + ".grid{stroke:#b8c6d6;stroke-width:.5;stroke-dasharray:4 4}svg text.degree{fill:#6a7d91;font-size:13px}"
            + "circle{stroke:#333;stroke-width:.8;fill-opacity:.85}circle.key{fill:#bbb}"
            + "svg text.country{fill:#8a8574;font-size:16px;letter-spacing:2px;text-anchor:middle}"
            + "svg text.label{font-size:17px;font-weight:bold;paint-order:stroke;stroke:#fff;stroke-width:3px}"
            + ".inset{max-width:480px}.inset .land{stroke:none;fill:#c9c4b0}.inset circle{stroke-width:.3}.view{fill:none;stroke:#c0392b;stroke-width:1.2}"
            + "ul.places{list-style:none;padding:0;margin:0;columns:2 10em;font-size:.9em}"
            + ".cc{color:#777;font-size:.85em}li .n{color:#555}li .n::before{content:'\\00d7'}"
            + "svg text.axis{fill:#555;font-size:14px}svg text.key{font-size:16px}.tick{stroke:#ddd}";

    private HtmlReport()
    {
    }

    public static String render(CorpusFigures figures)
    {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n")
                .append("<head><meta charset=\"utf-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .append("<title>ConflictKit corpus report</title>")
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

        if (!figures.casualtiesByDate().isEmpty()) {
            html.append("<h2>Casualties by article date</h2>\n");
            timeline(html, figures.casualtiesByDate(), figures.undatedDocuments());
        }

        html.append("<h2>Places</h2>\n");
        PlaceMap.render(html, figures.places());
        html.append("<h3>All places</h3>\n<table><tr><th>place</th><th>kind</th><th>country</th>")
                .append("<th>latitude</th><th>longitude</th><th>mentions</th>")
                .append("<th>killed or injured</th></tr>\n");
        for (PlaceFigure place : figures.places()) {
            html.append("<tr><td>").append(escape(place.name())).append("</td><td>")
                    .append(escape(place.kind())).append("</td><td>")
                    .append(escape(place.countryCode())).append("</td><td class=\"n\">")
                    .append(escape(place.latitude())).append("</td><td class=\"n\">")
                    .append(escape(place.longitude())).append("</td><td class=\"n\">")
                    .append(place.mentions()).append("</td><td class=\"n\">")
                    .append(place.casualties()).append("</td></tr>\n");
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

    private static Map<String, String> statusColours()
    {
        Map<String, String> colours = new LinkedHashMap<>();
        colours.put("KILLED", "#8e1b1b");
        colours.put("INJURED", "#e4572e");
        colours.put("CASUALTIES", "#f2b134");
        colours.put("MISSING", "#7a6f9b");
        colours.put("CAPTURED", "#5b7fa6");
        return colours;
    }

    /**
     * People per status stacked per article date (oldest first) on a day scale, so that gaps between dates
     * show; at most about ten dates are labelled.
     */
    private static void timeline(StringBuilder html, Map<String, Map<String, Long>> byDate,
            int undated)
    {
        List<String> dates = List.copyOf(byDate.keySet());
        LocalDate first = LocalDate.parse(dates.get(0));
        LocalDate last = LocalDate.parse(dates.get(dates.size() - 1));
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        double plotWidth = TIMELINE_WIDTH - PLOT_LEFT - 20;
        double slot = plotWidth / days;
        double barWidth = Math.max(2, Math.min(40, slot * 0.8));
        long max = 1;
        for (Map<String, Long> people : byDate.values()) {
            max = Math.max(max, people.values().stream().mapToLong(Long::longValue).sum());
        }
        double plotHeight = PLOT_BOTTOM - PLOT_TOP;
        html.append(String.format(Locale.ROOT,
                "<figure class=\"timeline\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                        + "role=\"img\"><title>Casualties by article date</title>\n",
                TIMELINE_WIDTH, TIMELINE_HEIGHT));
        for (long tick : new long[] { 0, max / 2, max }) {
            double y = PLOT_BOTTOM - plotHeight * tick / max;
            html.append(String.format(Locale.ROOT,
                    "<line class=\"tick\" x1=\"%d\" x2=\"%.0f\" y1=\"%.1f\" y2=\"%.1f\"/>"
                            + "<text class=\"axis\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>\n",
                    PLOT_LEFT, PLOT_LEFT + plotWidth, y, y, PLOT_LEFT - 6, y + 4, tick));
        }
        int labelEvery = (int) Math.ceil(byDate.size() / 10.0);
        int index = 0;
        for (Map.Entry<String, Map<String, Long>> day : byDate.entrySet()) {
            long offset = ChronoUnit.DAYS.between(first, LocalDate.parse(day.getKey()));
            double middle = PLOT_LEFT + (offset + 0.5) * slot;
            double y = PLOT_BOTTOM;
            for (Map.Entry<String, String> status : STATUS_COLOURS.entrySet()) {
                long people = day.getValue().getOrDefault(status.getKey(), 0L);
                if (people > 0) {
                    double height = plotHeight * people / max;
                    y -= height;
                    html.append(String.format(Locale.ROOT,
                            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                                    + "style=\"fill:%s\"><title>%s: %d %s</title></rect>\n",
                            middle - barWidth / 2, y, barWidth, height, status.getValue(),
                            day.getKey(), people, status.getKey().toLowerCase(Locale.ROOT)));
                }
            }
            if (index++ % labelEvery == 0) {
                html.append(String.format(Locale.ROOT,
                        "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
                        middle, PLOT_BOTTOM + 20, day.getKey()));
            }
        }
        int x = PLOT_LEFT;
        for (Map.Entry<String, String> status : STATUS_COLOURS.entrySet()) {
            if (byDate.values().stream().noneMatch(people -> people.containsKey(status.getKey()))) {
                continue;
            }
            html.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"8\" width=\"16\" height=\"16\" style=\"fill:%s\"/>"
                            + "<text class=\"key\" x=\"%d\" y=\"22\">%s</text>\n",
                    x, status.getValue(), x + 22, status.getKey().toLowerCase(Locale.ROOT)));
            x += 140;
        }
        html.append("</svg><figcaption>People per status, the sum of the counts stated in the ")
                .append("articles of each date (the same deaths reported twice count twice).");
        if (undated > 0) {
            html.append(' ').append(undated).append(undated == 1 ? " document" : " documents")
                    .append(" without an ISO date (yyyy-MM-dd) left out.");
        }
        html.append("</figcaption></figure>\n");
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
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\">"
                        + "<title>%s</title>\n",
                width, height, escape(title)));
        int y = 2;
        for (Map.Entry<String, Long> entry : values.entrySet()) {
            int bar = (int) Math.max(1, Math.round((double) entry.getValue() * BAR_WIDTH / max));
            html.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                            + "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>"
                            + "<text x=\"%d\" y=\"%d\">%d</text>\n",
                    LABEL_WIDTH - 6, y + 16, escape(shorten(entry.getKey())), barClass,
                    LABEL_WIDTH, y + 3, bar, ROW_HEIGHT - 6, LABEL_WIDTH + bar + 4, y + 16,
                    entry.getValue()));
            y += ROW_HEIGHT;
        }
        html.append("</svg></figure>\n");
    }

    private static String shorten(String label)
    {
        return label.length() <= 28 ? label : label.substring(0, 27) + "\u2026";
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
