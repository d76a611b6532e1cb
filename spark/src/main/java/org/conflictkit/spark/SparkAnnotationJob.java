package org.conflictkit.spark;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
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

    private static final StructType ERRORS_SCHEMA = new StructType()
            .add(AnnotationTable.DOCUMENT_ID, DataTypes.StringType)
            .add("origin", DataTypes.StringType)
            .add("message", DataTypes.StringType);

    /** What a run did. */
    public record Summary(long documents, long failures, long annotations, long tokens,
            double seconds)
    {
        public String render()
        {
            return String.format(Locale.ROOT,
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
        int read = corpus.rdd().getNumPartitions();
        int parallelism = partitions > 0 ? partitions
                : Math.max(read, spark.sparkContext().defaultParallelism());
        if (parallelism != read) {
            corpus = corpus.repartition(parallelism);
        }
        corpus.mapPartitions(new PartitionAnnotator(pipeline, xmiOutput, counters),
                Encoders.row(PartitionAnnotator.SCHEMA))
                .write().mode(SaveMode.Overwrite).parquet(path(ANNOTATIONS));
        List<Row> errors = counters.failures().stream()
                .map(e -> RowFactory.create(e.documentId(), e.origin(), e.message())).toList();
        spark.createDataFrame(errors, ERRORS_SCHEMA).coalesce(1)
                .write().mode(SaveMode.Overwrite).parquet(path(ERRORS));
        return new Summary(counters.documents().value(), errors.size(),
                counters.annotations().value(), counters.tokens().value(),
                (System.nanoTime() - start) / 1e9);
    }

    private String path(String table)
    {
        return new Path(output, table).toString();
    }
}
