package org.conflictkit.pipelines.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.uima.cas.Feature;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.conflictkit.annotators.rules.DecisionLog;
import org.conflictkit.annotators.rules.DecisionLog.Decision;
import org.conflictkit.annotators.rules.DecisionLog.Verdict;
import org.conflictkit.pipelines.Pipelines;
import org.conflictkit.pipelines.io.InputException;
import org.conflictkit.pipelines.io.TextFileDocument;
import org.conflictkit.type.Layers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code conflictkit explain}: every candidate the engines considered in one document, accepted
 * or rejected, with the rule that decided, in text order. Accepted candidates are the
 * annotations in the CAS (the rule is their provenance); rejected ones come from the
 * {@link DecisionLog} the engines fill while the document is explained.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Lists every candidate the engines considered in one text file, accepted or rejected, with the rule that decided, in text order.")
public final class ExplainCommand
    implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "A UTF-8 text file.")
    private Path input;

    @Mixin
    private PipelineOption pipeline;

    @Override
    public Integer call() throws Exception
    {
        PrintWriter out = spec.commandLine().getOut();
        JCas jcas = JCasFactory.createJCas();
        try {
            TextFileDocument.of(input, input).loadInto(jcas);
        }
        catch (InputException e) {
            spec.commandLine().getErr().println("error: " + input + ": " + e.getMessage());
            return ConflictKitCommand.EXIT_FAILURES;
        }
        List<Decision> rejected = DecisionLog.record(
                () -> SimplePipeline.runPipeline(jcas, Pipelines.create(pipeline.name())));
        explain(jcas, rejected).forEach(out::println);
        return 0;
    }

    /**
     * One line per decision on an annotation of a layer, in text order:
     * {@code BEGIN-END "covered text" accepted|rejected ENGINE/RULE; key=value...}.
     */
    static List<String> explain(JCas jcas, List<Decision> rejected)
    {
        List<Decision> decisions = new ArrayList<>(rejected);
        for (Annotation annotation : jcas.getAnnotationIndex()) {
            if (!Layers.isLayer(annotation.getType().getName())) {
                continue; // a speech event is how the quote engine parsed, not a decision
            }
            Feature provenance = annotation.getType().getFeatureByBaseName("provenance");
            String value = provenance == null ? null
                    : annotation.getFeatureValueAsString(provenance);
            if (value != null) {
                decisions.add(new Decision(annotation.getBegin(), annotation.getEnd(),
                        Verdict.ACCEPTED, value));
            }
        }
        decisions.sort(Comparator.comparingInt(Decision::begin)
                .thenComparing(Comparator.comparingInt(Decision::end).reversed()));
        String text = jcas.getDocumentText();
        return decisions.stream().map(d -> d.begin() + "-" + d.end() + " \""
                + text.substring(d.begin(), d.end()).replaceAll("\\s+", " ") + "\" "
                + d.verdict().name().toLowerCase(Locale.ROOT) + " " + d.rule()).toList();
    }
}
