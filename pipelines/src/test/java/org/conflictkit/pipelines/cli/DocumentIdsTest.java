package org.conflictkit.pipelines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.conflictkit.pipelines.io.TableCasWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/** Ids as the user gave them in the tables and the XMI; file names safe and unique. */
class DocumentIdsTest
{
    private static final String TEXT = "Two Su-34 jets were shot down.";

    @Test
    void textFilesInDatedFoldersKeepTheirPathAsIdAndNeitherIsDropped(@TempDir Path dir)
        throws Exception
    {
        Path input = dir.resolve("in");
        Files.writeString(Files.createDirectories(input.resolve("2024-01-01")).resolve("1.txt"),
                TEXT);
        Files.writeString(Files.createDirectories(input.resolve("2024-01-02")).resolve("1.txt"),
                "Three Su-34 jets were shot down.");
        Path output = dir.resolve("out");

        CommandTester result = CommandTester.run("annotate", "--input", input.toString(),
                "--output", output.toString(), "--format", "xmi,csv", "--pipeline", "weapons");

        assertEquals(0, result.exitCode, result.err);
        assertEquals(List.of("2024-01-01/1", "2024-01-02/1"),
                column(output.resolve("annotations.csv"), "document_id"));
        assertEquals("2024-01-02/1", DocumentMetaData.get(AnnotateCommandTest
                .readXmi(output.resolve("2024-01-02_1.xmi"), output.resolve("TypeSystem.xml"))
                .getJCas()).getDocumentId());
    }

    @Test
    void jsonLinesIdsStayVerbatimAndNoIdOverwritesAReportFile(@TempDir Path dir)
        throws Exception
    {
        Path corpus = dir.resolve("corpus.jsonl");
        String longId = "story-" + "x".repeat(300);
        Files.writeString(corpus, String.join("\n",
                "{\"id\": \"news/4\", \"text\": \"" + TEXT + "\"}",
                "{\"id\": \"news_4\", \"text\": \"" + TEXT + "\"}",
                "{\"id\": \"summary\", \"text\": \"" + TEXT + "\"}",
                "{\"id\": \"" + longId + "\", \"text\": \"" + TEXT + "\"}", ""));
        Path output = dir.resolve("out");
        String[] run = { "annotate", "--input", corpus.toString(), "--output", output.toString(),
            "--format", "json,tsv,kwic,report", "--pipeline", "weapons" };

        CommandTester result = CommandTester.run(run);

        assertEquals(0, result.exitCode, result.err);
        assertEquals(List.of("news/4", "news_4", "summary", longId),
                column(output.resolve("annotations.tsv"), "document_id"));
        assertEquals(List.of("news/4", "news_4", "summary", longId),
                column(output.resolve("kwic-Weapon.tsv"), "document_id"));
        assertTrue(Files.readString(output.resolve("summary.json")).contains("\"documents\" : 4"));
        try (Stream<Path> files = Files.list(output)) {
            assertEquals(4, files.filter(f -> f.toString().endsWith(".json")
                    && !f.endsWith("summary.json")).count());
        }

        CommandTester resumed = CommandTester.run(append(run, "--resume"));

        assertTrue(resumed.out.contains("4 documents skipped"), resumed.out);
    }

    static List<String> column(Path table, String name) throws Exception
    {
        return cells(table, name);
    }

    /** The given cells of every row, joined by spaces. */
    static List<String> cells(Path table, String... names) throws Exception
    {
        boolean tsv = table.toString().endsWith(".tsv");
        try (var reader = Files.newBufferedReader(table)) {
            return (tsv ? TableCasWriter.TSV : TableCasWriter.CSV).builder().setHeader()
                    .setSkipHeaderRecord(true).build().parse(reader).stream()
                    .map((CSVRecord r) -> String.join(" ",
                            java.util.Arrays.stream(names).map(r::get).toList()))
                    .toList();
        }
    }

    static String[] append(String[] args, String arg)
    {
        String[] longer = java.util.Arrays.copyOf(args, args.length + 1);
        longer[args.length] = arg;
        return longer;
    }
}
