package org.conflictkit.pipelines.inception;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.conflictkit.pipelines.cli.ConflictKitCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The {@code TypeSystem.xml} that {@code annotate} writes, read the way INCEpTION's layer upload
 * reads it: a file is taken as a UIMA type system when its first bytes are {@code <?xml}, and a
 * type becomes a span layer when it extends {@code uima.tcas.Annotation} directly and all its own
 * features are primitive.
 */
class TypeSystemUploadTest
{
    @Test
    void theTypeSystemStartsWithTheXmlDeclarationAndOurLayersAreFlatSpans(@TempDir Path dir)
        throws Exception
    {
        Path input = Files.writeString(dir.resolve("a.txt"), "Drones hit Kyiv.");
        CommandLine command = ConflictKitCommand.commandLine();
        command.setOut(new PrintWriter(new StringWriter()));
        command.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, command.execute("annotate", "--input", input.toString(), "--output",
                dir.resolve("out").toString()));

        byte[] bytes = Files.readAllBytes(dir.resolve("out/TypeSystem.xml"));
        assertArrayEquals("<?xml".getBytes(StandardCharsets.US_ASCII),
                Arrays.copyOf(bytes, 5));
        TypeSystemDescription description = UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(
                        new XMLInputSource(new ByteArrayInputStream(bytes), null));
        TypeSystem types = CasCreationUtils.createCas(description, null, null).getTypeSystem();

        List<String> flat = new ArrayList<>();
        List<String> spanLayers = new ArrayList<>();
        for (Type type : types) {
            if (type.getName().startsWith("org.conflictkit.type.")
                    && types.subsumes(types.getType(CAS.TYPE_NAME_ANNOTATION), type)) {
                if (types.getParent(type).getName().equals(CAS.TYPE_NAME_ANNOTATION)) {
                    flat.add(type.getShortName());
                }
                if (type.getFeatures().stream().filter(f -> f.getDomain() == type)
                        .allMatch(f -> f.getRange().isPrimitive())) {
                    spanLayers.add(type.getShortName());
                }
            }
        }
        assertEquals(List.of("CasualtyCount", "Location", "Quote", "Speaker", "SpeechEvent",
                "Weapon"), flat.stream().sorted().toList());
        // Quote refers to its Speaker, which the upload cannot express: Quote comes with the
        // project archive (export-inception), where the reference is a link feature. SpeechEvent
        // refers to its Quotes, so the upload makes no layer of it either: it is no layer.
        assertEquals(List.of("CasualtyCount", "Location", "Speaker", "Weapon"),
                spanLayers.stream().sorted().toList());
    }
}
