package org.conflictkit.pipelines.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
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
    /** The rows of the span table: a name and which annotations belong to it. */
    private record Row(String name, String type, Predicate<EvalAnnotation> filter)
    {
    }

    private static final List<Row> ROWS = List.of(
            new Row("Weapon", "Weapon", a -> true),
            new Row("CasualtyCount", "CasualtyCount", a -> true),
            new Row("Location", "Location", a -> true),
            new Row("Quote", "Quote", a -> true),
            new Row("Quote.direct", "Quote", a -> Boolean.TRUE.equals(a.feature("direct"))),
            new Row("Quote.indirect", "Quote", a -> !Boolean.TRUE.equals(a.feature("direct"))),
            new Row("Speaker", "Speaker", a -> true),
            new Row("Speaker.official", "Speaker", a -> Boolean.TRUE.equals(a.feature("official"))));

    /** Features scored on lenient matches: type and feature name. */
    private static final List<String[]> FEATURES = List.of(new String[] { "Weapon", "category" },
            new String[] { "CasualtyCount", "count" }, new String[] { "CasualtyCount", "status" },
            new String[] { "Location", "kind" }, new String[] { "Location", "countryCode" },
            new String[] { "Quote", "speaker" });

    private final EvaluationReport report = new EvaluationReport();
    private final List<String> errors = new ArrayList<>();

    /** A pair of matched annotations. */
    private record Pair(EvalAnnotation gold, EvalAnnotation predicted)
    {
    }

    public void add(String documentId, List<EvalAnnotation> gold, List<EvalAnnotation> predicted)
    {
        report.documentDone();
        for (Row row : ROWS) {
            List<EvalAnnotation> g = select(gold, row);
            List<EvalAnnotation> p = select(predicted, row);
            List<Pair> lenient = match(g, p, false);
            List<Pair> strict = match(g, p, true);
            report.counts(row.name() + ".lenient").add(lenient.size(), p.size(), g.size());
            report.counts(row.name() + ".strict").add(strict.size(), p.size(), g.size());
            if (row.name().equals(row.type())) {
                scoreFeatures(row.type(), lenient);
                recordErrors(documentId, row.type(), g, p, lenient);
            }
            if (row.name().equals("CasualtyCount")) {
                long correct = lenient.stream().filter(pair -> same(pair, "count")
                        && same(pair, "status")).count();
                report.counts("CasualtyCount.count+status").add((int) correct, p.size(), g.size());
            }
            if (row.name().equals("Quote.direct")) {
                long correct = lenient.stream().filter(Scorer::sameSpeaker).count();
                report.counts("Quote.direct+speaker").add((int) correct, p.size(), g.size());
            }
        }
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
            if (feature[0].equals(type)) {
                String key = type + "." + feature[1];
                for (Pair pair : pairs) {
                    boolean correct = feature[1].equals("speaker") ? sameSpeaker(pair)
                            : same(pair, feature[1]);
                    report.accuracy(key).add(correct);
                }
            }
        }
    }

    private void recordErrors(String documentId, String type, List<EvalAnnotation> gold,
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
                errors.add(line(documentId, "missed", g, ""));
            }
        }
        for (EvalAnnotation p : predicted) {
            if (!matchedPredicted.contains(p)) {
                errors.add(line(documentId, "spurious", p, ""));
            }
        }
        for (Pair pair : matched) {
            for (String[] feature : FEATURES) {
                if (feature[0].equals(type) && !(feature[1].equals("speaker") ? sameSpeaker(pair)
                        : same(pair, feature[1]))) {
                    errors.add(line(documentId, "wrong " + feature[1], pair.predicted(),
                            " gold " + feature[1] + "=" + pair.gold().feature(feature[1])
                                    + " [" + pair.gold().begin() + "," + pair.gold().end() + "]"));
                }
            }
            if (pair.gold().begin() != pair.predicted().begin()
                    || pair.gold().end() != pair.predicted().end()) {
                errors.add(line(documentId, "boundary", pair.predicted(),
                        " gold \"" + pair.gold().text() + "\""));
            }
        }
    }

    private static String line(String documentId, String kind, EvalAnnotation a, String extra)
    {
        return String.format(Locale.ROOT, "%s\t%s\t%s [%d,%d] \"%s\" %s%s", documentId, kind,
                a.type(), a.begin(), a.end(), a.text().replace('\n', ' '), a.features(), extra);
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

    /** The predicted speaker shares the gold speaker's surname (its last word). */
    static boolean sameSpeaker(Pair pair)
    {
        Object gold = pair.gold().feature("speaker");
        Object predicted = pair.predicted().feature("speaker");
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
        return FEATURES.stream().map(f -> f[0] + "." + f[1]).toList();
    }

    static Map<String, String> combinedRows()
    {
        return Map.of("CasualtyCount.count+status", "CasualtyCount", "Quote.direct+speaker",
                "Quote.direct");
    }
}
