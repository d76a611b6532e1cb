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

class BenchmarkCommandTest
{
    @Test
    void jsonHasStartUpThroughputAndScalingPerPresetOnTheBundledExamples() throws Exception
    {
        CommandTester result = CommandTester.run("benchmark", "--pipeline", "segment", "--docs",
                "6", "--threads", "2", "--json");

        assertEquals(0, result.exitCode, result.err);
        JsonNode figures = new ObjectMapper().readTree(result.out);
        assertEquals(6, figures.get("documents").asInt());
        JsonNode segment = figures.get("presets").get(0);
        assertEquals("segment", segment.get("preset").asText());
        List<Integer> threads = new ArrayList<>();
        for (JsonNode pass : segment.get("passes")) {
            threads.add(pass.get("threads").asInt());
            assertTrue(pass.get("tokensPerSecond").asDouble() > 0, pass.toString());
        }
        assertEquals(List.of(1, 2), threads);
        assertEquals(1.0, segment.get("passes").get(0).get("speedup").asDouble());
        assertTrue(figures.get("tokens").asLong() > 0);
    }

    @Test
    void theTableHasALinePerPresetAndThreadCount(@TempDir Path dir) throws Exception
    {
        Files.writeString(dir.resolve("one.txt"), "Artillery fire was reported near the river.");

        CommandTester result = CommandTester.run("benchmark", "--input", dir.toString(),
                "--docs", "3", "--threads", "1");

        assertEquals(0, result.exitCode, result.err);
        List<String> lines = result.out.lines().toList();
        assertTrue(lines.get(0).startsWith("3 documents, 24 tokens;"), result.out);
        assertEquals(List.of("preset", "threads", "start-up", "s", "docs/s", "tokens/s",
                "speed-up", "peak", "heap", "MB"), List.of(lines.get(2).trim().split("\\s+")));
        assertTrue(lines.get(3).matches("segment +1 +\\d+\\.\\d\\d .*"), result.out);
    }

    @Test
    void aFolderWithoutArticlesIsOneClearLine(@TempDir Path dir)
    {
        CommandTester result = CommandTester.run("benchmark", "--input", dir.toString());

        assertEquals(ConflictKitCommand.EXIT_USAGE, result.exitCode);
        assertEquals("error: " + dir + ": no .txt articles to build the benchmark corpus\n",
                result.err);
    }
}
