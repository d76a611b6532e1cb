package org.conflictkit.pipelines.eval;

import java.util.LinkedHashMap;
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

    private final Map<String, Counts> counts = new LinkedHashMap<>();
    private final Map<String, Accuracy> accuracies = new LinkedHashMap<>();
    private int documents;

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
        return json;
    }

    /** The report as a plain-text table. */
    public String render()
    {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d documents%n%n", documents));
        out.append(String.format(Locale.ROOT, "%-28s %6s %6s | %-20s | %-20s%n", "", "gold",
                "pred", "lenient  P    R    F1", "strict   P    R    F1"));
        for (String row : Scorer.spanRows()) {
            Counts lenient = counts(row + ".lenient");
            Counts strict = counts(row + ".strict");
            out.append(String.format(Locale.ROOT,
                    "%-28s %6d %6d |       %.2f %.2f %.2f |       %.2f %.2f %.2f%n", row,
                    lenient.gold, lenient.predicted, lenient.precision(), lenient.recall(),
                    lenient.f1(), strict.precision(), strict.recall(), strict.f1()));
        }
        out.append(String.format(Locale.ROOT, "%n%-28s %6s %6s | %-20s%n", "combined", "gold",
                "pred", "correct  P    R    F1"));
        for (String row : Scorer.combinedRows().keySet().stream().sorted().toList()) {
            Counts c = counts(row);
            out.append(String.format(Locale.ROOT, "%-28s %6d %6d | %4d  %.2f %.2f %.2f%n", row,
                    c.gold, c.predicted, c.truePositives, c.precision(), c.recall(), c.f1()));
        }
        out.append(String.format(Locale.ROOT, "%n%-28s %13s%n", "feature accuracy (lenient)",
                "correct/total"));
        for (String key : Scorer.featureKeys()) {
            Accuracy a = accuracy(key);
            out.append(String.format(Locale.ROOT, "%-28s %6d/%-6d %.2f%n", key, a.correct,
                    a.total, a.value()));
        }
        return out.toString();
    }

    private static double round(double value)
    {
        return Math.round(value * 10000) / 10000.0;
    }
}
