package org.conflictkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trim;

import java.util.List;
import java.util.Locale;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * The input formats of the Spark job. Each reads a corpus from files, folders or globs on any
 * Hadoop file system into rows of {@link CorpusDocument}; nothing is judged here, so bad input
 * reaches the partitions and ends up in the errors table with its origin.
 */
public enum Corpus
{
    /** Every {@code .txt} file below the paths is a UTF-8 document; its id is the file name without {@code .txt}. */
    TEXT("text")
    {
        @Override
        Dataset<Row> read(SparkSession spark, List<String> paths)
        {
            return spark.read().format("binaryFile")
                    .option("pathGlobFilter", "*.txt")
                    .option("recursiveFileLookup", "true")
                    .load(paths.toArray(String[]::new))
                    .select(col("path").as(CorpusDocument.ORIGIN),
                            col("content").as(CorpusDocument.CONTENT),
                            lit(null).cast(DataTypes.StringType).as(CorpusDocument.LINE));
        }
    },
    /**
     * JSON Lines: each non-blank line is an article as {@code conflictkit annotate} reads it
     * ({@code id}, {@code text}, optional {@code title}, {@code date}, {@code source}, {@code url}).
     */
    JSONL("jsonl")
    {
        @Override
        Dataset<Row> read(SparkSession spark, List<String> paths)
        {
            return spark.read().text(paths.toArray(String[]::new))
                    .filter(trim(col("value")).notEqual(""))
                    .select(input_file_name().as(CorpusDocument.ORIGIN),
                            lit(null).cast(DataTypes.BinaryType).as(CorpusDocument.CONTENT),
                            col("value").as(CorpusDocument.LINE));
        }
    };

    private final String id;

    Corpus(String id)
    {
        this.id = id;
    }

    /** The documents below the paths, in the columns of {@link CorpusDocument}. */
    abstract Dataset<Row> read(SparkSession spark, List<String> paths);

    public String id()
    {
        return id;
    }

    public static Corpus of(String id)
    {
        for (Corpus corpus : values()) {
            if (corpus.id.equals(id.toLowerCase(Locale.ROOT))) {
                return corpus;
            }
        }
        throw new IllegalArgumentException("Unknown input format '" + id
                + "'; known input formats: text, jsonl");
    }
}
