package org.conflictkit.pipelines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The benchmark's structure and options on tiny settings; its figures are never asserted. */
class BenchmarkCommandTest
{
    private static final String[] TINY = { "--pass-seconds", "0", "--passes", "1", "--warm-up",
            "1" };

    private static CommandTester tiny(String... args)
    {
        List<String> all = new ArrayList<>(List.of("benchmark"));
        all.addAll(List.of(TINY));
        all.addAll(List.of(args));
        return CommandTester.run(all.toArray(String[]::new));
    }

    @Test
    void jsonHasAResultPerPresetAndOutputWithAPassPerThreadCount() throws Exception
    {
        CommandTester result = tiny("--pipeline", "segment", "--docs", "6", "--threads", "2",
                "--format", "none,csv", "--json");

        assertEquals(0, result.exitCode, result.err);
        JsonNode figures = new ObjectMapper().readTree(result.out);
        assertEquals(6, figures.get("documents").asInt());
        assertTrue(figures.get("tokens").asLong() > 0, result.out);
        assertEquals(0.0, figures.get("passSeconds").asDouble());
        List<String> runs = new ArrayList<>();
        for (JsonNode preset : figures.get("presets")) {
            runs.add(preset.get("preset").asText() + "/" + preset.get("output").asText());
            assertEquals(1, preset.get("warmUpPasses").asInt());
            List<Integer> threads = new ArrayList<>();
            for (JsonNode counts : preset.get("threads")) {
                threads.add(counts.get("threads").asInt());
                JsonNode pass = counts.get("passes").get(0);
                assertEquals(1, pass.get("rounds").asInt());
                assertEquals(6, pass.get("documents").asInt());
                assertEquals(figures.get("tokens").asLong(), pass.get("tokens").asLong());
                // The process CPU clock ticks every few milliseconds: a tiny pass may read 0.
                assertTrue(pass.get("cpuSeconds").asDouble() >= 0, pass.toString());
                assertTrue(pass.get("allocatedBytes").asLong() > 0, pass.toString());
                assertTrue(counts.get("tokensPerCpuSecond").asDouble() > 0, counts.toString());
            }
            assertEquals(List.of(1, 2), threads);
            assertEquals(1.0, preset.get("threads").get(0).get("speedup").asDouble());
            assertEquals(1.0, preset.get("threads").get(0).get("cpuEfficiency").asDouble());
        }
        assertEquals(List.of("segment/none", "segment/csv"), runs);
    }

    @Test
    void theTableHasALinePerPresetOutputAndThreadCountOnAJsonLinesCorpus(@TempDir Path dir)
        throws Exception
    {
        Path corpus = dir.resolve("news.jsonl");
        Files.writeString(corpus, """
                {"id": "a", "text": "Artillery fire was reported near the river."}
                {"id": "b", "text": "Two soldiers were killed."}
                """);

        CommandTester result = tiny("--input", corpus.toString(), "--threads", "1",
                "--pipeline", "segment");

        assertEquals(0, result.exitCode, result.err);
        List<String> lines = result.out.lines().toList();
        assertTrue(lines.get(0).startsWith("2 documents, 13 tokens; "), result.out);
        assertTrue(lines.get(1).startsWith("passes of at least 0 s, median of 1; load average "),
                result.out);
        assertEquals(List.of("preset", "output", "threads", "start-up", "s", "docs/s", "tokens/s",
                "tokens/CPU-s", "speed-up", "CPU", "eff.", "cores", "alloc", "MB/s", "blocked",
                "%", "peak", "heap", "MB", "load"), List.of(lines.get(3).trim().split("\\s+")));
        assertTrue(lines.get(4).matches("segment +none +1 +\\d+\\.\\d\\d .*"), result.out);
        assertTrue(lines.get(5).matches("segment +xmi +1 +\\d+\\.\\d\\d .*"), result.out);
        assertEquals(6, lines.size(), result.out);
    }

    @Test
    void aFolderWithoutArticlesIsOneClearLine(@TempDir Path dir)
    {
        CommandTester result = CommandTester.run("benchmark", "--input", dir.toString());

        assertEquals(ConflictKitCommand.EXIT_USAGE, result.exitCode);
        assertEquals("error: " + dir + ": no known input files in this folder\nerror: " + dir
                + ": no articles to build the benchmark corpus\n", result.err);
    }

    @Test
    void anUnknownOutputFormatIsRefusedBeforeMeasuring()
    {
        CommandTester result = tiny("--pipeline", "segment", "--format", "none,pdf");

        assertEquals(ConflictKitCommand.EXIT_USAGE, result.exitCode, result.err);
        assertTrue(result.err.contains("Unknown format 'pdf'"), result.err);
        assertEquals("", result.out);
    }
}
