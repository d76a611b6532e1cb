package org.conflictkit.pipelines.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.conflictkit.pipelines.io.InputCollector;
import org.conflictkit.pipelines.io.InputFormat;

import picocli.CommandLine.Option;

/** The {@code --input} option of the commands that annotate files and folders of documents. */
public final class InputOption
{
    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Files or folders: .txt, .jsonl/.ndjson (one article per line), .xmi.")
    private List<Path> paths;

    /**
     * The documents of the inputs, each problem printed as an error line.
     *
     * @param format
     *            the format of every input, or null to choose by extension.
     */
    public InputCollector.Inputs collect(InputFormat format, PrintWriter err)
    {
        return InputCollector.collect(paths, format, err);
    }
}
