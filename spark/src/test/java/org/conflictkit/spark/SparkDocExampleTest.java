package org.conflictkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.conflictkit.pipelines.cli.ConflictKitCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * docs/spark.md's local command, run through the jar's main class with the documented
 * arguments on the bundled examples, and its Python line's grouped count done with the same
 * Spark calls in Java, against {@code conflictkit annotate --format csv}.
 */
class SparkDocExampleTest
{
    /** The settings of a test session; the command reads them as it reads spark-submit's. */
    private static final Map<String, String> TEST_SESSION = Map.of("spark.master", "local[2]",
            "spark.ui.enabled", "false", "spark.driver.host", "127.0.0.1",
            "spark.driver.bindAddress", "127.0.0.1", "spark.sql.shuffle.partitions", "2",
            "spark.sql.codegen.wholeStage", "false", "spark.sql.codegen.factoryMode",
            "NO_CODEGEN");

    @Test
    void theLocalCommandWritesTheAnnotationsOfTheExamplesAndTheDocumentedCountRuns(
            @TempDir Path dir) throws Exception
    {
        String doc = Files.readString(Path.of("..", "docs", "spark.md"));
        List<String> arguments = localCommandArguments(doc);
        assertEquals(List.of("--input", "examples", "--output", "out/spark"), arguments);
        Path examples = Path.of("..", "examples");
        Path output = dir.resolve("out/spark");
        List<String> args = arguments.stream().map(a -> a.equals("examples") ? examples.toString()
                : a.equals("out/spark") ? output.toString() : a).toList();

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = SparkAnnotateCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exitCode = withSystemProperties(TEST_SESSION,
                () -> command.execute(args.toArray(String[]::new)));

        assertEquals(0, exitCode, err.toString());
        Map<String, Long> expected = countsPerType(annotate(examples, dir.resolve("csv")));
        long annotations = expected.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(out.toString().matches("documents: 5, failed: 0, annotations: " + annotations
                + ", tokens: \\d+, seconds: [\\d.]+, tokens/s: \\d+\\n"), out.toString());
        assertEquals(expected, groupedCount(doc, output));
    }

    /** The arguments of the documented command that runs on one machine. */
    private static List<String> localCommandArguments(String doc)
    {
        Matcher command = Pattern.compile("spark-submit --master 'local\\[\\*\\]' "
                + "spark/target/conflictkit-spark\\.jar \\\\\\n\\s*(.*)\\n").matcher(doc);
        assertTrue(command.find(), "docs/spark.md shows the local command");
        return List.of(command.group(1).strip().split("\\s+"));
    }

    /** The doc's {@code spark.read.parquet(...).groupBy("type").count()} in Java. */
    private static Map<String, Long> groupedCount(String doc, Path output)
    {
        Matcher python = Pattern.compile("spark\\.read\\.parquet\\(\"out/spark/annotations\"\\)"
                + "\\.groupBy\\(\"(\\w+)\"\\)\\.count\\(\\)\\.show\\(\\)").matcher(doc);
        assertTrue(python.find(), "docs/spark.md shows the grouped count");
        SparkSession spark = SparkSession.builder().master("local[1]")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        try {
            Map<String, Long> counts = new TreeMap<>();
            for (Row row : spark.read().parquet(output.resolve(SparkAnnotationJob.ANNOTATIONS)
                    .toString()).groupBy(python.group(1)).count().collectAsList()) {
                counts.put(row.getString(0), row.getLong(1));
            }
            return counts;
        }
        finally {
            spark.stop();
        }
    }

    private static Path annotate(Path examples, Path output)
    {
        CommandLine annotate = ConflictKitCommand.commandLine();
        StringWriter err = new StringWriter();
        annotate.setOut(new PrintWriter(new StringWriter()));
        annotate.setErr(new PrintWriter(err));
        assertEquals(0, annotate.execute("annotate", "--input", examples.toString(), "--output",
                output.toString(), "--format", "csv"), err.toString());
        return output.resolve("annotations.csv");
    }

    private static Map<String, Long> countsPerType(Path csv) throws Exception
    {
        Map<String, Long> counts = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(csv)) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader()
                    .setSkipHeaderRecord(true).build().parse(reader)) {
                counts.merge(record.get("type"), 1L, Long::sum);
            }
        }
        return counts;
    }

    @FunctionalInterface
    private interface Run
    {
        int call() throws Exception;
    }

    private static int withSystemProperties(Map<String, String> properties, Run run)
        throws Exception
    {
        Map<String, String> before = new TreeMap<>();
        properties.keySet().forEach(k -> before.put(k, System.getProperty(k)));
        properties.forEach(System::setProperty);
        try {
            return run.call();
        }
        finally {
            before.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                }
                else {
                    System.setProperty(k, v);
                }
            });
        }
    }
}
