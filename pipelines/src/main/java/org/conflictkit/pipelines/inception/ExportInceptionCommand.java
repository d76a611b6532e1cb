package org.conflictkit.pipelines.inception;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.conflictkit.pipelines.Pipelines;
import org.conflictkit.pipelines.cli.ConflictKitCommand;
import org.conflictkit.pipelines.cli.PipelineOption;
import org.conflictkit.pipelines.cli.ThreadsOption;
import org.conflictkit.pipelines.cli.TimeLimitOption;
import org.conflictkit.pipelines.io.AtomicFiles;
import org.conflictkit.pipelines.io.InputCollector;
import org.conflictkit.pipelines.run.BatchRunner;
import org.conflictkit.pipelines.run.Progress;
import org.conflictkit.pipelines.run.RunSummary;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code conflictkit export-inception}: an INCEpTION project archive to review in INCEpTION. */
@Command(name = "export-inception", mixinStandardHelpOptions = true,
        description = { "Annotates .txt files and writes an INCEpTION project archive: "
                + "ConflictKit's layers, tag sets and recommenders, and the documents "
                + "pre-annotated, ready for Projects > Import.",
                "With --layers-file, also (or only) writes the layer definitions for "
                + "Project settings > Layers > Import in an existing project." })
public final class ExportInceptionCommand
    implements Callable<Integer>
{
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", arity = "1..*", paramLabel = "PATH",
            description = "Text files or folders of .txt files.")
    private List<Path> inputs;

    @Option(names = "--output", paramLabel = "ZIP",
            description = "The project archive to write, e.g. project.zip.")
    private Path output;

    @Option(names = "--layers-file", paramLabel = "JSON",
            description = "Also write the layer definitions to this file, e.g. layers.json.")
    private Path layersFile;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "conflictkit-review",
            description = "Project name (default: ${DEFAULT-VALUE}).")
    private String name;

    @Mixin
    private PipelineOption pipeline;

    @Option(names = "--recommender-url", paramLabel = "URL",
            defaultValue = InceptionProject.DEFAULT_RECOMMENDER_URL,
            description = "Where INCEpTION reaches 'conflictkit serve' (default: ${DEFAULT-VALUE}).")
    private String recommenderUrl;

    @Mixin
    private ThreadsOption threads;

    @Mixin
    private TimeLimitOption timeLimit;

    @Override
    public Integer call() throws Exception
    {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((inputs == null) != (output == null) || (output == null && layersFile == null)) {
            err.println("error: give --input and --output for a project archive, "
                    + "or --layers-file alone for the layer definitions");
            return ConflictKitCommand.EXIT_USAGE;
        }
        if (layersFile != null) {
            byte[] layers = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(
                    InceptionProject.layersFile(InceptionLayers.ofConflictKit()));
            AtomicFiles.write(layersFile, o -> o.write(layers));
            out.println("INCEpTION layer definitions written to " + layersFile);
        }
        if (output == null) {
            return 0;
        }
        if (!Files.isDirectory(output.toAbsolutePath().getParent())) {
            err.println("error: " + output + ": the folder does not exist");
            return ConflictKitCommand.EXIT_USAGE;
        }
        InputCollector.Inputs found = InputCollector.collect(inputs, null, err);
        ProjectArchiveWriter archive = new ProjectArchiveWriter(output, name, recommenderUrl);
        BatchRunner runner = new BatchRunner(Pipelines.create(pipeline.name()), List.of(archive),
                threads.threads(), timeLimit.maxSeconds(), err);
        RunSummary summary = runner.run(found.documents(), false, Progress::toConsole);
        if (archive.size() == 0) {
            err.println("error: no document could be annotated; no archive written");
            return ConflictKitCommand.EXIT_FAILURES;
        }
        out.print(summary.render());
        out.println("INCEpTION project '" + name + "' with " + archive.size()
                + " document(s) written to " + output);
        int failures = summary.failures().size() + found.problems().size();
        return failures > 0 ? ConflictKitCommand.EXIT_FAILURES : 0;
    }
}
