package org.conflictkit.pipelines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.conflictkit.type.ClosedValueSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every {@code bin/conflictkit} command that README.md and docs/*.md show as an example (in
 * {@code bash} and {@code sh} blocks and in inline code) runs as written, in the order shown:
 * paths of the project are taken from the project's root, the files a reader brings
 * ({@code story.txt}, {@code articles/}) are made or stood in for by the examples, and outputs
 * go into a temporary folder. Each prints what the docs say it prints. The commands a test cannot
 * run are listed with the reason.
 */
class DocumentedCommandsTest
{
    private static final Path ROOT = Path.of("..");
    private static final List<Path> DOCS = docs();
    /** Options whose value is a file or folder the command writes. */
    private static final Set<String> OUTPUT_OPTIONS = Set.of("--output", "--index",
            "--layers-file");
    /** A part of each documented command a test cannot run, with the reason. */
    private static final Map<String, String> NOT_RUN = Map.of(
            "$CORPORA/", "public corpora kept outside the project; each reader has its own tests",
            "../shared/corpus/", "the development corpus is kept outside the project",
            "bin/conflictkit serve", "runs until stopped; RecommenderServerTest starts it");
    /** The text README.md's explain example is about. */
    private static final String STORY = "The 3rd Tank Brigade fired two drones.\n";

    @TempDir
    static Path temp;

    @TestFactory
    Stream<DynamicTest> everyDocumentedCommandRunsAndPrintsWhatTheDocsSay() throws Exception
    {
        Files.writeString(temp.resolve("story.txt"), STORY);
        return commands().stream().filter(c -> NOT_RUN.keySet().stream().noneMatch(c::contains))
                .map(c -> DynamicTest.dynamicTest(c, () -> check(c, run(c))));
    }

    @Test
    void everyCommandLeftOutIsStillDocumented() throws Exception
    {
        List<String> commands = commands();
        for (String part : NOT_RUN.keySet()) {
            assertTrue(commands.stream().anyMatch(c -> c.contains(part)), part);
        }
    }

    private static CommandTester run(String command)
    {
        List<String> words = words(command);
        assertEquals("bin/conflictkit", words.get(0), command);
        List<String> args = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            boolean output = OUTPUT_OPTIONS.contains(words.get(i - 1));
            args.add(output ? temp.resolve(word).toString()
                    : word.equals("story.txt") ? temp.resolve(word).toString()
                    : word.equals("articles/") ? ROOT.resolve("examples").toString()
                    : !word.startsWith("-") && Files.exists(ROOT.resolve(word))
                            ? ROOT.resolve(word).toString() : word);
        }
        return CommandTester.run(args.toArray(String[]::new));
    }

    /** What the docs say the command prints or writes. */
    private static void check(String command, CommandTester result) throws Exception
    {
        assertEquals(0, result.exitCode, result.err);
        List<String> words = words(command);
        List<String> lines = result.out.lines().toList();
        switch (words.get(1)) {
        case "annotate" -> {
            // README: one .xmi per example article and TypeSystem.xml
            Set<String> expected = new LinkedHashSet<>(List.of("TypeSystem.xml"));
            try (Stream<Path> articles = Files.list(ROOT.resolve("examples"))) {
                articles.map(a -> a.getFileName().toString().replace(".txt", ".xmi")).sorted()
                        .forEach(expected::add);
            }
            assertEquals(List.copyOf(expected), AnnotateCommandTest.list(temp.resolve(
                    words.get(words.indexOf("--output") + 1))));
        }
        case "index" -> assertEquals("index: " + temp.resolve(words.get(words.indexOf("--index")
                + 1)), lines.get(lines.size() - 1));
        case "query" -> checkQuery(words, lines);
        case "evaluate" -> {
            // README: precision, recall and F1 per type, lenient and strict
            assertTrue(lines.get(0).matches("\\d+ documents"), result.out);
            assertTrue(Pattern.compile("^Weapon +\\d+ +\\d+ \\| +[\\d.]+ [\\d.]+ [\\d.]+ \\| "
                    + "+[\\d.]+ [\\d.]+ [\\d.]+$", Pattern.MULTILINE).matcher(result.out).find(),
                    result.out);
        }
        case "explain" -> {
            Matcher example = Pattern.compile("e\\.g\\.\\s+`(\\d+-\\d+ \"Tank\" [^`]+)`\\s+for\\s+"
                    + "\"the 3rd Tank Brigade\"").matcher(Files.readString(ROOT.resolve("README.md")));
            assertTrue(example.find(), "README.md shows an explain line");
            assertTrue(lines.contains(example.group(1)), result.out);
        }
        case "export-inception" -> {
            if (words.contains("--layers-file")) {
                Path layers = temp.resolve(words.get(words.indexOf("--layers-file") + 1));
                assertEquals(List.of("INCEpTION layer definitions written to " + layers), lines);
                assertTrue(new ObjectMapper().readTree(layers.toFile()).isContainerNode());
            }
            else {
                Path archive = temp.resolve(words.get(words.indexOf("--output") + 1));
                assertTrue(lines.get(lines.size() - 1).matches("INCEpTION project '"
                        + words.get(words.indexOf("--name") + 1) + "' with 5 document\\(s\\) "
                        + "written to " + Pattern.quote(archive.toString())), result.out);
                assertTrue(Files.size(archive) > 0);
            }
        }
        default -> throw new AssertionError("no check for " + command);
        }
    }

    /** kwic: a hit per line with its match in brackets; --count: a number; --group-by: counts. */
    private static void checkQuery(List<String> words, List<String> lines)
    {
        assertTrue(!lines.isEmpty(), "hits for " + words);
        if (words.contains("--count")) {
            assertTrue(lines.size() == 1 && Integer.parseInt(lines.get(0)) > 0, lines.toString());
        }
        else if (words.contains("--group-by")) {
            int previous = Integer.MAX_VALUE;
            for (String line : lines) {
                String[] group = line.strip().split(" {2}", 2);
                int hits = Integer.parseInt(group[0]);
                assertTrue(hits <= previous, "most frequent first: " + lines);
                previous = hits;
                if (words.get(words.indexOf("--group-by") + 1).equals("category")) {
                    assertTrue(ClosedValueSet.WEAPON_CATEGORY.allowed().contains(group[1]), line);
                }
            }
        }
        else {
            lines.forEach(l -> assertTrue(l.matches("\\S+ +.{60} \\[[^\\]]+\\] .*"), l));
        }
    }

    /** The example commands of the docs, in order, each once. */
    private static List<String> commands() throws Exception
    {
        Set<String> commands = new LinkedHashSet<>();
        Pattern block = Pattern.compile("```(?:bash|sh)\\n(.*?)```", Pattern.DOTALL);
        Pattern inline = Pattern.compile("`(bin/conflictkit [^`]+)`");
        for (Path doc : DOCS) {
            String text = Files.readString(doc);
            Matcher b = block.matcher(text);
            while (b.find()) {
                for (String line : b.group(1).replace("\\\n", " ").lines().toList()) {
                    String command = line.replaceAll("\\s+#.*", "").strip();
                    if (command.startsWith("bin/conflictkit ")) {
                        commands.add(command);
                    }
                }
            }
            Matcher i = inline.matcher(text);
            while (i.find()) {
                commands.add(i.group(1));
            }
        }
        return List.copyOf(commands);
    }

    /** The words of a shell command line: split at spaces, outside single or double quotes. */
    private static List<String> words(String command)
    {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(command);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1)
                    : word.group(2) != null ? word.group(2) : word.group(3));
        }
        return words;
    }

    private static List<Path> docs()
    {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }
}
