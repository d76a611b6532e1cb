package org.conflictkit.pipelines.cli;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.component.NoOpAnnotator;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.conflictkit.pipelines.BuildInfo;
import org.conflictkit.pipelines.Pipelines;
import org.conflictkit.pipelines.io.CasWriter;
import org.conflictkit.pipelines.io.Failures;
import org.conflictkit.pipelines.io.InputCollector;
import org.conflictkit.pipelines.io.InputFormat;
import org.conflictkit.pipelines.io.LayerReplacer;
import org.conflictkit.pipelines.io.OutputFormat;
import org.conflictkit.pipelines.io.RunRecord;
import org.conflictkit.pipelines.io.RunRecordAnnotator;
import org.conflictkit.pipelines.io.RunRecords;
import org.conflictkit.pipelines.io.SizeLimit;
import org.conflictkit.pipelines.run.BatchRunner;
import org.conflictkit.pipelines.run.Progress;
import org.conflictkit.pipelines.run.RunSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code conflictkit annotate}: runs a pipeline over documents and writes the annotations. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Annotates text files (UTF-8), JSON Lines corpora and XMI files, and folders of them.")
public final class AnnotateCommand
    implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOption inputs;

    @Option(names = "--input-format", paramLabel = "FORMAT", completionCandidates = InputFormatIds.class,
            description = "Read every input in this format (${COMPLETION-CANDIDATES}) instead of choosing by extension.")
    private String inputFormat;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Output folder (created if missing).")
    private Path output;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "xmi",
            completionCandidates = OutputFormatIds.class,
            description = "Output formats, comma-separated: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private List<String> formats;

    @Mixin
    private PipelineOption pipeline;

    @Mixin
    private ThreadsOption threads;

    @Option(names = "--resume",
            description = "Keep the outputs of an earlier run into the same folder and skip the documents whose outputs are complete.")
    private boolean resume;

    @Option(names = "--max-chars", paramLabel = "N", converter = PositiveInteger.class,
            defaultValue = "" + SizeLimit.DEFAULT_MAX_CHARS,
            description = "Longest document annotated, in characters; a longer one fails alone (default: ${DEFAULT-VALUE}).")
    private int maxChars;

    @Mixin
    private TimeLimitOption timeLimit;

    @Option(names = "--linguistic",
            description = "Add part-of-speech tags and lemmas (Apache OpenNLP) to the tables' lemma and pos columns; slower. The vrt format always has them.")
    private boolean linguistic;

    @Option(names = "--list-pipelines", help = true,
            description = "List the pipeline presets and exit.")
    private boolean listPipelines;

    @Override
    public Integer call() throws Exception
    {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (listPipelines) {
            Pipelines.names().forEach(n -> out.printf("%-12s %s%n", n, Pipelines.describe(n)));
            return 0;
        }
        List<OutputFormat> outputFormats = new ArrayList<>();
        for (String format : new LinkedHashSet<>(formats)) {
            outputFormats.add(OutputFormat.of(format));
        }
        try {
            Files.createDirectories(output);
            Path probe = Files.createTempFile(output, ".write-check", ".tmp");
            Files.delete(probe);
        }
        catch (IOException e) {
            err.println("error: " + output + ": output folder is not writable ("
                    + Failures.reason(e) + ")");
            return ConflictKitCommand.EXIT_USAGE;
        }

        InputCollector.Inputs found = inputs.collect(
                inputFormat == null ? null : InputFormat.of(inputFormat), err);
        boolean linguisticStage = linguistic
                || outputFormats.stream().anyMatch(OutputFormat::linguistic);
        // A run with the linguistic stage writes other outputs: --resume must tell them apart.
        RunRecord record = new RunRecord(
                linguisticStage ? pipeline.name() + "+" + Pipelines.LINGUISTIC : pipeline.name(),
                BuildInfo.current().version(), outputFormats.stream().map(OutputFormat::id).toList());
        List<CasWriter> writers = new ArrayList<>();
        outputFormats.forEach(f -> writers.add(f.writer(output)));
        RunRecords records = new RunRecords(output, record);
        writers.add(records);

        AnalysisEngineDescription steps = withTypeSystems(createEngineDescription(
                SizeLimit.of(maxChars),
                LayerReplacer.of(Pipelines.outputTypes(pipeline.name(), linguisticStage)),
                Pipelines.create(pipeline.name(), linguisticStage), RunRecordAnnotator.of(record)),
                found.typeSystems().values());
        BatchRunner runner = new BatchRunner(steps, writers, threads.threads(),
                timeLimit.maxSeconds(), err);
        RunSummary summary = runner.run(found.documents(), resume, Progress::toConsole);
        found.problems().forEach(summary::addFailure);
        out.print(summary.render());
        if (records.outdated() > 0) {
            out.println(records.outdated() + " documents annotated again: their outputs were made "
                    + "by another pipeline or ConflictKit version");
        }
        int failures = summary.failures().size();
        if (failures > 0) {
            err.println(failures + " input(s) failed; see the errors above");
            return ConflictKitCommand.EXIT_FAILURES;
        }
        return 0;
    }

    /**
     * The pipeline, with the types of the given type system files added so that annotations of
     * those types in XMI inputs are kept.
     */
    public static AnalysisEngineDescription withTypeSystems(AnalysisEngineDescription pipeline,
            Collection<TypeSystemDescription> typeSystems)
        throws ResourceInitializationException
    {
        if (typeSystems.isEmpty()) {
            return pipeline;
        }
        TypeSystemDescription merged = CasCreationUtils.mergeTypeSystems(typeSystems);
        return createEngineDescription(createEngineDescription(NoOpAnnotator.class, merged),
                pipeline);
    }

    /** The input format ids, for the help text. */
    static final class InputFormatIds
        implements Iterable<String>
    {
        @Override
        public Iterator<String> iterator()
        {
            return Arrays.stream(InputFormat.values()).map(InputFormat::id).iterator();
        }
    }

    /** The output format ids, for the help text. */
    static final class OutputFormatIds
        implements Iterable<String>
    {
        @Override
        public Iterator<String> iterator()
        {
            return Arrays.stream(OutputFormat.values()).map(OutputFormat::id).iterator();
        }
    }
}
