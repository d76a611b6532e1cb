package org.conflictkit.pipelines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

class ResumeTest
{
    @Test
    void aResumedRunSkipsCompleteDocumentsAndStillReportsOnTheWholeCorpus(@TempDir Path dir)
        throws Exception
    {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("a.txt"), "Shelling hit the port.");
        Files.writeString(input.resolve("b.txt"), "Talks resumed in the capital.");
        Path output = dir.resolve("out");
        String[] run = { "annotate", "--input", input.toString(), "--output", output.toString(),
            "--pipeline", "segment", "--format", "xmi,csv,report" };
        assertEquals(0, CommandTester.run(run).exitCode);
        Files.delete(output.resolve("b.xmi"));

        CommandTester resumed = CommandTester.run(append(run, "--resume"));

        assertEquals(0, resumed.exitCode, resumed.err);
        assertTrue(resumed.out.startsWith("1 documents annotated, 0 failed"), resumed.out);
        assertTrue(resumed.out.contains("1 documents skipped: their outputs were complete"),
                resumed.out);
        assertTrue(Files.exists(output.resolve("b.xmi")));
        assertEquals(2, new ObjectMapper().readTree(output.resolve("summary.json").toFile())
                .get("documents").asInt());
    }

    @Test
    void withoutResumeEveryDocumentIsAnnotatedAgain(@TempDir Path dir) throws Exception
    {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("a.txt"), "Shelling hit the port.");
        String[] run = { "annotate", "--input", input.toString(), "--output",
            dir.resolve("out").toString(), "--pipeline", "segment", "--format", "csv" };
        CommandTester.run(run);

        CommandTester again = CommandTester.run(run);

        assertTrue(again.out.startsWith("1 documents annotated, 0 failed"), again.out);
    }

    @Test
    void aResumedRunWithAnotherPipelineAnnotatesAgainAndSaysHowMany(@TempDir Path dir)
        throws Exception
    {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("a.txt"), "Two Su-34 jets were shot down near Kharkiv.");
        Files.writeString(input.resolve("b.txt"), "A drone hit Odesa.");
        Path output = dir.resolve("out");
        String[] run = { "annotate", "--input", input.toString(), "--output", output.toString(),
            "--format", "xmi,csv", "--resume" };
        assertEquals(0, CommandTester.run(append(run, "--pipeline=weapons")).exitCode);

        CommandTester resumed = CommandTester.run(append(run, "--pipeline=default"));

        assertEquals(0, resumed.exitCode, resumed.err);
        assertTrue(resumed.out.startsWith("2 documents annotated, 0 failed"), resumed.out);
        assertTrue(resumed.out.contains("2 documents annotated again: their outputs were made by "
                + "another pipeline or ConflictKit version"), resumed.out);
        assertEquals(List.of("Weapon Su-34 jets", "Location Kharkiv", "Weapon drone",
                "Location Odesa"), DocumentIdsTest.cells(output.resolve("annotations.csv"), "type", "text"));
        assertTrue(Files.readString(output.resolve("a.xmi"))
                .contains("key=\"conflictkit.pipeline\" value=\"default\""));

        CommandTester again = CommandTester.run(append(run, "--pipeline=default"));

        assertTrue(again.out.contains("2 documents skipped"), again.out);
        assertFalse(again.out.contains("annotated again"), again.out);
    }

    private static String[] append(String[] args, String arg)
    {
        String[] longer = java.util.Arrays.copyOf(args, args.length + 1);
        longer[args.length] = arg;
        return longer;
    }
}
