package org.conflictkit.pipelines.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The confidence of a suggestion, from the rule that made it: how often that rule's annotations
 * matched a gold annotation of their type (lenient match) on the development corpora, drawn
 * towards the layer's precision when the rule was seen only a few times. The measurements come
 * from {@value #RESOURCE}, written by {@code conflictkit calibrate-scores}.
 */
public final class RuleScores
{
    static final String RESOURCE = "rule-scores.tsv";
    /** The rule column's value on the row of a whole layer. */
    static final String ALL_RULES = "*";
    /** How many annotations' worth of the layer's precision is mixed into a rule's precision. */
    private static final double LAYER_WEIGHT = 2;
    /** The score for a layer that has no row (no gold for it). */
    private static final double UNMEASURED_LAYER = 0.5;
    /** A suggestion is never scored 0: INCEpTION would treat it as unscored. */
    private static final double LOWEST = 0.01;

    /** One row of the table. */
    record Row(String layer, String rule, double precision, int support)
    {
    }

    private static final class Standard
    {
        static final RuleScores TABLE = load();
    }

    private final Map<String, Row> rows = new HashMap<>();

    RuleScores(List<Row> rows)
    {
        rows.forEach(row -> this.rows.put(row.layer() + '\t' + row.rule(), row));
    }

    /** The table bundled with this build, read once per JVM. */
    public static RuleScores standard()
    {
        return Standard.TABLE;
    }

    /**
     * The rule part of a provenance: the text before the first {@code ;} (provenance reads
     * {@code ENGINE/RULE; key=value; ...}), whitespace collapsed.
     */
    public static String ruleKey(String provenance)
    {
        int end = provenance.indexOf(';');
        return (end < 0 ? provenance : provenance.substring(0, end)).replaceAll("\\s+", " ")
                .strip();
    }

    /** The score in [0.01, 1] of an annotation of {@code layer} (a type's short name). */
    public double score(String layer, String provenance)
    {
        Row all = rows.get(layer + '\t' + ALL_RULES);
        double prior = Math.max(LOWEST, all == null ? UNMEASURED_LAYER : all.precision());
        Row rule = provenance == null ? null : rows.get(layer + '\t' + ruleKey(provenance));
        if (rule == null) {
            return prior;
        }
        double score = (rule.precision() * rule.support() + LAYER_WEIGHT * prior)
                / (rule.support() + LAYER_WEIGHT);
        return Math.min(1, Math.max(LOWEST, score));
    }

    /** The table's lines: a header, then one line per row. */
    static List<String> render(List<Row> rows)
    {
        List<String> lines = new ArrayList<>();
        lines.add("# Precision of each rule on the development corpora (lenient span match),");
        lines.add("# written by: conflictkit calibrate-scores --gold DEV_CORPUS eval/dev2 "
                + "--output FILE");
        lines.add("# layer\trule\tprecision\tsupport");
        rows.forEach(row -> lines.add(row.layer() + '\t' + row.rule() + '\t'
                + String.format(Locale.ROOT, "%.3f", row.precision()) + '\t' + row.support()));
        return lines;
    }

    static RuleScores parse(List<String> lines)
    {
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 4) {
                throw new IllegalArgumentException(RESOURCE + ": not 4 tab-separated fields: "
                        + line);
            }
            rows.add(new Row(fields[0], fields[1], Double.parseDouble(fields[2]),
                    Integer.parseInt(fields[3])));
        }
        return new RuleScores(rows);
    }

    private static RuleScores load()
    {
        try (InputStream in = RuleScores.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
