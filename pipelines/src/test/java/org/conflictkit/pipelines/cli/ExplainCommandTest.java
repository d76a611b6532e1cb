package org.conflictkit.pipelines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest
{
    @Test
    void listsRejectedAndAcceptedCandidatesWithTheirRuleInTextOrder(@TempDir Path dir)
        throws Exception
    {
        Path input = dir.resolve("brigade.txt");
        Files.writeString(input, "The 3rd Tank Brigade fired two drones. Some 40 prisoners "
                + "were exchanged.\n");

        CommandTester result = CommandTester.run("explain", "--input", input.toString(),
                "--pipeline", "default");

        assertEquals(0, result.exitCode, result.err);
        // lexicon line numbers left out: they move when the lists are edited
        List<String> lines = result.out.replaceAll("\\.lst:\\d+", ".lst:N").lines().toList();
        assertEquals(List.of(
                "8-12 \"Tank\" rejected weapon/unit-name; candidate=type-noun; lexicon=generic.lst:N",
                "8-12 \"Tank\" rejected location/inside-longer-name; candidate=gazetteer; evidence=Brigade",
                "31-37 \"drones\" accepted weapon/type-noun; lexicon=generic.lst:N",
                "39-56 \"Some 40 prisoners\" rejected casualty/not-a-casualty; count=40"), lines);
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir)
    {
        Path missing = dir.resolve("missing.txt");

        CommandTester result = CommandTester.run("explain", "--input", missing.toString());

        assertEquals(ConflictKitCommand.EXIT_FAILURES, result.exitCode);
        assertTrue(result.err.startsWith("error: " + missing + ": "), result.err);
    }
}
