package org.conflictkit.pipelines.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.conflictkit.pipelines.Pipelines;
import org.conflictkit.pipelines.io.AtomicFiles;
import org.conflictkit.pipelines.io.InputCollector;
import org.conflictkit.pipelines.io.OutputFormat;
import org.conflictkit.pipelines.run.Benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code conflictkit benchmark}: start-up, throughput and thread scaling of the presets. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measures start-up, tokens per second and per CPU-second, allocation, peak heap "
                + "and the speed-up from 1 to N threads per pipeline preset, annotating alone and "
                + "writing outputs like annotate, after a warm-up, as the median of passes of fixed length.")
public final class BenchmarkCommand
    implements Callable<Integer>
{
    /** Where the example articles lie, relative to the folder of the jar or classes. */
    static final String EXAMPLES = "examples";
    /** Documents of the corpus cycled from the examples when no --input is given. */
    static final int EXAMPLE_DOCUMENTS = 200;

    @Spec
    private CommandSpec spec;

    @Option(names = "--pipeline", arity = "1..*", paramLabel = "NAME",
            description = "Presets to measure (default: all); 'segment', the floor, is always measured.")
    private List<String> pipelines;

    @Option(names = "--input", arity = "1..*", paramLabel = "PATH",
            description = "Files or folders of .txt articles or JSON Lines corpora (default: the bundled examples).")
    private List<Path> inputs;

    @Option(names = "--docs", paramLabel = "N",
            description = "Documents in the corpus, cycling through the input (default: the input once; "
                    + EXAMPLE_DOCUMENTS + " for the examples).")
    private Integer docs;

    @Option(names = "--format", split = ",", paramLabel = "OUTPUT", defaultValue = "none,xmi",
            description = "Outputs to measure, comma-separated: 'none' (annotation only) or a format of "
                    + "annotate (default: ${DEFAULT-VALUE}).")
    private List<String> outputs;

    @Option(names = "--threads", paramLabel = "N",
            description = "Most threads to measure (default: the number of cores).")
    private Integer threads;

    @Option(names = "--pass-seconds", paramLabel = "S", defaultValue = "10",
            description = "Shortest measured pass in seconds; a pass is whole rounds over the corpus "
                    + "(default: ${DEFAULT-VALUE}).")
    private double passSeconds;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "3",
            description = "Measured passes per thread count; the median is reported (default: ${DEFAULT-VALUE}).")
    private int passes;

    @Option(names = "--warm-up", paramLabel = "N", defaultValue = "5",
            description = "Most warm-up passes (half as long) before measuring; warm-up stops earlier "
                    + "when the throughput per CPU-second is stable (default: ${DEFAULT-VALUE}).")
    private int warmUp;

    @Option(names = "--json", description = "Print the figures as JSON.")
    private boolean json;

    @Option(names = "--markdown", paramLabel = "FILE",
            description = "Also write the figures as the Markdown table of docs/benchmark.md to this file.")
    private Path markdown;

    @Override
    public Integer call() throws Exception
    {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (passes < 1 || warmUp < 0 || passSeconds < 0 || (docs != null && docs < 1)) {
            err.println("error: --passes and --docs must be at least 1, --warm-up and --pass-seconds "
                    + "at least 0");
            return ConflictKitCommand.EXIT_USAGE;
        }
        List<Path> paths = inputs != null ? inputs : List.of(bundledExamples());
        InputCollector.Inputs found = InputCollector.collect(paths, null, err);
        if (found.documents().isEmpty()) {
            err.println("error: " + paths.get(0) + ": no articles to build the benchmark corpus"
                    + (inputs == null ? "; pass --input PATH" : ""));
            return ConflictKitCommand.EXIT_USAGE;
        }
        List<String> measured = new ArrayList<>(new LinkedHashSet<>(outputs));
        for (String output : measured) {
            if (!output.equals(Benchmark.ENGINE_ONLY)) {
                OutputFormat.of(output);
            }
        }
        Set<String> presets = new LinkedHashSet<>();
        presets.add(Pipelines.SEGMENT);
        presets.addAll(pipelines != null ? pipelines : Pipelines.names());
        presets.forEach(Pipelines::describe);

        int size = docs != null ? docs : inputs == null ? EXAMPLE_DOCUMENTS : 0;
        Benchmark.Settings settings = new Benchmark.Settings(new ArrayList<>(presets), measured,
                threads != null ? threads : Runtime.getRuntime().availableProcessors(),
                passSeconds, passes, warmUp);
        Benchmark.Result result = Benchmark.run(settings,
                Benchmark.corpus(found.documents(), size), err);
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(result));
        }
        else {
            out.print(result.render());
        }
        if (markdown != null) {
            String table = result.markdown();
            AtomicFiles.write(markdown, o -> o.write(table.getBytes(StandardCharsets.UTF_8)));
        }
        return 0;
    }

    /** The examples folder of the project the jar (or the classes folder) was built in. */
    static Path bundledExamples() throws URISyntaxException
    {
        Path code = Path.of(BenchmarkCommand.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        // pipelines/target/conflictkit.jar or pipelines/target/classes: three levels below the root.
        return code.getParent().getParent().getParent().resolve(EXAMPLES);
    }
}
