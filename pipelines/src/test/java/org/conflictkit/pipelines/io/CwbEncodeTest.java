package org.conflictkit.pipelines.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indexes the VRT output with the real Corpus Workbench ({@code cwb-encode}, {@code cwb-makeall})
 * through the written {@code encode.sh} and queries it with {@code cqp}. Tagged {@code cwb}: the
 * ordinary build leaves it out, {@code .ci/run} runs it where the Corpus Workbench is installed
 * and says so where it is not; run alone, it fails rather than skips without the tools.
 */
@Tag("cwb")
class CwbEncodeTest
{
    private static final List<String> TOOLS = List.of("cwb-encode", "cwb-makeall", "cqp");

    @Test
    void cqpFindsWeaponRegionsByCategoryAndPlacesWithTheirFeatures(@TempDir Path dir)
        throws Exception
    {
        requireCorpusWorkbench();
        Map<String, JCas> documents = new LinkedHashMap<>();
        documents.put("strike", SampleDocuments.strike());
        documents.put("calm", SampleDocuments.plain("calm", "Nothing happened in Dnipro."));
        WriterTesting.writeAll(new VrtCasWriter(dir), documents);

        Result encode = run(dir, null, "sh", dir.resolve("cwb/encode.sh").toString());
        assertEquals(0, encode.exitCode, encode.output);

        Result query = run(dir, String.join("\n", VrtCasWriter.corpusName() + ";",
                "A = <weapon_category=\"DRONE\"> []+ </weapon_category>;",
                "tabulate A match .. matchend word;",
                "B = [lower=\"dnipro\"];",
                "tabulate B match text_id, match location_country_code;", "exit;", ""),
                "cqp", "-r", dir.resolve("cwb/registry").toString(), "-c");
        assertEquals(0, query.exitCode, query.output);
        List<String> lines = query.output.lines().filter(l -> !l.startsWith("CQP version"))
                .toList();
        assertEquals(List.of("Shahed drones", "strike\tUA", "calm\t"), lines, query.output);
    }

    private static void requireCorpusWorkbench()
    {
        for (String tool : TOOLS) {
            boolean found = List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                    .stream().anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
            if (!found) {
                fail(tool + " is not on the PATH: this test needs the IMS Open Corpus Workbench "
                        + "(cwb-encode, cwb-makeall, cqp). Install Debian's cwb package "
                        + "(apt-get install -y cwb) or CWB 3.5 from its project site.");
            }
        }
    }

    private record Result(int exitCode, String output)
    {
    }

    private static Result run(Path dir, String input, String... command)
        throws IOException, InterruptedException
    {
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).start();
        try (var stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        String output = new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " hangs");
        return new Result(process.exitValue(), output);
    }
}
