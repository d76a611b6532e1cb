package org.conflictkit.pipelines.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.conflictkit.pipelines.io.Documents;
import org.conflictkit.pipelines.report.DocumentFigures.PlaceFigure;
import org.conflictkit.pipelines.report.DocumentFigures.SpeakerFigure;

/**
 * The figures of a whole run, added up from the documents' figures: the content of
 * {@code summary.json}, {@code summary.md} and {@code report.html}. Rankings hold the
 * {@value #TOP} highest, ties by name.
 *
 * @param speakers
 *            the most quoted sources; {@code officials} the most quoted official ones.
 * @param places
 *            every place, most mentioned first; those with coordinates go on the map.
 * @param casualtiesByDate
 *            per article date (ISO {@code yyyy-MM-dd}, oldest first) the people per status, as
 *            {@code casualtyPeople}; {@code undatedDocuments} counts the documents left out
 *            because their date is missing or not ISO.
 */
public record CorpusFigures(int documents, long tokens, Map<String, Long> annotations,
        Map<String, Long> weaponCategories, Map<String, Long> weaponModels,
        Map<String, Long> casualtyMentions, Map<String, Long> casualtyPeople,
        List<SpeakerFigure> speakers, List<SpeakerFigure> officials, List<PlaceFigure> places,
        Map<String, Map<String, Long>> casualtiesByDate, int undatedDocuments,
        List<DocumentRow> perDocument)
{
    public static final int TOP = 15;

    /** A line of the per-document table. */
    public record DocumentRow(String id, String title, String date, String source, long tokens,
            Map<String, Integer> annotations)
    {
    }

    public static CorpusFigures of(List<DocumentFigures> documents)
    {
        Map<String, Long> annotations = new TreeMap<>();
        Map<String, Long> categories = new TreeMap<>();
        Map<String, Long> models = new TreeMap<>();
        Map<String, Long> mentions = new TreeMap<>();
        Map<String, Long> people = new TreeMap<>();
        Map<String, SpeakerFigure> speakers = new TreeMap<>();
        Map<String, PlaceFigure> places = new LinkedHashMap<>();
        List<DocumentRow> rows = new ArrayList<>();
        Map<String, Map<String, Long>> byDate = new TreeMap<>();
        int undated = 0;
        long tokens = 0;
        for (DocumentFigures document : documents) {
            tokens += document.tokens();
            document.annotations().forEach((k, v) -> annotations.merge(k, (long) v, Long::sum));
            document.weaponCategories().forEach((k, v) -> categories.merge(k, (long) v, Long::sum));
            document.weaponModels().forEach((k, v) -> models.merge(k, (long) v, Long::sum));
            document.casualtyMentions().forEach((k, v) -> mentions.merge(k, (long) v, Long::sum));
            document.casualtyPeople().forEach((k, v) -> people.merge(k, v, Long::sum));
            for (SpeakerFigure speaker : document.speakers()) {
                speakers.merge(speaker.name(), speaker, (a, b) -> new SpeakerFigure(a.name(),
                        a.official() || b.official(), a.quotes() + b.quotes()));
            }
            for (PlaceFigure place : document.places()) {
                places.merge(place.key(), place, DocumentFigures::sum);
            }
            Map<String, String> fields = document.fields();
            LocalDate date = isoDate(fields.get(Documents.DATE));
            if (date == null) {
                undated++;
            }
            else {
                Map<String, Long> day = byDate.computeIfAbsent(date.toString(),
                        d -> new TreeMap<>());
                document.casualtyPeople().forEach((k, v) -> day.merge(k, v, Long::sum));
            }
            rows.add(new DocumentRow(document.id(), fields.get(Documents.TITLE),
                    fields.get(Documents.DATE), fields.get(Documents.SOURCE), document.tokens(),
                    document.annotations()));
        }
        Comparator<SpeakerFigure> byQuotes = Comparator.comparingInt(SpeakerFigure::quotes)
                .reversed().thenComparing(SpeakerFigure::name);
        List<SpeakerFigure> ranked = speakers.values().stream().sorted(byQuotes).toList();
        return new CorpusFigures(documents.size(), tokens, annotations, ranked(categories,
                Integer.MAX_VALUE), ranked(models, TOP), mentions, people,
                ranked.stream().limit(TOP).toList(),
                ranked.stream().filter(SpeakerFigure::official).limit(TOP).toList(),
                places.values().stream().sorted(Comparator.comparingInt(PlaceFigure::mentions)
                        .reversed().thenComparing(PlaceFigure::name)).toList(),
                byDate, undated, rows);
    }

    /**
     * The day of an ISO date or date-time ({@code 2025-06-01}, {@code 2025-06-01T08:30:00Z});
     * null for anything else.
     */
    static LocalDate isoDate(String value)
    {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The places with coordinates. */
    public List<PlaceFigure> placesOnMap()
    {
        return places.stream().filter(p -> p.latitude() != null && p.longitude() != null)
                .toList();
    }

    /** The annotation type names, in the order of the per-document table. */
    public List<String> typeNames()
    {
        return new ArrayList<>(annotations.keySet());
    }

    /** The summary as Markdown: the same figures as the JSON, as tables. */
    public String toMarkdown()
    {
        StringBuilder md = new StringBuilder("# ConflictKit corpus summary\n\n");
        md.append(documents).append(" documents, ").append(tokens).append(" tokens.\n");
        section(md, "Annotations per type", "type", "annotations", annotations);
        section(md, "Weapon categories", "category", "mentions", weaponCategories);
        section(md, "Most named weapon models", "model", "mentions", weaponModels);
        md.append("\n## Casualties by status\n\n| status | mentions | people (sum of stated counts) |\n|---|---:|---:|\n");
        casualtyMentions.forEach((status, n) -> md.append("| ").append(cell(status)).append(" | ")
                .append(n).append(" | ").append(casualtyPeople.getOrDefault(status, 0L))
                .append(" |\n"));
        speakerSection(md, "Most quoted sources", speakers);
        speakerSection(md, "Most quoted officials", officials);
        md.append("\n## Places\n\n| place | kind | country | latitude | longitude | mentions | killed or injured |\n|---|---|---|---:|---:|---:|---:|\n");
        places.forEach(p -> md.append("| ").append(cell(p.name())).append(" | ")
                .append(cell(p.kind())).append(" | ").append(cell(p.countryCode())).append(" | ")
                .append(cell(p.latitude())).append(" | ").append(cell(p.longitude()))
                .append(" | ").append(p.mentions()).append(" | ").append(p.casualties())
                .append(" |\n"));
        md.append("\n## Casualties by article date\n\n| date | people per status |\n|---|---|\n");
        casualtiesByDate.forEach((date, people) -> md.append("| ").append(date).append(" | ")
                .append(cell(people.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", "))))
                .append(" |\n"));
        md.append('\n').append(undatedDocuments)
                .append(" documents without an ISO date (yyyy-MM-dd) are left out.\n");
        md.append("\n## Documents\n\n| document | title | date | source | tokens | ");
        List<String> types = typeNames();
        md.append(String.join(" | ", types)).append(" |\n|---|---|---|---|---:|")
                .append("---:|".repeat(types.size())).append('\n');
        for (DocumentRow row : perDocument) {
            md.append("| ").append(cell(row.id())).append(" | ").append(cell(row.title()))
                    .append(" | ").append(cell(row.date())).append(" | ")
                    .append(cell(row.source())).append(" | ").append(row.tokens()).append(" | ");
            md.append(types.stream().map(t -> String.valueOf(row.annotations().getOrDefault(t, 0)))
                    .collect(Collectors.joining(" | "))).append(" |\n");
        }
        return md.toString();
    }

    private static void section(StringBuilder md, String title, String key, String value,
            Map<String, Long> figures)
    {
        md.append("\n## ").append(title).append("\n\n| ").append(key).append(" | ").append(value)
                .append(" |\n|---|---:|\n");
        figures.forEach((k, n) -> md.append("| ").append(cell(k)).append(" | ").append(n)
                .append(" |\n"));
    }

    private static void speakerSection(StringBuilder md, String title, List<SpeakerFigure> list)
    {
        md.append("\n## ").append(title)
                .append("\n\n| source | official | quotes |\n|---|---|---:|\n");
        list.forEach(s -> md.append("| ").append(cell(s.name())).append(" | ")
                .append(s.official() ? "yes" : "no").append(" | ").append(s.quotes())
                .append(" |\n"));
    }

    private static String cell(Object value)
    {
        return value == null ? "" : value.toString().replace("|", "\\|").replaceAll("\\s+", " ");
    }

    /** A ranking, highest first, ties by key, at most {@code limit} entries. */
    static Map<String, Long> ranked(Map<String, Long> counts, int limit)
    {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long> comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                        (a, b) -> a, LinkedHashMap::new));
    }
}
