package org.conflictkit.pipelines.corpus;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.conflictkit.pipelines.Pipelines;
import org.conflictkit.pipelines.cli.AnnotateCommand;
import org.conflictkit.pipelines.cli.ConflictKitCommand;
import org.conflictkit.pipelines.cli.InputOption;
import org.conflictkit.pipelines.cli.PipelineOption;
import org.conflictkit.pipelines.cli.ThreadsOption;
import org.conflictkit.pipelines.cli.TimeLimitOption;
import org.conflictkit.pipelines.io.InputCollector;
import org.conflictkit.pipelines.io.VrtCasWriter;
import org.conflictkit.pipelines.run.BatchRunner;
import org.conflictkit.pipelines.run.Progress;
import org.conflictkit.pipelines.run.RunSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code conflictkit index}: annotates documents with a preset and the {@code linguistic} stage,
 * writes them as vertical text and builds a BlackLab index of it for {@code conflictkit query}.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Annotates documents (text, JSON Lines, XMI) and builds a BlackLab corpus index "
                + "with word, lemma and POS per token and every annotation as a span.")
public final class IndexCommand
    implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOption inputs;

    @Option(names = "--index", required = true, paramLabel = "DIR",
            description = "Index folder (created, or replaced when it holds an index).")
    private Path index;

    @Mixin
    private PipelineOption pipeline;

    @Mixin
    private ThreadsOption threads;

    @Mixin
    private TimeLimitOption timeLimit;

    @Override
    public Integer call() throws Exception
    {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputCollector.Inputs found = inputs.collect(null, err);
        Path vertical = Files.createTempDirectory("conflictkit-index-");
        try {
            BatchRunner runner = new BatchRunner(AnnotateCommand.withTypeSystems(
                    Pipelines.create(pipeline.name(), true), found.typeSystems().values()),
                    List.of(new VrtCasWriter(vertical)), threads.threads(),
                    timeLimit.maxSeconds(), err);
            RunSummary summary = runner.run(found.documents(), false, Progress::toConsole);
            out.print(summary.render());
            CorpusIndex.build(List.of(vertical.resolve(VrtCasWriter.VRT_FILE)), index);
            out.println("index: " + index);
            int failures = summary.failures().size() + found.problems().size();
            if (failures > 0) {
                err.println(failures + " input(s) failed and are not in the index; see the errors above");
                return ConflictKitCommand.EXIT_FAILURES;
            }
            return 0;
        }
        finally {
            CorpusIndex.deleteTree(vertical);
        }
    }
}
