package org.conflictkit.pipelines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables slice like Python: code point offsets, with UIMA's UTF-16 offsets beside them. */
class CodePointOffsetsTest
{
    private static final String TEXT = "\uD83D\uDE80\uD83D\uDE80 Attack: two Su-34 jets were "
            + "shot down \uD83C\uDDFA\uD83C\uDDE6 near Kharkiv.";

    @Test
    void tableAndConcordanceOffsetsCutTheTextLikePythonSlices(@TempDir Path dir) throws Exception
    {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        Path output = dir.resolve("out");

        CommandTester result = CommandTester.run("annotate", "--input",
                dir.resolve("a.txt").toString(), "--output", output.toString(), "--format",
                "csv,kwic", "--pipeline", "default");

        assertEquals(0, result.exitCode, result.err);
        int[] codePoints = TEXT.codePoints().toArray();
        List<String> expected = List.of("Su-34 jets | Su-34 jets | Su-34 jets",
                "Kharkiv | Kharkiv | Kharkiv");
        assertEquals(expected, slices(output.resolve("annotations.csv"), codePoints, "text"));
        List<String> concordance = new java.util.ArrayList<>(
                slices(output.resolve("kwic-Weapon.tsv"), codePoints, "match"));
        concordance.addAll(slices(output.resolve("kwic-Location.tsv"), codePoints, "match"));
        assertEquals(expected, concordance);
    }

    /** Per row: the text cut at the code point offsets, at the UTF-16 offsets, and the text cell. */
    private static List<String> slices(Path table, int[] codePoints, String textColumn)
        throws Exception
    {
        List<String> rows = DocumentIdsTest.cells(table, "begin", "end", "begin_utf16",
                "end_utf16", textColumn);
        return rows.stream().map(row -> {
            String[] cells = row.split(" ", 5);
            int begin = Integer.parseInt(cells[0]);
            int end = Integer.parseInt(cells[1]);
            return new String(codePoints, begin, end - begin) + " | "
                    + TEXT.substring(Integer.parseInt(cells[2]), Integer.parseInt(cells[3]))
                    + " | " + cells[4];
        }).toList();
    }
}
