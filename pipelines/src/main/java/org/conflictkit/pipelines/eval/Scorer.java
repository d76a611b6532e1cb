package org.conflictkit.pipelines.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Scores predicted against gold annotations as the guidelines' Scoring section defines: spans
 * match leniently when they overlap and have the same type, strictly when their offsets are equal
 * (one-to-one, best overlap first); features are scored on lenient matches. Accumulates over
 * documents; {@link #report()} gives the totals.
 */
public final class Scorer
{
    /**
     * The rows of the span table: a name, which annotations belong to it, and the feature that
     * selects them (scored only when the gold has it).
     */
    private record Row(String name, String type, String feature, Predicate<EvalAnnotation> filter)
    {
    }

    /**
     * A convention difference between a corpus and the guidelines: gold annotations of
     * {@code goldType} mark what the corpus does not count as {@code predictedType}; a prediction
     * of that type on one, and on no gold annotation of its type, is neither right nor wrong.
     * {@code label} names them in the report.
     */
    record Convention(String goldType, String predictedType, String label)
    {
    }

    static final List<Convention> CONVENTIONS = List.of(
            new Convention(GoldFormat.DEMONYM, "Location", "adjectival toponyms (Turkish, Syrian)"),
            new Convention(GoldFormat.VEHICLE, "Weapon", "vehicle mentions (VEH)"));

    private static final int CONTEXT = 40;

    private static final List<Row> ROWS = List.of(
            new Row("Weapon", "Weapon", null, a -> true),
            new Row("CasualtyCount", "CasualtyCount", null, a -> true),
            new Row("Location", "Location", null, a -> true),
            new Row("Quote", "Quote", null, a -> true),
            new Row("Quote.direct", "Quote", "direct",
                    a -> Boolean.TRUE.equals(a.feature("direct"))),
            new Row("Quote.indirect", "Quote", "direct",
                    a -> !Boolean.TRUE.equals(a.feature("direct"))),
            new Row("Speaker", "Speaker", null, a -> true),
            new Row("Speaker.official", "Speaker", "official",
                    a -> Boolean.TRUE.equals(a.feature("official"))));

    /** Features scored on lenient matches: type and feature name. */
    private static final List<String[]> FEATURES = List.of(new String[] { "Weapon", "category" },
            new String[] { "CasualtyCount", "count" }, new String[] { "CasualtyCount", "status" },
            new String[] { "Location", "kind" }, new String[] { "Location", "countryCode" },
            new String[] { "Quote", "speaker" });

    private final GoldScope scope;
    private final EvaluationReport report;
    private final List<String> errors = new ArrayList<>();
    private final List<String> geocodingErrors = new ArrayList<>();

    /** Scores every type, mention by mention. */
    public Scorer()
    {
        this(GoldScope.ALL);
    }

    /** Scores only the types the gold has, per mention or per document as it says. */
    public Scorer(GoldScope scope)
    {
        this.scope = scope;
        this.report = new EvaluationReport(scope);
    }

    /** A pair of matched annotations. */
    private record Pair(EvalAnnotation gold, EvalAnnotation predicted)
    {
    }

    public void add(String documentId, List<EvalAnnotation> gold, List<EvalAnnotation> predicted)
    {
        add(documentId, null, gold, predicted);
    }

    /**
     * Scores one document; its text, when given, puts context around the spans of the errors
     * list.
     */
    public void add(String documentId, String text, List<EvalAnnotation> gold,
            List<EvalAnnotation> predicted)
    {
        report.documentDone();
        for (Convention convention : CONVENTIONS) {
            predicted = leaveOut(convention, gold, predicted);
        }
        for (Row row : ROWS) {
            if (!scope.scores(row.type())
                    || row.feature() != null && !scope.scoresFeature(row.type(), row.feature())) {
                continue;
            }
            List<EvalAnnotation> g = select(gold, row);
            List<EvalAnnotation> p = select(predicted, row);
            if (scope.documentLevel()) {
                if (row.name().equals(row.type())) {
                    addEntities(documentId, text, row.name(), g, p);
                }
                continue;
            }
            List<Pair> lenient = match(g, p, false);
            List<Pair> strict = match(g, p, true);
            report.counts(row.name() + ".lenient").add(lenient.size(), p.size(), g.size());
            report.counts(row.name() + ".strict").add(strict.size(), p.size(), g.size());
            if (row.name().equals(row.type())) {
                scoreFeatures(row.type(), lenient);
                recordErrors(documentId, text, row.type(), g, p, lenient);
            }
            if (row.name().equals("Location")) {
                lenient.forEach(pair -> geocode(documentId, text, pair));
            }
            if (row.name().equals("CasualtyCount")
                    && scope.scoresFeature("CasualtyCount", "count")) {
                long correct = lenient.stream().filter(pair -> same(pair, "count")
                        && same(pair, "status")).count();
                report.counts("CasualtyCount.count+status").add((int) correct, p.size(), g.size());
            }
            if (row.name().equals("Quote.direct") && scope.scoresFeature("Quote", "speaker")) {
                long correct = lenient.stream().filter(Scorer::sameSpeaker).count();
                report.counts("Quote.direct+speaker").add((int) correct, p.size(), g.size());
                lenient.forEach(pair -> report.accuracy("Quote.direct.speaker")
                        .add(sameSpeaker(pair)));
            }
        }
    }

    /** The predictions without those a convention difference leaves out, which it counts. */
    private List<EvalAnnotation> leaveOut(Convention convention, List<EvalAnnotation> gold,
            List<EvalAnnotation> predicted)
    {
        List<EvalAnnotation> marks = gold.stream()
                .filter(a -> a.type().equals(convention.goldType())).toList();
        if (marks.isEmpty()) {
            return predicted;
        }
        List<EvalAnnotation> scored = gold.stream()
                .filter(a -> a.type().equals(convention.predictedType())).toList();
        List<EvalAnnotation> kept = predicted.stream()
                .filter(p -> !p.type().equals(convention.predictedType())
                        || marks.stream().noneMatch(p::overlaps)
                        || scored.stream().anyMatch(p::overlaps))
                .toList();
        report.ignored(convention, marks.size(), predicted.size() - kept.size());
        return kept;
    }

    /**
     * The predictions that match a gold annotation of their type leniently, one-to-one as in the
     * span table.
     */
    public static Set<EvalAnnotation> lenientlyMatched(List<EvalAnnotation> gold,
            List<EvalAnnotation> predicted)
    {
        Set<EvalAnnotation> matched = identitySet();
        predicted.stream().map(EvalAnnotation::type).distinct().forEach(type -> {
            Row row = new Row(type, type, null, a -> true);
            match(select(gold, row), select(predicted, row), false)
                    .forEach(pair -> matched.add(pair.predicted()));
        });
        return matched;
    }

    /** Geocoding error of a matched toponym whose gold has coordinates. */
    private void geocode(String documentId, String text, Pair pair)
    {
        if (!(pair.gold().feature("latitude") instanceof Number goldLat)
                || !(pair.gold().feature("longitude") instanceof Number goldLon)) {
            return;
        }
        Object lat = pair.predicted().feature("latitude");
        Object lon = pair.predicted().feature("longitude");
        // An unset point is 0,0 in the CAS.
        double error = Geocoding.MAX_ERROR_KM;
        if (lat instanceof Number la && lon instanceof Number lo
                && (la.doubleValue() != 0 || lo.doubleValue() != 0)) {
            error = Geocoding.distanceKm(goldLat.doubleValue(), goldLon.doubleValue(),
                    la.doubleValue(), lo.doubleValue());
            report.geocoding().addResolved(goldLat.doubleValue(), goldLon.doubleValue(),
                    la.doubleValue(), lo.doubleValue());
        }
        else {
            report.geocoding().addUnresolved();
        }
        if (error > Geocoding.ACCURATE_KM) {
            geocodingErrors.add(String.join("\t", documentId, pair.gold().text(),
                    String.valueOf(pair.gold().feature("place")),
                    String.format(Locale.ROOT, "%.4f,%.4f", goldLat.doubleValue(),
                            goldLon.doubleValue()),
                    lat instanceof Number la && lon instanceof Number lo
                            ? String.format(Locale.ROOT, "%.4f,%.4f", la.doubleValue(),
                                    lo.doubleValue())
                            : "",
                    String.format(Locale.ROOT, "%.0f", error),
                    String.valueOf(pair.predicted().feature("provenance")),
                    text == null ? "" : context(text, pair.predicted().begin(),
                            pair.predicted().end())));
        }
    }

    /**
     * Matched toponyms geocoded more than 161 km from their gold point (or not at all), one
     * tab-separated line each: document, text, gold place, gold point, predicted point, error in
     * km, the prediction's provenance, the span in context.
     */
    public List<String> geocodingErrors()
    {
        return geocodingErrors;
    }

    /**
     * Document-level role fillers: the gold annotations of one entity (feature {@code entity})
     * form one filler, the predictions with the same words one predicted filler. A predicted
     * filler matches a gold one leniently when a mention overlaps or the words of one contain the
     * other's, strictly when the words are equal; one-to-one, strict matches first.
     */
    private void addEntities(String documentId, String text, String type,
            List<EvalAnnotation> gold, List<EvalAnnotation> predicted)
    {
        Map<Object, List<EvalAnnotation>> goldEntities = new LinkedHashMap<>();
        gold.forEach(a -> goldEntities.computeIfAbsent(a.feature("entity"), k -> new ArrayList<>())
                .add(a));
        Map<Object, List<EvalAnnotation>> predictedEntities = new LinkedHashMap<>();
        predicted.forEach(a -> predictedEntities.computeIfAbsent(String.join(" ", words(a.text())),
                k -> new ArrayList<>()).add(a));
        List<List<EvalAnnotation>> g = new ArrayList<>(goldEntities.values());
        List<List<EvalAnnotation>> p = new ArrayList<>(predictedEntities.values());
        int lenient = matchEntities(g, p, false, documentId, text);
        int strict = matchEntities(g, p, true, null, null);
        report.counts(type + ".lenient").add(lenient, p.size(), g.size());
        report.counts(type + ".strict").add(strict, p.size(), g.size());
    }

    private int matchEntities(List<List<EvalAnnotation>> gold,
            List<List<EvalAnnotation>> predicted, boolean strict, String documentId, String text)
    {
        Set<List<EvalAnnotation>> usedGold = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<List<EvalAnnotation>> usedPredicted = Collections
                .newSetFromMap(new IdentityHashMap<>());
        for (boolean strictPass : strict ? List.of(true) : List.of(true, false)) {
            for (List<EvalAnnotation> g : gold) {
                for (List<EvalAnnotation> p : predicted) {
                    if (!usedGold.contains(g) && !usedPredicted.contains(p)
                            && entitiesMatch(g, p, strictPass)) {
                        usedGold.add(g);
                        usedPredicted.add(p);
                    }
                }
            }
        }
        if (documentId != null) {
            gold.stream().filter(g -> !usedGold.contains(g))
                    .forEach(g -> errors.add(line(documentId, text, "missed", g.get(0), "")));
            predicted.stream().filter(p -> !usedPredicted.contains(p))
                    .forEach(p -> errors.add(line(documentId, text, "spurious", p.get(0), "")));
        }
        return usedGold.size();
    }

    private static boolean entitiesMatch(List<EvalAnnotation> gold,
            List<EvalAnnotation> predicted, boolean strict)
    {
        for (EvalAnnotation g : gold) {
            String goldWords = " " + String.join(" ", words(g.text())) + " ";
            for (EvalAnnotation p : predicted) {
                String predictedWords = " " + String.join(" ", words(p.text())) + " ";
                if (goldWords.equals(predictedWords) || !strict && (g.overlaps(p)
                        || goldWords.contains(predictedWords)
                        || predictedWords.contains(goldWords))) {
                    return true;
                }
            }
        }
        return false;
    }

    public EvaluationReport report()
    {
        return report;
    }

    /** False negatives, false positives and wrong features, one line each. */
    public List<String> errors()
    {
        return errors;
    }

    private void scoreFeatures(String type, List<Pair> pairs)
    {
        for (String[] feature : FEATURES) {
            if (feature[0].equals(type) && scope.scoresFeature(type, feature[1])) {
                String key = type + "." + feature[1];
                for (Pair pair : pairs) {
                    boolean correct = feature[1].equals("speaker") ? sameSpeaker(pair)
                            : same(pair, feature[1]);
                    report.accuracy(key).add(correct);
                }
            }
        }
    }

    private void recordErrors(String documentId, String text, String type, List<EvalAnnotation> gold,
            List<EvalAnnotation> predicted, List<Pair> matched)
    {
        Set<EvalAnnotation> matchedGold = identitySet();
        Set<EvalAnnotation> matchedPredicted = identitySet();
        matched.forEach(pair -> {
            matchedGold.add(pair.gold());
            matchedPredicted.add(pair.predicted());
        });
        for (EvalAnnotation g : gold) {
            if (!matchedGold.contains(g)) {
                errors.add(line(documentId, text, "missed", g, ""));
            }
        }
        for (EvalAnnotation p : predicted) {
            if (!matchedPredicted.contains(p)) {
                errors.add(line(documentId, text, "spurious", p, ""));
            }
        }
        for (Pair pair : matched) {
            for (String[] feature : FEATURES) {
                if (feature[0].equals(type) && scope.scoresFeature(type, feature[1])
                        && !(feature[1].equals("speaker") ? sameSpeaker(pair)
                        : same(pair, feature[1]))) {
                    errors.add(line(documentId, text, "wrong " + feature[1], pair.predicted(),
                            " gold " + feature[1] + "=" + pair.gold().feature(feature[1])
                                    + " [" + pair.gold().begin() + "," + pair.gold().end() + "]"));
                }
            }
            if (pair.gold().begin() != pair.predicted().begin()
                    || pair.gold().end() != pair.predicted().end()) {
                errors.add(line(documentId, text, "boundary", pair.predicted(),
                        " gold \"" + pair.gold().text() + "\""));
            }
        }
    }

    private static String line(String documentId, String text, String kind, EvalAnnotation a,
            String extra)
    {
        String line = String.format(Locale.ROOT, "%s\t%s\t%s [%d,%d] \"%s\" %s%s", documentId,
                kind, a.type(), a.begin(), a.end(), a.text().replace('\n', ' '), a.features(), extra);
        return text == null ? line : line + "\t" + context(text, a.begin(), a.end());
    }

    /** The span in double brackets with up to 40 characters either side, on one line. */
    static String context(String text, int begin, int end)
    {
        int from = Math.max(0, begin - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        return ("…" + text.substring(from, begin) + "[[" + text.substring(begin, end) + "]]"
                + text.substring(end, to) + "…").replaceAll("\\s+", " ");
    }

    private static List<EvalAnnotation> select(List<EvalAnnotation> annotations, Row row)
    {
        return annotations.stream().filter(a -> a.type().equals(row.type()))
                .filter(row.filter()).toList();
    }

    /** One-to-one matching, best overlap first (exact offsets first of all). */
    private static List<Pair> match(List<EvalAnnotation> gold, List<EvalAnnotation> predicted,
            boolean strict)
    {
        List<Pair> candidates = new ArrayList<>();
        for (EvalAnnotation g : gold) {
            for (EvalAnnotation p : predicted) {
                boolean matches = strict ? g.begin() == p.begin() && g.end() == p.end()
                        : g.overlaps(p);
                if (matches) {
                    candidates.add(new Pair(g, p));
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Pair c) -> exact(c) ? 0 : 1)
                .thenComparing(Comparator.comparingInt((Pair c) -> c.gold().overlap(c.predicted()))
                        .reversed()));
        List<Pair> pairs = new ArrayList<>();
        Set<EvalAnnotation> usedGold = identitySet();
        Set<EvalAnnotation> usedPredicted = identitySet();
        for (Pair c : candidates) {
            if (!usedGold.contains(c.gold()) && !usedPredicted.contains(c.predicted())) {
                pairs.add(c);
                usedGold.add(c.gold());
                usedPredicted.add(c.predicted());
            }
        }
        return pairs;
    }

    private static Set<EvalAnnotation> identitySet()
    {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private static boolean exact(Pair pair)
    {
        return pair.gold().begin() == pair.predicted().begin()
                && pair.gold().end() == pair.predicted().end();
    }

    private static boolean same(Pair pair, String feature)
    {
        return Objects.equals(normal(pair.gold().feature(feature)),
                normal(pair.predicted().feature(feature)));
    }

    private static Object normal(Object value)
    {
        return value instanceof Integer i && i == -1 ? null : value;
    }

    /**
     * The predicted speaker shares the gold speaker's surname (its last word), or, when the gold
     * gives the speaker's span (PolNeAR), the predicted speaker's mention overlaps it.
     */
    static boolean sameSpeaker(Pair pair)
    {
        Object gold = pair.gold().feature("speaker");
        Object predicted = pair.predicted().feature("speaker");
        if (pair.gold().feature("speakerBegin") instanceof Integer goldBegin
                && pair.gold().feature("speakerEnd") instanceof Integer goldEnd
                && pair.predicted().feature("speakerBegin") instanceof Integer begin
                && pair.predicted().feature("speakerEnd") instanceof Integer end
                && begin < goldEnd && goldBegin < end) {
            return true;
        }
        if (gold == null || predicted == null) {
            return gold == null && predicted == null;
        }
        String[] goldWords = words(gold.toString());
        if (goldWords.length == 0) {
            return false;
        }
        String surname = goldWords[goldWords.length - 1];
        for (String word : words(predicted.toString())) {
            if (word.equals(surname)) {
                return true;
            }
        }
        return false;
    }

    private static String[] words(String text)
    {
        String plain = text.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return plain.isEmpty() ? new String[0] : plain.split(" ");
    }

    /** Metric names in table order, for the report. */
    static List<String> spanRows()
    {
        return ROWS.stream().map(Row::name).toList();
    }

    static List<String> featureKeys()
    {
        List<String> keys = new ArrayList<>(FEATURES.stream().map(f -> f[0] + "." + f[1]).toList());
        keys.add("Quote.direct.speaker");
        return keys;
    }

    static Map<String, String> combinedRows()
    {
        return Map.of("CasualtyCount.count+status", "CasualtyCount", "Quote.direct+speaker",
                "Quote.direct");
    }
}
