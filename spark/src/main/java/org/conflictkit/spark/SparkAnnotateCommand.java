package org.conflictkit.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.conflictkit.pipelines.Pipelines;
import org.conflictkit.pipelines.cli.BuildVersion;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The main class of the Spark jar: {@code spark-submit conflictkit-spark.jar --input ... --output
 * ...}. Without a master from spark-submit or {@code -Dspark.master}, it runs in local mode on
 * every core.
 */
@Command(name = "conflictkit-spark", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Annotates a corpus with a ConflictKit pipeline on Apache Spark.")
public final class SparkAnnotateCommand
    implements Callable<Integer>
{
    static final int EXIT_USAGE = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Files, folders or globs on any Hadoop file system (file:, hdfs:, s3a:, ...).")
    private List<String> inputs;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text: UTF-8 .txt files, one document each, id = file name without .txt; "
                    + "jsonl: JSON Lines with id, text and optional title, url, date, source "
                    + "(default: ${DEFAULT-VALUE}).")
    private String inputFormat;

    @Option(names = "--output", required = true, paramLabel = "PATH",
            description = "Output path: annotations/ and errors/ (Parquet), xmi/ with --xmi.")
    private String output;

    @Option(names = "--pipeline", paramLabel = "NAME", defaultValue = Pipelines.DEFAULT,
            description = "Pipeline preset (default: ${DEFAULT-VALUE}).")
    private String pipeline;

    @Option(names = "--xmi", description = "Also write one XMI per document into xmi/.")
    private boolean xmi;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Partitions to annotate in (default: at least the default parallelism).")
    private int partitions;

    @Override
    public Integer call() throws Exception
    {
        SparkAnnotationJob job = new SparkAnnotationJob(inputs, Corpus.of(inputFormat), output,
                pipeline, xmi, partitions);
        SparkConf conf = new SparkConf().setIfMissing("spark.master", "local[*]")
                .setIfMissing("spark.app.name", "ConflictKit " + pipeline);
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            SparkAnnotationJob.Summary summary = job.run(spark);
            PrintWriter out = spec.commandLine().getOut();
            out.print(summary.render());
            if (summary.failures() > 0) {
                out.println(summary.failures() + " document(s) failed; see " + output + "/"
                        + SparkAnnotationJob.ERRORS);
            }
            out.flush();
            return 0;
        }
        finally {
            spark.stop();
        }
    }

    public static void main(String[] args)
    {
        System.exit(commandLine().execute(args));
    }

    /** The command line with exit codes 0 (done, also when documents failed), 1 (the job failed), 2 (unusable arguments). */
    static CommandLine commandLine()
    {
        CommandLine commandLine = new CommandLine(new SparkAnnotateCommand());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + (e.getMessage() != null ? e.getMessage() : e));
            return e instanceof IllegalArgumentException ? EXIT_USAGE : 1;
        });
        return commandLine;
    }
}
