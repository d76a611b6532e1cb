package org.conflictkit.pipelines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.apache.uima.UIMAFramework;
import org.apache.uima.jcas.tcas.Annotation;
import org.conflictkit.annotators.testing.AssertAnnotations;
import org.conflictkit.pipelines.io.RunPartsWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

class AnnotateCommandTest
{
    private static final String TEXT = "Drones hit Kyiv overnight.\nTwo people were killed.\n";

    @Test
    void writesOneXmiPerDocumentAndTheTypeSystemAndTheTextUnchanged(@TempDir Path dir)
        throws Exception
    {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("report-a.txt"), TEXT);
        Files.writeString(input.resolve("report-b.txt"), "Second report.");
        Path output = dir.resolve("out");

        CommandTester result = CommandTester.run("annotate", "--input", input.toString(),
                "--output", output.toString(), "--format", "xmi,json");

        assertEquals(0, result.exitCode, result.err);
        assertEquals(List.of("TypeSystem.xml", "report-a.json", "report-a.xmi", "report-b.json",
                "report-b.xmi"), list(output));
        assertTrue(result.out.startsWith("2 documents annotated, 0 failed"), result.out);
        CAS cas = readXmi(output.resolve("report-a.xmi"), output.resolve("TypeSystem.xml"));
        assertEquals(TEXT, cas.getDocumentText());
        assertEquals(List.of("Drones hit Kyiv overnight.", "Two people were killed."),
                JCasUtil.select(cas.getJCas(), Sentence.class).stream()
                        .map(Sentence::getCoveredText).collect(Collectors.toList()));
        assertEquals(List.of("[  0,  6]Weapon(category=DRONE) \"Drones\"",
                "[ 11, 15]Location(kind=CITY, countryCode=UA, geonamesId=703448) \"Kyiv\"",
                "[ 27, 37]CasualtyCount(count=2, qualifier=EXACT, status=KILLED, victims=people) \"Two people\""),
                JCasUtil.select(cas.getJCas(), Annotation.class).stream()
                        .filter(a -> a.getType().getName().startsWith("org.conflictkit.type."))
                        .map(AssertAnnotations::render).collect(Collectors.toList()));
        assertTrue(Files.readString(output.resolve("report-a.xmi"))
                .contains("=\"http:///org/conflictkit/type.ecore\""));
    }

    @Test
    void badInputsAreReportedByNameAndTheOthersAreStillWritten(@TempDir Path dir)
        throws Exception
    {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("good.txt"), TEXT);
        Files.writeString(input.resolve("empty.txt"), "  \n");
        Files.write(input.resolve("latin1.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Path missing = dir.resolve("missing.txt");
        Path output = dir.resolve("out");

        CommandTester result = CommandTester.run("annotate", "--input", input.toString(),
                missing.toString(), "--output", output.toString());

        assertEquals(ConflictKitCommand.EXIT_FAILURES, result.exitCode);
        assertEquals(List.of("TypeSystem.xml", "good.xmi"), list(output));
        assertTrue(result.err.contains(missing + ": no such file or folder"), result.err);
        assertTrue(result.err.contains(input.resolve("empty.txt") + ": empty document"),
                result.err);
        assertTrue(result.err.contains(input.resolve("latin1.txt") + ": not UTF-8 text"),
                result.err);
    }

    @Test
    void anUnwritableOutputFolderIsOneClearLine(@TempDir Path dir) throws Exception
    {
        Path input = dir.resolve("a.txt");
        Files.writeString(input, TEXT);
        Path blocker = dir.resolve("file-not-folder");
        Files.writeString(blocker, "x");

        CommandTester result = CommandTester.run("annotate", "--input", input.toString(),
                "--output", blocker.resolve("out").toString());

        assertEquals(ConflictKitCommand.EXIT_USAGE, result.exitCode);
        assertTrue(result.err.startsWith("error: " + blocker.resolve("out")
                + ": output folder is not writable"), result.err);
    }

    @Test
    void anUnknownPipelineNamesTheKnownOnes(@TempDir Path dir) throws Exception
    {
        Path input = dir.resolve("a.txt");
        Files.writeString(input, TEXT);

        CommandTester result = CommandTester.run("annotate", "--input", input.toString(),
                "--output", dir.resolve("out").toString(), "--pipeline", "nonsense");

        assertEquals(ConflictKitCommand.EXIT_USAGE, result.exitCode);
        assertTrue(result.err.contains("Unknown pipeline 'nonsense'; known pipelines: segment"),
                result.err);
        assertFalse(Files.exists(dir.resolve("out").resolve("a.xmi")));
    }

    static CAS readXmi(Path xmi, Path typeSystemFile) throws Exception
    {
        TypeSystemDescription typeSystem = UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(new XMLInputSource(typeSystemFile.toFile()));
        CAS cas = CasCreationUtils.createCas(typeSystem, null, null);
        try (InputStream in = Files.newInputStream(xmi)) {
            XmiCasDeserializer.deserialize(in, cas);
        }
        return cas;
    }

    static List<String> list(Path dir) throws Exception
    {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(RunPartsWriter.PARTS_FOLDER)).sorted()
                    .collect(Collectors.toList());
        }
    }
}
