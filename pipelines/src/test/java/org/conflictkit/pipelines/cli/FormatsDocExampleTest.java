package org.conflictkit.pipelines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/formats.md's worked example shows what the tool writes for its example text. */
class FormatsDocExampleTest
{
    @Test
    void theCsvExampleIsWhatAnnotateWritesForTheExampleText(@TempDir Path dir) throws Exception
    {
        String doc = Files.readString(Path.of("..", "docs", "formats.md"));
        Files.writeString(dir.resolve("strike.txt"), block(doc, "text", 0));
        Path output = dir.resolve("out");

        CommandTester result = CommandTester.run("annotate", "--input",
                dir.resolve("strike.txt").toString(), "--output", output.toString(), "--format",
                "csv");

        assertEquals(0, result.exitCode, result.err);
        assertEquals(block(doc, "csv", 0), Files.readString(output.resolve("annotations.csv")));
    }

    /** The n-th fenced block of a language, with its final line break. */
    private static String block(String markdown, String language, int n)
    {
        Matcher block = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL)
                .matcher(markdown);
        for (int i = 0; i <= n; i++) {
            block.find();
        }
        return block.group(1);
    }
}
