package org.conflictkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.conflictkit.pipelines.Pipelines;
import org.conflictkit.pipelines.cli.ConflictKitCommand;
import org.conflictkit.pipelines.io.AnnotationTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * Runs the job in Spark local mode and compares its Parquet table with the {@code csv} output of
 * {@code conflictkit annotate} on the same documents.
 */
class SparkAnnotationJobTest
{
    /** Sentences the generated articles are made of. */
    private static final List<String> SENTENCES = List.of(
            "Russian forces launched 40 Shahed drones at Kyiv overnight, the air force said.",
            "At least 12 civilians were killed and 30 injured when a missile hit a market in Kharkiv.",
            "\"We shot down most of the drones,\" said Yuriy Ihnat, a spokesman for the air force.",
            "The army said two Su-34 jets and an S-400 battery were destroyed near Belgorod.",
            "Officials in Odesa reported that three people were missing after the strike.",
            "Artillery shelling continued along the front line near Bakhmut on Tuesday.",
            "Mayor Vitali Klitschko said debris fell on a residential building in Kyiv.",
            "A rocket strike killed dozens of soldiers, according to a military blogger.",
            "The Israeli military said it struck targets in southern Lebanon with F-16 jets.",
            "Sudan's army accused the Rapid Support Forces of shelling El Fasher, killing 15 people.");
    private static final int DOCUMENTS = 300;
    private static final int JSON_DOCUMENTS = 30;

    @TempDir
    static Path shared;

    private static SparkSession spark;
    private static Path corpus;
    /** The rows of {@code conflictkit annotate --format csv} on the corpus, rendered and sorted. */
    private static List<String> annotateRows;

    @TempDir
    Path temp;

    @BeforeAll
    static void startSparkAndAnnotateTheCorpusWithTheCommandLine() throws IOException
    {
        spark = SparkSession.builder().master("local[2]").appName("conflictkit-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                // Compiling query code costs more than it saves on a few hundred documents.
                .config("spark.sql.codegen.wholeStage", "false")
                .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
                .getOrCreate();
        corpus = Files.createDirectories(shared.resolve("corpus"));
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(corpus.resolve(id(i) + ".txt"), article(i));
        }
        Path csv = shared.resolve("annotate");
        StringWriter err = new StringWriter();
        CommandLine annotate = ConflictKitCommand.commandLine();
        annotate.setOut(new PrintWriter(new StringWriter()));
        annotate.setErr(new PrintWriter(err));
        assertEquals(0, annotate.execute("annotate", "--input", corpus.toString(), "--output",
                csv.toString(), "--format", "csv", "--threads", "2"), err.toString());
        annotateRows = csvRows(csv.resolve("annotations.csv"));
    }

    @AfterAll
    static void stopSpark()
    {
        spark.stop();
    }

    @Test
    void textFilesGiveTheAnnotationsOfTheCommandLine() throws Exception
    {
        Path output = temp.resolve("out");

        SparkAnnotationJob.Summary summary = new SparkAnnotationJob(List.of(corpus.toString()),
                Corpus.TEXT, output.toString(), Pipelines.DEFAULT, false, 0).run(spark);

        assertEquals("CasualtyCount, Location, Quote, Speaker, Weapon", annotateRows.stream()
                .map(r -> r.split("\t")[1]).distinct().sorted().collect(Collectors.joining(", ")),
                "every engine has annotations to compare");
        assertEquals(String.join("\n", annotateRows),
                String.join("\n", parquetRows(output.resolve(SparkAnnotationJob.ANNOTATIONS))));
        assertEquals(DOCUMENTS, summary.documents());
        assertEquals(0, summary.failures());
        assertEquals(annotateRows.size(), summary.annotations());
    }

    @Test
    void jsonLinesGiveTheAnnotationsOfTheCommandLineAndBadLinesAreErrors() throws Exception
    {
        Path jsonl = Files.createDirectories(temp.resolve("jsonl"));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < JSON_DOCUMENTS; i++) {
            lines.append("{\"id\": \"").append(id(i)).append("\", \"title\": \"Report ").append(i)
                    .append("\", \"date\": \"2024-05-01\", \"text\": \"")
                    .append(article(i).replace("\"", "\\\"").replace("\n", "\\n"))
                    .append("\"}\n");
        }
        lines.append("{\"id\": \"broken\", \"text\": \n\n");
        lines.append("{\"text\": \"No id here.\"}\n");
        Files.writeString(jsonl.resolve("news.jsonl"), lines);
        Path output = temp.resolve("out");

        SparkAnnotationJob.Summary summary = new SparkAnnotationJob(List.of(jsonl.toString()),
                Corpus.JSONL, output.toString(), Pipelines.DEFAULT, false, 0).run(spark);

        List<String> ids = Stream.iterate(0, i -> i + 1).limit(JSON_DOCUMENTS)
                .map(i -> id(i) + "\t").toList();
        assertEquals(annotateRows.stream().filter(r -> ids.stream().anyMatch(r::startsWith))
                .collect(Collectors.joining("\n")),
                String.join("\n", parquetRows(output.resolve(SparkAnnotationJob.ANNOTATIONS))));
        assertEquals(JSON_DOCUMENTS, summary.documents());
        assertEquals("""
                null | news.jsonl | missing 'id'
                null | news.jsonl | not a JSON object (Unexpected end-of-input within/between Object entries)""",
                errors(output));
    }

    @Test
    void failingDocumentsAreRecordedAndTheOthersAnnotatedAndWrittenAsXmi() throws Exception
    {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.writeString(input.resolve("good.txt"), article(1));
        Files.write(input.resolve("latin1.txt"),
                "Kyiv \u00e9t\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(input.resolve("blank.txt"), "  \n");
        Path output = temp.resolve("out");

        SparkAnnotationJob.Summary summary = new SparkAnnotationJob(List.of(input.toString()),
                Corpus.TEXT, output.toString(), Pipelines.DEFAULT, true, 2).run(spark);

        assertEquals("""
                blank | blank.txt | empty document (no text)
                latin1 | latin1.txt | not UTF-8 text (invalid byte 0xE9 at byte offset 5)""", errors(output));
        assertEquals(1, summary.documents());
        assertEquals(2, summary.failures());
        assertEquals(List.of("TypeSystem.xml", "good.xmi"),
                fileNames(output.resolve(SparkAnnotationJob.XMI)));
    }

    private static String id(int number)
    {
        return String.format("article-%03d", number);
    }

    /** An article of a headline and a few sentences, different for each number. */
    private static String article(int number)
    {
        StringBuilder text = new StringBuilder("Update " + number + ": "
                + SENTENCES.get(number % SENTENCES.size()).replaceAll("[,.\"]", "") + "\n\n");
        int sentences = 3 + number % 4;
        for (int i = 0; i < sentences; i++) {
            text.append(SENTENCES.get((number * 7 + i * 3) % SENTENCES.size())).append(' ');
        }
        return text.toString().strip() + "\n";
    }

    private static List<String> csvRows(Path file) throws IOException
    {
        try (Reader reader = Files.newBufferedReader(file)) {
            List<String> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader()
                    .setSkipHeaderRecord(true).build().parse(reader)) {
                assertEquals(AnnotationTable.columnNames(), record.getParser().getHeaderNames());
                rows.add(String.join("\t", record.values()));
            }
            rows.sort(null);
            return rows;
        }
    }

    /** The Parquet rows rendered as the csv writer prints them. */
    private static List<String> parquetRows(Path table)
    {
        List<String> rows = new ArrayList<>();
        for (Row row : spark.read().parquet(table.toString()).collectAsList()) {
            rows.add(AnnotationTable.columnNames().stream().map(row::getAs)
                    .map(v -> v == null ? "" : String.valueOf(v))
                    .collect(Collectors.joining("\t")));
        }
        rows.sort(null);
        return rows;
    }

    private static String errors(Path output)
    {
        return spark.read().parquet(output.resolve(SparkAnnotationJob.ERRORS).toString())
                .collectAsList().stream()
                .map(r -> r.getString(0) + " | " + Path.of(r.getString(1)).getFileName() + " | "
                        + r.getString(2))
                .sorted().collect(Collectors.joining("\n"));
    }

    private static List<String> fileNames(Path folder) throws IOException
    {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
