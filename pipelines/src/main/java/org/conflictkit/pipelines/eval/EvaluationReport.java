package org.conflictkit.pipelines.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scores of an evaluation: span counts (true positives, predicted, gold) per row and
 * accuracies of features on matched spans. {@link #metrics()} names every figure the way
 * {@code --floors} files do, e.g. {@code Weapon.lenient.f1} or {@code Location.kind.accuracy}.
 */
public final class EvaluationReport
{
    /** True positives, predictions and gold annotations of one row. */
    public static final class Counts
    {
        private int truePositives;
        private int predicted;
        private int gold;

        void add(int tp, int p, int g)
        {
            truePositives += tp;
            predicted += p;
            gold += g;
        }

        public double precision()
        {
            return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) truePositives / predicted;
        }

        public double recall()
        {
            return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) truePositives / gold;
        }

        public double f1()
        {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Correct and total decisions of one feature. */
    public static final class Accuracy
    {
        private int correct;
        private int total;

        void add(boolean isCorrect)
        {
            total++;
            if (isCorrect) {
                correct++;
            }
        }

        public double value()
        {
            return total == 0 ? 0 : (double) correct / total;
        }
    }

    private final GoldScope scope;
    private final Map<String, Counts> counts = new LinkedHashMap<>();
    private final Map<String, Accuracy> accuracies = new LinkedHashMap<>();
    private final Geocoding geocoding = new Geocoding();
    private int documents;
    /** Per convention difference: its gold annotations and the predictions left out on them. */
    private final Map<Scorer.Convention, int[]> ignored = new LinkedHashMap<>();

    EvaluationReport(GoldScope scope)
    {
        this.scope = scope;
    }

    Geocoding geocoding()
    {
        return geocoding;
    }

    /** Gold annotations a convention difference marks, and the predictions left out on them. */
    void ignored(Scorer.Convention convention, int gold, int predicted)
    {
        int[] counts = ignored.computeIfAbsent(convention, c -> new int[2]);
        counts[0] += gold;
        counts[1] += predicted;
    }

    Counts counts(String key)
    {
        return counts.computeIfAbsent(key, k -> new Counts());
    }

    Accuracy accuracy(String key)
    {
        return accuracies.computeIfAbsent(key, k -> new Accuracy());
    }

    void documentDone()
    {
        documents++;
    }

    /** Every figure by name, for floors and JSON. */
    public Map<String, Double> metrics()
    {
        Map<String, Double> metrics = new TreeMap<>();
        counts.forEach((key, c) -> {
            metrics.put(key + ".precision", c.precision());
            metrics.put(key + ".recall", c.recall());
            metrics.put(key + ".f1", c.f1());
        });
        accuracies.forEach((key, a) -> metrics.put(key + ".accuracy", a.value()));
        if (geocoding.toponyms() > 0) {
            metrics.put("Geocoding.accuracy161", geocoding.accuracy161());
            metrics.put("Geocoding.meanErrorKm", geocoding.meanErrorKm());
            metrics.put("Geocoding.medianErrorKm", geocoding.medianErrorKm());
            metrics.put("Geocoding.auc", geocoding.auc());
            metrics.put("Geocoding.unresolvedShare", geocoding.unresolvedShare());
        }
        return metrics;
    }

    /** The report as a JSON-ready tree. */
    public Map<String, Object> toJson()
    {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("documents", documents);
        Map<String, Object> spans = new LinkedHashMap<>();
        counts.forEach((key, c) -> spans.put(key, Map.of("truePositives", c.truePositives,
                "predicted", c.predicted, "gold", c.gold, "precision", round(c.precision()),
                "recall", round(c.recall()), "f1", round(c.f1()))));
        json.put("spans", spans);
        Map<String, Object> features = new LinkedHashMap<>();
        accuracies.forEach((key, a) -> features.put(key,
                Map.of("correct", a.correct, "total", a.total, "accuracy", round(a.value()))));
        json.put("features", features);
        json.put("scoredTypes", scope.types().stream().sorted().toList());
        json.put("level", scope.documentLevel() ? "document" : "mention");
        if (geocoding.toponyms() > 0) {
            json.put("geocoding", Map.of("toponyms", geocoding.toponyms(),
                    "accuracy161km", round(geocoding.accuracy161()),
                    "meanErrorKm", round(geocoding.meanErrorKm()),
                    "medianErrorKm", round(geocoding.medianErrorKm()),
                    "auc", round(geocoding.auc()),
                    "unresolvedShare", round(geocoding.unresolvedShare())));
        }
        if (!ignored.isEmpty()) {
            Map<String, Object> left = new LinkedHashMap<>();
            ignored.forEach((convention, counts) -> left.put(convention.label(),
                    Map.of("gold", counts[0], "predictedOnThem", counts[1])));
            json.put("ignored", left);
        }
        return json;
    }

    /** The report as a plain-text table. */
    public String render()
    {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d documents%s%n%n", documents,
                scope.documentLevel() ? ", role fillers scored per document and entity" : ""));
        out.append(String.format(Locale.ROOT, "%-28s %6s %6s | %-20s | %-20s%n", "", "gold",
                "pred", "lenient  P    R    F1", "strict   P    R    F1"));
        for (String row : Scorer.spanRows()) {
            if (!counts.containsKey(row + ".lenient")) {
                continue;
            }
            Counts lenient = counts(row + ".lenient");
            Counts strict = counts(row + ".strict");
            out.append(String.format(Locale.ROOT,
                    "%-28s %6d %6d |       %.2f %.2f %.2f |       %.2f %.2f %.2f%n", row,
                    lenient.gold, lenient.predicted, lenient.precision(), lenient.recall(),
                    lenient.f1(), strict.precision(), strict.recall(), strict.f1()));
        }
        List<String> combined = Scorer.combinedRows().keySet().stream().sorted()
                .filter(counts::containsKey).toList();
        if (!combined.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%n%-28s %6s %6s | %-20s%n", "combined",
                    "gold", "pred", "correct  P    R    F1"));
        }
        for (String row : combined) {
            Counts c = counts(row);
            out.append(String.format(Locale.ROOT, "%-28s %6d %6d | %4d  %.2f %.2f %.2f%n", row,
                    c.gold, c.predicted, c.truePositives, c.precision(), c.recall(), c.f1()));
        }
        List<String> features = Scorer.featureKeys().stream()
                .filter(key -> scope.features().contains(key.replace(".direct.", ".")))
                .toList();
        if (!features.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%n%-28s %13s%n",
                    "feature accuracy (lenient)", "correct/total"));
        }
        for (String key : features) {
            Accuracy a = accuracy(key);
            out.append(String.format(Locale.ROOT, "%-28s %6d/%-6d %.2f%n", key, a.correct,
                    a.total, a.value()));
        }
        if (geocoding.toponyms() > 0) {
            out.append(String.format(Locale.ROOT, "%ngeocoding of %d matched toponyms with gold "
                    + "coordinates (unresolved at %.0f km)%n", geocoding.toponyms(),
                    Geocoding.MAX_ERROR_KM));
            out.append(String.format(Locale.ROOT, "%-28s %.2f%n", "accuracy within 161 km",
                    geocoding.accuracy161()));
            out.append(String.format(Locale.ROOT, "%-28s %.0f km%n", "mean error",
                    geocoding.meanErrorKm()));
            out.append(String.format(Locale.ROOT, "%-28s %.0f km%n", "median error",
                    geocoding.medianErrorKm()));
            out.append(String.format(Locale.ROOT, "%-28s %.2f (0 best)%n", "AUC of log error",
                    geocoding.auc()));
            out.append(String.format(Locale.ROOT, "%-28s %.2f%n", "without coordinates",
                    geocoding.unresolvedShare()));
        }
        if (!ignored.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%n"));
        }
        ignored.forEach((convention, counts) -> out.append(String.format(Locale.ROOT,
                "ignored: %s: %d gold, %d predicted %ss on them (neither right nor wrong)%n",
                convention.label(), counts[0], counts[1], convention.predictedType())));
        return out.toString();
    }

    private static double round(double value)
    {
        return Math.round(value * 10000) / 10000.0;
    }
}
