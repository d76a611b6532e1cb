package org.conflictkit.pipelines.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.conflictkit.pipelines.cli.ConflictKitCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * Indexes the bundled examples and two short texts with {@code conflictkit index} and checks the
 * hits, counts and groupings of {@code conflictkit query} against {@code annotate --format csv}
 * on the same documents.
 */
class CorpusIndexTest
{
    @TempDir
    static Path dir;
    private static Path index;
    private static List<CSVRecord> annotations;

    @BeforeAll
    static void indexAndAnnotate() throws Exception
    {
        Path input = Files.createDirectories(dir.resolve("input"));
        try (Stream<Path> examples = Files.list(Path.of("..", "examples"))) {
            for (Path example : examples.toList()) {
                Files.copy(example, input.resolve(example.getFileName()));
            }
        }
        Files.writeString(input.resolve("night.txt"), "Russian forces launched 12 Shahed drones at "
                + "Kharkiv overnight, killing three civilians, the governor said.\n"
                + "A missile strike on Odesa killed two civilians and injured five people.\n");
        Files.writeString(input.resolve("port.txt"), "Drones struck the port of Izmail in Ukraine "
                + "on Sunday. Officials said four civilians were killed.\n");
        index = dir.resolve("index");
        run("index", "--input", input.toString(), "--index", index.toString());
        Path csv = dir.resolve("csv");
        run("annotate", "--input", input.toString(), "--output", csv.toString(), "--format", "csv");
        try (Reader in = Files.newBufferedReader(csv.resolve("annotations.csv"))) {
            annotations = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(in).getRecords();
        }
    }

    @Test
    void everyAnnotationIsASpanWithItsFeatures()
    {
        for (String[] type : new String[][] { { "Weapon", "weapon" },
                { "CasualtyCount", "casualty_count" }, { "Location", "location" },
                { "Quote", "quote" }, { "Speaker", "speaker" } }) {
            long rows = outermost(rows(r -> r.get("type").equals(type[0]))).size();
            assertTrue(rows > 0, type[0]);
            assertEquals(String.valueOf(rows), run("query", "--index", index.toString(), "--count",
                    "<" + type[1] + "/>").strip(), type[0]);
        }
    }

    @Test
    void dronesAreFoundAsTheCsvListsThem()
    {
        List<CSVRecord> drones = rows(r -> r.get("type").equals("Weapon")
                && r.get("category").equals("DRONE"));
        assertTrue(drones.size() >= 3, "drones in the examples and the texts of the test");
        List<List<String>> hits = csvLines(run("query", "--index", index.toString(), "--format", "csv",
                "<weapon category=\"DRONE\"/>"));
        assertEquals(drones.stream().map(r -> key(r.get("document_id"), r.get("text"))).sorted()
                .toList(), hits.stream().map(l -> key(l.get(0), l.get(4))).sorted().toList());
    }

    @Test
    void groupsWeaponsByCategoryAsTheCsvCountsThem()
    {
        Map<String, Long> expected = new TreeMap<>(rows(r -> r.get("type").equals("Weapon"))
                .stream().collect(Collectors.groupingBy(r -> r.get("category"),
                        Collectors.counting())));
        Map<String, Long> grouped = new TreeMap<>();
        for (List<String> line : csvLines(run("query", "--index", index.toString(), "--format",
                "csv", "--group-by", "category", "<weapon/>"))) {
            grouped.put(line.get(0), Long.parseLong(line.get(1)));
        }
        assertEquals(expected, grouped);
    }

    @Test
    void killedCiviliansAreCasualtyCountsContainingTheLemma()
    {
        List<CSVRecord> killedCivilians = rows(r -> r.get("type").equals("CasualtyCount")
                && r.get("status").equals("KILLED") && r.get("text").matches("(?is).*\\bcivilians?\\b.*"));
        assertTrue(killedCivilians.size() >= 3, "three texts of the test kill civilians");
        List<List<String>> hits = csvLines(run("query", "--index", index.toString(), "--format", "csv",
                "<casualty_count status=\"KILLED\"/> containing [lemma=\"civilian\"]"));
        assertEquals(killedCivilians.stream().map(r -> key(r.get("document_id"), r.get("text")))
                .sorted().toList(), hits.stream().map(l -> key(l.get(0), l.get(4))).sorted().toList());
    }

    @Test
    void strikesNearUkrainianPlacesEndOnAUkrainianLocation()
    {
        List<List<String>> hits = csvLines(run("query", "--index", index.toString(), "--format",
                "csv", "[lemma=\"strike\"] []{0,3} <location country_code=\"UA\"/>"));
        List<String> ukrainianPlaces = rows(r -> r.get("type").equals("Location")
                && "UA".equals(r.get("country_code"))).stream()
                .map(r -> r.get("document_id") + "|" + r.get("text")).toList();
        assertTrue(hits.stream().anyMatch(h -> h.get(0).equals("port")
                && h.get(4).equals("struck the port of Izmail")), hits.toString());
        assertTrue(hits.stream().anyMatch(h -> h.get(0).equals("night")
                && h.get(4).equals("strike on Odesa")), hits.toString());
        for (List<String> hit : hits) {
            assertTrue(hit.get(4).toLowerCase().matches("(strike|strikes|struck|striking)\\b.*"), hit.toString());
            assertTrue(ukrainianPlaces.stream().anyMatch(p -> p.startsWith(hit.get(0) + "|")
                    && hit.get(4).endsWith(p.substring(p.indexOf('|') + 1))), hit.toString());
        }
    }

    @Test
    void concordancesShowContextAndAnUnknownIndexIsAUsageError()
    {
        String kwic = run("query", "--index", index.toString(), "[lemma=\"drone\" & pos=\"NOUN\"]");
        assertTrue(kwic.contains("12 Shahed [drones] at Kharkiv overnight"), kwic);
        StringWriter err = new StringWriter();
        CommandLine commandLine = ConflictKitCommand.commandLine();
        commandLine.setErr(new PrintWriter(err));
        commandLine.setOut(new PrintWriter(new StringWriter()));
        assertEquals(ConflictKitCommand.EXIT_USAGE, commandLine.execute("query", "--index",
                dir.resolve("missing").toString(), "<weapon/>"));
        assertTrue(err.toString().contains("no such index folder"), err.toString());
        assertFalse(Files.exists(dir.resolve("missing")));
    }

    /**
     * The annotations a vertical text keeps: of those of one type that overlap in a document,
     * the first (the longer when both start together).
     */
    private static List<CSVRecord> outermost(List<CSVRecord> rows)
    {
        List<CSVRecord> kept = new java.util.ArrayList<>();
        Map<String, Integer> ends = new java.util.HashMap<>();
        rows.stream().sorted(java.util.Comparator.comparing((CSVRecord r) -> r.get("document_id"))
                .thenComparingInt(r -> Integer.parseInt(r.get("begin")))
                .thenComparingInt(r -> -Integer.parseInt(r.get("end")))).forEach(r -> {
                    if (Integer.parseInt(r.get("begin")) >= ends.getOrDefault(r.get("document_id"), 0)) {
                        kept.add(r);
                        ends.put(r.get("document_id"), Integer.parseInt(r.get("end")));
                    }
                });
        return kept;
    }

    /** A hit or annotation as document and covered text, spaces left out (hits join tokens by one). */
    private static String key(String document, String text)
    {
        return document + "|" + text.replace(" ", "");
    }

    private static List<CSVRecord> rows(Predicate<CSVRecord> filter)
    {
        return annotations.stream().filter(filter).toList();
    }

    private static List<List<String>> csvLines(String csv)
    {
        try {
            return CSVFormat.RFC4180.parse(new java.io.StringReader(csv)).getRecords().stream()
                    .skip(1).map(CSVRecord::toList).toList();
        }
        catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String run(String... args)
    {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = ConflictKitCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        assertEquals(0, commandLine.execute(args), String.join(" ", args) + "\n" + err);
        return out.toString();
    }
}
