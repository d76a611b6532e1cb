package org.conflictkit.pipelines.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.conflictkit.pipelines.Pipelines;
import org.conflictkit.pipelines.io.TextFileDocument;
import org.conflictkit.pipelines.run.Benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code conflictkit benchmark}: start-up, throughput and thread scaling of the presets. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measures start-up, documents and tokens per second, peak heap and scaling "
                + "from 1 to N threads per pipeline preset, on a corpus built from the example articles.")
public final class BenchmarkCommand
    implements Callable<Integer>
{
    /** Where the example articles lie, relative to the folder of the jar or classes. */
    static final String EXAMPLES = "examples";

    @Spec
    private CommandSpec spec;

    @Option(names = "--pipeline", arity = "1..*", paramLabel = "NAME",
            description = "Presets to measure (default: all); 'segment', the floor, is always measured.")
    private List<String> pipelines;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "200",
            description = "Documents in the corpus (default: ${DEFAULT-VALUE}).")
    private int docs;

    @Option(names = "--threads", paramLabel = "N",
            description = "Most threads to measure (default: the number of cores).")
    private Integer threads;

    @Option(names = "--input", paramLabel = "DIR",
            description = "Folder of .txt articles to build the corpus from (default: the bundled examples).")
    private Path input;

    @Option(names = "--json", description = "Print the figures as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception
    {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = input != null ? input : bundledExamples();
        List<String> texts = readTexts(folder);
        if (texts.isEmpty()) {
            err.println("error: " + folder + ": no .txt articles to build the benchmark corpus"
                    + (input == null ? "; pass --input DIR" : ""));
            return ConflictKitCommand.EXIT_USAGE;
        }
        if (docs < 1) {
            throw new IllegalArgumentException("--docs must be at least 1");
        }
        Set<String> presets = new LinkedHashSet<>();
        presets.add(Pipelines.SEGMENT);
        presets.addAll(pipelines != null ? pipelines : Pipelines.names());
        presets.forEach(Pipelines::describe);

        Benchmark.Result result = Benchmark.run(new ArrayList<>(presets),
                Benchmark.corpus(texts, docs),
                threads != null ? threads : Runtime.getRuntime().availableProcessors(), err);
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(result));
        }
        else {
            out.print(result.render());
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

    private static List<String> readTexts(Path folder) throws Exception
    {
        List<String> texts = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return texts;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(TextFileDocument.readUtf8(file));
            }
        }
        return texts;
    }
}
