package org.conflictkit.pipelines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkit.pipelines.io.KwicCasWriter;
import org.conflictkit.pipelines.io.TableCasWriter;
import org.conflictkit.pipelines.io.VrtCasWriter;
import org.conflictkit.pipelines.report.ReportCasWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * docs/formats.md's worked example shows what the tool writes for its example text: the
 * {@code csv} table whole, the {@code kwic} and {@code vrt} excerpts line for line, and the
 * shape and figures of {@code summary.json}.
 */
class FormatsDocExampleTest
{
    private static final Path DOC = Path.of("..", "docs", "formats.md");

    @TempDir
    static Path dir;
    private static String doc;
    /** The example text annotated as {@code strike.txt} in the formats of the excerpts. */
    private static Path output;

    @BeforeAll
    static void annotateTheExampleText() throws Exception
    {
        doc = Files.readString(DOC);
        Files.writeString(dir.resolve("strike.txt"), block(doc, "text", 0));
        output = annotate("kwic,vrt");
    }

    /** Alone, as vrt would add the linguistic stage and fill the lemma and pos columns. */
    @Test
    void theCsvExampleIsWhatAnnotateWritesForTheExampleText() throws Exception
    {
        assertEquals(block(doc, "csv", 0),
                Files.readString(annotate("csv").resolve("annotations.csv")));
    }

    /** The doc aligns the tab-separated columns with spaces: two or more end a column. */
    @Test
    void everyKwicLineShownIsALineOfTheConcordances() throws Exception
    {
        List<List<String>> written = new ArrayList<>();
        for (String type : List.of("Weapon", "CasualtyCount", "Location", "Speaker", "Quote")) {
            try (Reader tsv = Files.newBufferedReader(output.resolve(
                    KwicCasWriter.fileName(type)))) {
                TableCasWriter.TSV.parse(tsv).forEach(r -> written.add(r.toList()));
            }
        }
        List<String> shown = block(doc, "text", 1).lines().toList();
        assertEquals(2, shown.size(), "the header and a line");
        for (String line : shown) {
            assertTrue(written.contains(List.of(line.split(" {2,}"))), line);
        }
    }

    @Test
    void theVrtExcerptIsTheStartOfTheVerticalText() throws Exception
    {
        List<String> shown = block(doc, "xml", 0).lines().toList();
        assertEquals("...", shown.get(shown.size() - 1), "the excerpt ends with ...");
        List<String> written = Files.readAllLines(output.resolve(VrtCasWriter.VRT_FILE));

        assertEquals(shown.subList(0, shown.size() - 1), written.subList(0, shown.size() - 1));
    }

    /**
     * The example text as a JSON Lines article with the title and date the example shows: every
     * figure as shown, and no field the example leaves out; an object shown as
     * {@code {"...": 1}} stands for any object.
     */
    @Test
    void theSummaryExampleIsWhatTheReportWritesForTheExampleArticle() throws Exception
    {
        JsonNode shown = new ObjectMapper().readTree(block(doc, "json", 1));
        JsonNode article = shown.get("perDocument").get(0);
        Path corpus = dir.resolve("strike.jsonl");
        Files.writeString(corpus, new ObjectMapper().writeValueAsString(Map.of("id",
                article.get("id").asText(), "title", article.get("title").asText(), "date",
                article.get("date").asText(), "text", block(doc, "text", 0))) + "\n");
        Path report = dir.resolve("report");

        CommandTester result = CommandTester.run("annotate", "--input", corpus.toString(),
                "--output", report.toString(), "--format", "report");

        assertEquals(0, result.exitCode, result.err);
        assertSameShape("summary", shown, new ObjectMapper().readTree(
                report.resolve(ReportCasWriter.SUMMARY_JSON).toFile()));
    }

    private static Path annotate(String formats)
    {
        Path folder = dir.resolve(formats.replace(',', '-'));
        CommandTester result = CommandTester.run("annotate", "--input",
                dir.resolve("strike.txt").toString(), "--output", folder.toString(), "--format",
                formats);
        assertEquals(0, result.exitCode, result.err);
        return folder;
    }

    private static void assertSameShape(String path, JsonNode shown, JsonNode written)
    {
        if (shown.isObject() && shown.size() == 1 && shown.has("...")) {
            assertTrue(written.isObject(), path);
            return;
        }
        assertEquals(shown.getNodeType(), written.getNodeType(), path + ": " + written);
        if (shown.isObject()) {
            assertEquals(names(shown), names(written), path);
            names(shown).forEach(n -> assertSameShape(path + "." + n, shown.get(n),
                    written.get(n)));
        }
        else if (shown.isArray()) {
            assertEquals(shown.size(), written.size(), path + ": " + written);
            for (int i = 0; i < shown.size(); i++) {
                assertSameShape(path + "[" + i + "]", shown.get(i), written.get(i));
            }
        }
        else if (shown.isNumber()) {
            assertEquals(shown.asDouble(), written.asDouble(), path);
        }
        else {
            assertEquals(shown, written, path);
        }
    }

    private static TreeSet<String> names(JsonNode object)
    {
        TreeSet<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The n-th fenced block of a language, with its final line break. */
    static String block(String markdown, String language, int n)
    {
        Matcher block = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL)
                .matcher(markdown);
        for (int i = 0; i <= n; i++) {
            assertTrue(block.find(), "block " + n + " of " + language);
        }
        return block.group(1);
    }
}
