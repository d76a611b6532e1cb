package org.conflictkit.pipelines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures of a batch: each is one plain line naming its input, and the summary counts them all. */
class BatchFailuresTest
{
    private static final String TEXT = "Two Su-34 jets were shot down near Kharkiv.";

    @Test
    void zeroAndNegativeThreadsAreUsageErrorsNamingTheOption(@TempDir Path dir) throws Exception
    {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        for (String threads : List.of("0", "-2", "two")) {
            CommandTester result = CommandTester.run("annotate", "--input",
                    dir.resolve("a.txt").toString(), "--output", dir.resolve("out").toString(),
                    "--threads", threads);

            assertEquals(ConflictKitCommand.EXIT_USAGE, result.exitCode, threads);
            assertTrue(result.err.contains("--threads") && result.err.contains("'" + threads + "'"),
                    result.err);
            assertFalse(Files.exists(dir.resolve("out").resolve("a.xmi")));
        }
    }

    @Test
    void aTimeLimitUnderOneSecondIsAUsageErrorNamingTheOption(@TempDir Path dir) throws Exception
    {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        for (String seconds : List.of("0", "1.5")) {
            CommandTester result = CommandTester.run("annotate", "--input",
                    dir.resolve("a.txt").toString(), "--output", dir.resolve("out").toString(),
                    "--max-seconds", seconds);

            assertEquals(ConflictKitCommand.EXIT_USAGE, result.exitCode, seconds);
            assertTrue(result.err.contains("--max-seconds")
                    && result.err.contains("'" + seconds + "'"), result.err);
        }
    }

    @Test
    void aBinaryFileIsNotUtf8TextAtANamedByte(@TempDir Path dir) throws Exception
    {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.write(input.resolve("photo.txt"), new byte[] { 'G', 'I', 'F', (byte) 0xFF, 1, 2 });
        Files.writeString(input.resolve("good.txt"), TEXT);

        CommandTester result = CommandTester.run("annotate", "--input", input.toString(),
                "--output", dir.resolve("out").toString(), "--pipeline", "segment");

        assertEquals(ConflictKitCommand.EXIT_FAILURES, result.exitCode);
        assertEquals("error: " + input.resolve("photo.txt")
                + ": not UTF-8 text (invalid byte 0xFF at byte offset 3)\n"
                + "1 input(s) failed; see the errors above\n", result.err);
    }

    @Test
    void aMalformedTypeSystemBesideXmiFailsThoseInputsAloneAndTheSummaryCountsThem(
            @TempDir Path dir) throws Exception
    {
        Path workbench = Files.createDirectories(dir.resolve("workbench"));
        Files.writeString(workbench.resolve("TypeSystem.xml"), "<typeSystemDescription><types>");
        Files.writeString(workbench.resolve("a.xmi"), "<xmi/>");
        Files.writeString(workbench.resolve("b.xmi"), "<xmi/>");
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("good.txt"), TEXT);
        Path output = dir.resolve("out");

        CommandTester result = CommandTester.run("annotate", "--input", workbench.toString(),
                texts.toString(), dir.resolve("missing").toString(), "--output",
                output.toString(), "--pipeline", "weapons");

        assertEquals(ConflictKitCommand.EXIT_FAILURES, result.exitCode);
        assertEquals(List.of("TypeSystem.xml", "good.xmi"), AnnotateCommandTest.list(output));
        for (String xmi : List.of("a.xmi", "b.xmi")) {
            assertTrue(result.err.contains("error: " + workbench.resolve(xmi)
                    + ": the type system beside it, TypeSystem.xml, is not a readable UIMA type "
                    + "system"), result.err);
        }
        assertTrue(result.out.startsWith("1 documents annotated, 3 failed"), result.out);
        assertTrue(result.err.endsWith("3 input(s) failed; see the errors above\n"), result.err);
    }

    @Test
    void anOutputThatCannotBeWrittenIsNamedAndTheSummaryIsStillPrinted(@TempDir Path dir)
        throws Exception
    {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        Path output = Files.createDirectories(dir.resolve("out"));
        Files.writeString(Files.createDirectories(output.resolve("annotations.csv"))
                .resolve("keep.txt"), "in the way");

        CommandTester result = CommandTester.run("annotate", "--input",
                dir.resolve("a.txt").toString(), "--output", output.toString(), "--format",
                "xmi,csv", "--pipeline", "weapons");

        assertEquals(ConflictKitCommand.EXIT_FAILURES, result.exitCode);
        assertTrue(result.out.startsWith("1 documents annotated, 1 failed"), result.out);
        assertTrue(result.err.startsWith("error: cannot write " + output.resolve("annotations.csv")
                + " ("), result.err);
        assertFalse(result.err.contains("Exception"), result.err);
        assertTrue(Files.exists(output.resolve("a.xmi")));
    }
    @Test
    void aDocumentOverTheSizeLimitFailsAloneWithOneLineNamingItAndTheLimit(@TempDir Path dir)
        throws Exception
    {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("huge.txt"), "Shelling hit the port ".repeat(200));
        Files.writeString(input.resolve("small.txt"), TEXT);
        Path output = dir.resolve("out");

        CommandTester result = CommandTester.run("annotate", "--input", input.toString(),
                "--output", output.toString(), "--max-chars", "1000", "--pipeline", "weapons");

        assertEquals(ConflictKitCommand.EXIT_FAILURES, result.exitCode);
        assertEquals("error: " + input.resolve("huge.txt") + ": 4,400 characters, over the limit "
                + "of 1,000 per document (--max-chars)\n1 input(s) failed; see the errors above\n",
                result.err);
        assertEquals(List.of("TypeSystem.xml", "small.xmi"), AnnotateCommandTest.list(output));
        assertEquals(ConflictKitCommand.EXIT_USAGE, CommandTester.run("annotate", "--input",
                input.toString(), "--output", output.toString(), "--max-chars", "-5").exitCode);
    }
}
