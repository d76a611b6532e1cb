package org.conflictkit.pipelines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkit.pipelines.run.Benchmark;
import org.conflictkit.pipelines.run.Benchmark.PresetResult;
import org.conflictkit.pipelines.run.Benchmark.ThreadFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/benchmark.md shows its figures as {@code benchmark --markdown} writes them; the figures
 * themselves belong to the machine they were taken on and are never asserted.
 */
class BenchmarkDocTest
{
    private static final Pattern HEADLINE = Pattern.compile("([\\d,]+) documents, ([\\d,]+) "
            + "tokens; (\\d+) cores, max heap (\\d+) MB, Java ([^,]+), (.+); JVM options (.+); "
            + "passes of at least ([\\d.]+) s, median of (\\d+); load average ([\\d.]+) at start");

    @Test
    void theDocumentedTableIsTheMarkdownOfItsOwnFigures() throws Exception
    {
        String doc = Files.readString(Path.of("..", "docs", "benchmark.md"));
        Matcher headline = HEADLINE.matcher(doc);
        assertTrue(headline.find(), "docs/benchmark.md has the run's headline");
        int start = headline.start();
        int end = doc.indexOf("\n\n", doc.indexOf("\n|---", start) + 1) + 1;
        String documented = doc.substring(start, end);

        assertEquals(documented, figures(headline, documented).markdown());
    }

    @Test
    void markdownWritesTheDocumentedColumnsWithARowPerPresetOutputAndThreadCount(
            @TempDir Path dir) throws Exception
    {
        Path table = dir.resolve("figures.md");

        CommandTester result = CommandTester.run("benchmark", "--pass-seconds", "0", "--passes",
                "1", "--warm-up", "1", "--pipeline", "segment", "--docs", "4", "--threads", "2",
                "--format", "none,csv", "--json", "--markdown", table.toString());

        assertEquals(0, result.exitCode, result.err);
        List<String> lines = Files.readAllLines(table);
        assertTrue(HEADLINE.matcher(lines.get(0)).matches(), lines.get(0));
        String doc = Files.readString(Path.of("..", "docs", "benchmark.md"));
        assertTrue(doc.contains("\n" + lines.get(2) + "\n" + lines.get(3) + "\n"),
                "docs/benchmark.md has the header " + lines.get(2));
        List<String> rows = lines.subList(4, lines.size()).stream()
                .map(l -> String.join(" ", Arrays.asList(cells(l)).subList(0, 3))).toList();
        assertEquals(List.of("segment none 1", "segment none 2", "segment csv 1",
                "segment csv 2"), rows);
    }

    /** The figures the documented table shows, read back from it. */
    private static Benchmark.Result figures(Matcher headline, String table)
    {
        List<PresetResult> presets = new ArrayList<>();
        List<ThreadFigures> threads = null;
        for (String line : table.lines().skip(4).toList()) {
            String[] c = cells(line);
            ThreadFigures figures = new ThreadFigures(Integer.parseInt(c[2]), 0, number(c[4]),
                    number(c[5]), number(c[6]), number(c[7]), number(c[8]), number(c[9]),
                    number(c[10]), number(c[11]), number(c[14]), List.of());
            if (!c[3].isEmpty()) {
                threads = new ArrayList<>();
                presets.add(new PresetResult(c[0], c[1], 0, number(c[3]), 0,
                        Long.parseLong(c[12]), number(c[13]), threads));
            }
            threads.add(figures);
        }
        return new Benchmark.Result((int) number(headline.group(1)),
                (long) number(headline.group(2)), Integer.parseInt(headline.group(3)),
                Long.parseLong(headline.group(4)), headline.group(5), headline.group(6),
                List.of(headline.group(7).split(" ")), 0, number(headline.group(8)),
                Integer.parseInt(headline.group(9)), number(headline.group(10)), presets);
    }

    private static String[] cells(String row)
    {
        String[] cells = row.substring(1, row.length() - 1).split("\\|", -1);
        return Arrays.stream(cells).map(String::strip).toArray(String[]::new);
    }

    private static double number(String cell)
    {
        return Double.parseDouble(cell.replace(",", ""));
    }
}
