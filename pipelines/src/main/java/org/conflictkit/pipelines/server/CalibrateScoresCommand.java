package org.conflictkit.pipelines.server;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.conflictkit.pipelines.Pipelines;
import org.conflictkit.pipelines.cli.ConflictKitCommand;
import org.conflictkit.pipelines.cli.ThreadsOption;
import org.conflictkit.pipelines.eval.EvalAnnotation;
import org.conflictkit.pipelines.eval.Evaluator;
import org.conflictkit.pipelines.eval.GoldReader;
import org.conflictkit.pipelines.eval.Scorer;
import org.conflictkit.pipelines.io.AtomicFiles;
import org.conflictkit.pipelines.run.Progress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code conflictkit calibrate-scores}: measures how often each rule is right on gold documents
 * and writes the table that the recommender's scores come from ({@link RuleScores}).
 */
@Command(name = "calibrate-scores", hidden = true, mixinStandardHelpOptions = true,
        description = "Measures each rule's precision on gold documents (lenient span match) and "
                + "writes the table of the recommender's suggestion scores.")
public final class CalibrateScoresCommand
    implements Callable<Integer>
{
    private static final String PROVENANCE = "provenance";

    @Spec
    private CommandSpec spec;

    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Gold files or folders of them (the development corpora).")
    private List<Path> gold;

    @Mixin
    private ThreadsOption threads;

    @Option(names = "--output", required = true, paramLabel = "FILE",
            description = "The table to write (pipelines/src/main/resources/org/conflictkit/"
                    + "pipelines/server/" + RuleScores.RESOURCE + ").")
    private Path output;

    @Override
    public Integer call() throws Exception
    {
        PrintWriter err = spec.commandLine().getErr();
        GoldReader.GoldSet goldSet = GoldReader.read(gold);
        goldSet.problems().forEach(p -> err.println("error: " + p));
        if (goldSet.documents().isEmpty()) {
            err.println("error: no gold documents");
            return ConflictKitCommand.EXIT_USAGE;
        }
        // layer -> rule -> {right, seen}
        Map<String, Map<String, int[]>> counts = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<List<EvalAnnotation>> predictions = Evaluator.predict(goldSet.documents(),
                Pipelines.create(Pipelines.DEFAULT), threads.threads(), Progress::toConsole,
                failures);
        failures.forEach(f -> err.println("error: " + f));
        for (int i = 0; i < predictions.size(); i++) {
            List<EvalAnnotation> predicted = predictions.get(i);
            if (predicted == null) {
                continue;
            }
            Set<EvalAnnotation> right = Scorer.lenientlyMatched(
                    goldSet.documents().get(i).annotations(), predicted);
            for (EvalAnnotation annotation : predicted) {
                Object provenance = annotation.feature(PROVENANCE);
                Map<String, int[]> rules = counts.computeIfAbsent(annotation.type(),
                        t -> new TreeMap<>());
                count(rules, RuleScores.ALL_RULES, right.contains(annotation));
                if (provenance != null) {
                    count(rules, RuleScores.ruleKey(provenance.toString()),
                            right.contains(annotation));
                }
            }
        }
        List<RuleScores.Row> rows = new ArrayList<>();
        counts.forEach((layer, rules) -> rules.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, int[]> e) -> e.getValue()[1])
                        .reversed().thenComparing(Map.Entry::getKey))
                .forEach(e -> rows.add(new RuleScores.Row(layer, e.getKey(),
                        (double) e.getValue()[0] / e.getValue()[1], e.getValue()[1]))));
        StringBuilder text = new StringBuilder();
        RuleScores.render(rows).forEach(line -> text.append(line).append(System.lineSeparator()));
        AtomicFiles.write(output, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        spec.commandLine().getOut().println("wrote " + rows.size() + " rows from "
                + goldSet.documents().size() + " documents to " + output);
        return 0;
    }

    private static void count(Map<String, int[]> rules, String rule, boolean right)
    {
        int[] c = rules.computeIfAbsent(rule, r -> new int[2]);
        c[0] += right ? 1 : 0;
        c[1]++;
    }
}
