package org.conflictkit.pipelines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tables' lemma and pos columns: filled by the linguistic stage, empty without it. */
class LinguisticColumnsTest
{
    private static final String TEXT = "Forces fired 12 Shahed drones at Dnipro overnight.";

    @Test
    void linguisticRunsFillLemmasAndTagsOfTheAnnotatedTokens(@TempDir Path dir) throws Exception
    {
        Path table = annotate(dir, "--linguistic");

        assertEquals(List.of("Shahed drones", "Dnipro"), DocumentIdsTest.cells(table, "text"));
        assertEquals(List.of("shahed drone", "dnipro"), DocumentIdsTest.cells(table, "lemma"));
        assertEquals(List.of("ADJ NOUN", "PROPN"), DocumentIdsTest.cells(table, "pos"));
    }

    @Test
    void otherRunsLeaveTheColumnsEmpty(@TempDir Path dir) throws Exception
    {
        Path table = annotate(dir);

        assertEquals(List.of("Shahed drones", "Dnipro"), DocumentIdsTest.cells(table, "text"));
        assertEquals(List.of("", ""), DocumentIdsTest.cells(table, "lemma"));
        assertEquals(List.of("", ""), DocumentIdsTest.cells(table, "pos"));
    }

    private static Path annotate(Path dir, String... options) throws Exception
    {
        Files.writeString(dir.resolve("strike.txt"), TEXT);
        Path output = dir.resolve("out");
        String[] args = { "annotate", "--input", dir.resolve("strike.txt").toString(), "--output",
                output.toString(), "--format", "csv", "--pipeline", "default" };
        for (String option : options) {
            args = DocumentIdsTest.append(args, option);
        }
        CommandTester result = CommandTester.run(args);
        assertEquals(0, result.exitCode, result.err);
        return output.resolve("annotations.csv");
    }
}
