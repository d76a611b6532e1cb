package org.conflictkit.pipelines.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.conflictkit.pipelines.Pipelines;
import org.conflictkit.pipelines.io.CasWriter;
import org.conflictkit.pipelines.io.InputCollector;
import org.conflictkit.pipelines.io.OutputFormat;
import org.conflictkit.pipelines.run.BatchRunner;
import org.conflictkit.pipelines.run.Progress;
import org.conflictkit.pipelines.run.RunSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code conflictkit annotate}: runs a pipeline over text files and writes the annotations. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Annotates .txt files (UTF-8) and folders of them.")
public final class AnnotateCommand
    implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Text files or folders of .txt files.")
    private List<Path> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Output folder (created if missing).")
    private Path output;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "xmi",
            description = "Output formats, comma-separated: xmi, json (default: ${DEFAULT-VALUE}).")
    private List<String> formats;

    @Option(names = "--pipeline", paramLabel = "NAME", defaultValue = Pipelines.DEFAULT,
            description = "Pipeline preset (default: ${DEFAULT-VALUE}); see 'conflictkit annotate --list-pipelines'.")
    private String pipeline;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Documents annotated in parallel (default: ${DEFAULT-VALUE}).")
    private int threads;

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
            err.println("error: " + output + ": output folder is not writable (" + e + ")");
            return ConflictKitCommand.EXIT_USAGE;
        }

        InputCollector.Inputs found = InputCollector.collect(inputs);
        found.problems().forEach(p -> err.println("error: " + p));
        List<CasWriter> writers = new ArrayList<>();
        outputFormats.forEach(f -> writers.add(f.writer(output)));

        BatchRunner runner = new BatchRunner(Pipelines.create(pipeline), writers, threads, err);
        RunSummary summary = runner.run(found.documents(),
                Progress.toConsole(found.documents().size()));
        for (CasWriter writer : writers) {
            writer.close();
        }
        out.print(summary.render());
        int failures = summary.failures().size() + found.problems().size();
        if (failures > 0) {
            err.println(failures + " input(s) failed; see the errors above");
            return ConflictKitCommand.EXIT_FAILURES;
        }
        return 0;
    }
}
