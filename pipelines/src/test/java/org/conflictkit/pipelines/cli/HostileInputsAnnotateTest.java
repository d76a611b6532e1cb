package org.conflictkit.pipelines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.uima.cas.CAS;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.tcas.Annotation;
import org.conflictkit.annotators.testing.AssertAnnotations;
import org.conflictkit.pipelines.io.RunPartsWriter;
import org.conflictkit.pipelines.io.TextFileDocument;
import org.conflictkit.pipelines.stress.HostileInputs;
import org.conflictkit.pipelines.stress.HostileInputs.HostileInput;
import org.conflictkit.type.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * {@code annotate} with the default pipeline over one batch of every generated hostile input
 * (at unit-test sizes; {@code conflictkit stress} runs the large sizes and compares times) and an
 * ordinary report: each input is written whole as XMI and JSON with valid offsets, or reported
 * by file name as the failure it is by design, and the other documents are still written.
 */
class HostileInputsAnnotateTest
{
    private static final String ORDINARY = "Drones hit Kyiv overnight.\nTwo people were killed.\n";

    @TempDir
    static Path dir;
    private static Path input;
    private static Path output;
    private static CommandTester result;

    @BeforeAll
    static void annotateTheHostileBatch() throws Exception
    {
        input = Files.createDirectories(dir.resolve("in"));
        output = dir.resolve("out");
        for (HostileInput hostile : HostileInputs.all()) {
            Files.write(input.resolve(hostile.name() + ".txt"), hostile.bytes(hostile.testScale()));
        }
        Files.writeString(input.resolve("zz-ordinary.txt"), ORDINARY);
        result = CommandTester.run("annotate", "--input", input.toString(), "--output",
                output.toString(), "--format", "xmi,json");
    }

    @Test
    void theRunReportsOnlyTheFailuresByDesignAndWritesEverythingElse() throws Exception
    {
        List<String> expected = new ArrayList<>(List.of("TypeSystem.xml"));
        long failures = 0;
        for (HostileInput hostile : HostileInputs.all()) {
            if (hostile.failure() == null) {
                expected.add(hostile.name() + ".json");
                expected.add(hostile.name() + ".xmi");
            }
            else {
                failures++;
            }
        }
        expected.addAll(List.of("zz-ordinary.json", "zz-ordinary.xmi",
                RunPartsWriter.PARTS_FOLDER));
        expected.sort(null);

        assertEquals(ConflictKitCommand.EXIT_FAILURES, result.exitCode, result.err);
        assertTrue(result.out.startsWith((HostileInputs.all().size() + 1 - failures)
                + " documents annotated, " + failures + " failed"), result.out);
        // Every output whole: no temporary files left behind.
        try (Stream<Path> files = Files.list(output)) {
            assertEquals(expected, files.map(p -> p.getFileName().toString()).sorted()
                    .collect(Collectors.toList()));
        }
        CAS ordinary = readXmi("zz-ordinary");
        assertEquals(List.of("[ 11, 15]Location(kind=CITY, countryCode=UA, geonamesId=703448) \"Kyiv\""),
                AssertAnnotations.render(ordinary.getJCas(), Location.class).stream()
                        .map(s -> s.replaceAll(", name=[^,)]*", "")).collect(Collectors.toList()));
    }

    @TestFactory
    Stream<DynamicTest> eachHostileInputIsWrittenWholeWithValidOffsetsOrReportedByName()
    {
        return HostileInputs.all().stream().map(hostile -> dynamicTest(hostile.name(), () -> {
            if (hostile.failure() != null) {
                assertTrue(result.err.contains(input.resolve(hostile.name() + ".txt") + ": "
                        + hostile.failure()), result.err);
                assertFalse(Files.exists(output.resolve(hostile.name() + ".xmi")));
                return;
            }
            String text = TextFileDocument.decodeUtf8(hostile.bytes(hostile.testScale()));
            CAS xmi = readXmi(hostile.name());
            assertEquals(text, xmi.getDocumentText());
            for (Annotation annotation : JCasUtil.select(xmi.getJCas(), Annotation.class)) {
                AssertAnnotations.assertValidSpan(text, annotation);
            }
            assertWellFormedJsonWithText(output.resolve(hostile.name() + ".json"), text);
        }));
    }

    @Test
    void placesBesideInvisibleAndAstralCharactersAreStillFound() throws Exception
    {
        CAS cas = readXmi("unicode-mix");
        List<String> places = JCasUtil.select(cas.getJCas(), Location.class).stream()
                .map(Annotation::getCoveredText).distinct().sorted().collect(Collectors.toList());
        assertTrue(places.contains("Kyiv") && places.contains("Aleppo"), places.toString());
    }

    /**
     * Reads the JSON to its end (a cut file fails) and finds the document text in it. Cheaper
     * than the UIMA JSON reader, which the outputs' own tests use.
     */
    private static void assertWellFormedJsonWithText(Path json, String text) throws Exception
    {
        boolean textFound = false;
        try (JsonParser parser = new JsonFactory().createParser(json.toFile())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                textFound |= token == JsonToken.VALUE_STRING && parser.getTextLength() == text.length()
                        && parser.getText().equals(text);
            }
        }
        assertTrue(textFound, "the document text in " + json);
    }

    private static CAS readXmi(String name) throws Exception
    {
        return AnnotateCommandTest.readXmi(output.resolve(name + ".xmi"),
                output.resolve("TypeSystem.xml"));
    }
}
