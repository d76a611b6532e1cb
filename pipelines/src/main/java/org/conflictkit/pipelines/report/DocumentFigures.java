package org.conflictkit.pipelines.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.conflictkit.pipelines.io.AnnotationTable;
import org.conflictkit.pipelines.io.Documents;
import org.conflictkit.type.CasualtyCount;
import org.conflictkit.type.Location;
import org.conflictkit.type.Quote;
import org.conflictkit.type.Weapon;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * The figures of one annotated document that the report and the corpus summary add up. Kept as
 * JSON between runs so that a resumed run reports on every document.
 *
 * @param fields
 *            title, date, source and url when the input has them.
 * @param annotations
 *            annotations per ConflictKit type (short name).
 * @param casualtyMentions
 *            casualty counts per status.
 * @param casualtyPeople
 *            per status, the sum of the stated numbers (vague amounts left out).
 * @param speakers
 *            quotes per source.
 * @param places
 *            mentions per place, with the people killed or injured in the sentences that name
 *            it.
 */
public record DocumentFigures(String id, Map<String, String> fields, long tokens,
        Map<String, Integer> annotations, Map<String, Integer> weaponCategories,
        Map<String, Integer> weaponModels, Map<String, Integer> casualtyMentions,
        Map<String, Long> casualtyPeople, List<SpeakerFigure> speakers, List<PlaceFigure> places)
{
    /** The casualty statuses that count as people harmed on the map. */
    static final Set<String> HARMED = Set.of("KILLED", "INJURED", "CASUALTIES");

    /** A source and how often it is quoted. */
    public record SpeakerFigure(String name, boolean official, int quotes)
    {
    }

    /**
     * A place, how often it is mentioned, and the people stated killed or injured (statuses
     * {@link #HARMED}) in the sentences that name it, each sentence counted once; coordinates
     * are null when the place was not resolved.
     */
    public record PlaceFigure(String name, String kind, String countryCode, Float latitude,
            Float longitude, int mentions, long casualties)
    {
        PlaceFigure withCasualties(long people)
        {
            return new PlaceFigure(name, kind, countryCode, latitude, longitude, mentions, people);
        }

        /** The key that merges mentions of one place. */
        String key()
        {
            return name + "|" + latitude + "|" + longitude;
        }
    }

    public static DocumentFigures of(JCas jcas, String documentId)
    {
        Map<String, Integer> annotations = new TreeMap<>();
        for (String type : AnnotationTable.typeNames()) {
            annotations.put(AnnotationTable.shortName(type), 0);
        }
        for (Annotation annotation : AnnotationTable.ourAnnotations(jcas)) {
            annotations.merge(annotation.getType().getShortName(), 1, Integer::sum);
        }
        Map<String, Integer> categories = new TreeMap<>();
        Map<String, Integer> models = new TreeMap<>();
        for (Weapon weapon : JCasUtil.select(jcas, Weapon.class)) {
            categories.merge(orUnknown(weapon.getCategory()), 1, Integer::sum);
            if (weapon.getModel() != null) {
                models.merge(weapon.getModel(), 1, Integer::sum);
            }
        }
        Map<String, Integer> mentions = new TreeMap<>();
        Map<String, Long> people = new TreeMap<>();
        for (CasualtyCount casualty : JCasUtil.select(jcas, CasualtyCount.class)) {
            String status = orUnknown(casualty.getStatus());
            mentions.merge(status, 1, Integer::sum);
            people.merge(status, (long) Math.max(0, casualty.getCount()), Long::sum);
        }
        Map<String, SpeakerFigure> speakers = new LinkedHashMap<>();
        for (Quote quote : JCasUtil.select(jcas, Quote.class)) {
            String name = AnnotationTable.speakerName(quote.getSpeaker());
            if (name != null) {
                boolean official = quote.getSpeaker().getOfficial();
                speakers.merge(name, new SpeakerFigure(name, official, 1),
                        (a, b) -> new SpeakerFigure(name, a.official() || official,
                                a.quotes() + 1));
            }
        }
        Map<String, PlaceFigure> places = new LinkedHashMap<>();
        Map<String, Set<Sentence>> placeSentences = new HashMap<>();
        Map<Location, List<Sentence>> sentenceOf = JCasUtil.indexCovering(jcas, Location.class,
                Sentence.class);
        for (Location location : JCasUtil.select(jcas, Location.class)) {
            PlaceFigure place = place(location);
            places.merge(place.key(), place, DocumentFigures::sum);
            placeSentences.computeIfAbsent(place.key(), k -> new HashSet<>())
                    .addAll(sentenceOf.getOrDefault(location, List.of()));
        }
        placeSentences.forEach((key, sentences) -> {
            long harmed = sentences.stream().mapToLong(s -> harmed(jcas, s)).sum();
            places.computeIfPresent(key, (k, p) -> p.withCasualties(harmed));
        });
        Map<String, String> fields = Documents.fields(jcas);
        // Readers without a title of their own name the document by its id.
        fields.remove(Documents.TITLE, documentId);
        return new DocumentFigures(documentId, fields,
                JCasUtil.select(jcas, Token.class).size(), annotations, categories, models,
                mentions, people, new ArrayList<>(speakers.values()),
                new ArrayList<>(places.values()));
    }

    /** People stated killed or injured in a sentence. */
    private static long harmed(JCas jcas, Sentence sentence)
    {
        return JCasUtil.selectCovered(jcas, CasualtyCount.class, sentence).stream()
                .filter(c -> HARMED.contains(c.getStatus()))
                .mapToLong(c -> Math.max(0, c.getCount())).sum();
    }

    /** True when a location feature set says the place was resolved to coordinates. */
    static boolean resolved(Location location)
    {
        return location.getGeonamesId() != 0 || location.getLatitude() != 0
                || location.getLongitude() != 0;
    }

    private static PlaceFigure place(Location location)
    {
        boolean resolved = resolved(location);
        return new PlaceFigure(location.getCoveredText().replaceAll("\\s+", " "),
                location.getKind(), location.getCountryCode(),
                resolved ? location.getLatitude() : null, resolved ? location.getLongitude() : null,
                1, 0);
    }

    static PlaceFigure sum(PlaceFigure a, PlaceFigure b)
    {
        return new PlaceFigure(a.name(), a.kind() != null ? a.kind() : b.kind(),
                a.countryCode() != null ? a.countryCode() : b.countryCode(), a.latitude(),
                a.longitude(), a.mentions() + b.mentions(), a.casualties() + b.casualties());
    }

    private static String orUnknown(String value)
    {
        return value == null ? "UNSET" : value;
    }
}
