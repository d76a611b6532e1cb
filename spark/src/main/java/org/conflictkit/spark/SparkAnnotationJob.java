package org.conflictkit.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.List;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.CasCreationUtils;
import org.conflictkit.pipelines.Pipelines;
import org.conflictkit.pipelines.io.AnnotationTable;

/**
 * Annotates a corpus with a named ConflictKit pipeline on Spark and writes, below the output
 * path:
 * <ul>
 * <li>{@code annotations/}: Parquet, one row per annotation, the columns of
 * {@link AnnotationTable} (the {@code csv} output of {@code conflictkit annotate});</li>
 * <li>{@code errors/}: Parquet, one row per document that failed: {@code document_id},
 * {@code origin}, {@code message};</li>
 * <li>{@code xmi/} (optional): {@code <id>.xmi} per document and {@code TypeSystem.xml}.</li>
 * </ul>
 * The tables of an earlier run into the same path are replaced.
 *
 * @param inputs
 *            files, folders or globs on any Hadoop file system
 * @param partitions
 *            partitions to annotate in; 0 for at least the session's default parallelism
 */
public record SparkAnnotationJob(List<String> inputs, Corpus format, String output,
        String pipeline, boolean xmi, int partitions)
{
    public static final String ANNOTATIONS = "annotations";
    public static final String ERRORS = "errors";
    public static final String XMI = "xmi";

    /** What a run did. */
    public record Summary(long documents, long failures, long annotations, long tokens,
            double seconds)
    {
        public String render()
        {
            return String.format(java.util.Locale.ROOT,
                    "documents: %d, failed: %d, annotations: %d, tokens: %d, seconds: %.1f, tokens/s: %.0f%n",
                    documents, failures, annotations, tokens, seconds,
                    seconds > 0 ? tokens / seconds : 0);
        }
    }

    public SparkAnnotationJob
    {
        Pipelines.describe(pipeline); // rejects an unknown name before any work
    }

    public Summary run(SparkSession spark) throws IOException, ResourceInitializationException
    {
        long start = System.nanoTime();
        XmiOutput xmiOutput = null;
        if (xmi) {
            xmiOutput = new XmiOutput(path(XMI), spark.sparkContext().hadoopConfiguration());
            xmiOutput.writeTypeSystem(CasCreationUtils.createCas(Pipelines.create(pipeline))
                    .getTypeSystem());
        }
        RunCounters counters = RunCounters.register(spark.sparkContext());

        Dataset<Row> corpus = format.read(spark, inputs);
        int parallelism = partitions > 0 ? partitions
                : Math.max(corpus.rdd().getNumPartitions(), spark.sparkContext().defaultParallelism());
        if (parallelism != corpus.rdd().getNumPartitions()) {
            corpus = corpus.repartition(parallelism);
        }
        Dataset<Row> results = corpus
                .mapPartitions(new PartitionAnnotator(pipeline, xmiOutput, counters),
                        Encoders.row(PartitionAnnotator.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            results.filter(col(PartitionAnnotator.ERROR).isNull())
                    .drop(PartitionAnnotator.ORIGIN, PartitionAnnotator.ERROR)
                    .write().mode(SaveMode.Overwrite).parquet(path(ANNOTATIONS));
            results.filter(col(PartitionAnnotator.ERROR).isNotNull())
                    .select(col(AnnotationTable.DOCUMENT_ID),
                            col(PartitionAnnotator.ORIGIN).as("origin"),
                            col(PartitionAnnotator.ERROR).as("message"))
                    .write().mode(SaveMode.Overwrite).parquet(path(ERRORS));
        }
        finally {
            results.unpersist();
        }
        return new Summary(counters.documents().value(), counters.failures().value(),
                counters.annotations().value(), counters.tokens().value(),
                (System.nanoTime() - start) / 1e9);
    }

    private String path(String table)
    {
        return new Path(output, table).toString();
    }
}
