package org.conflictkit.pipelines.inception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.conflictkit.pipelines.cli.ConflictKitCommand;
import org.conflictkit.pipelines.server.InceptionRequests;
import org.conflictkit.pipelines.server.PredictAnswer;
import org.conflictkit.type.ClosedValueSet;
import org.conflictkit.type.Quote;
import org.conflictkit.type.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import picocli.CommandLine;

/** The project archive, checked against the layout INCEpTION's project import reads. */
class ExportInceptionCommandTest
{
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FEATURE_TYPES = Set.of(CAS.TYPE_NAME_STRING,
            CAS.TYPE_NAME_INTEGER, CAS.TYPE_NAME_FLOAT, CAS.TYPE_NAME_BOOLEAN);
    private static final Set<String> OUR_LAYERS = Set.of("org.conflictkit.type.Weapon",
            "org.conflictkit.type.CasualtyCount", "org.conflictkit.type.Location",
            "org.conflictkit.type.Speaker", "org.conflictkit.type.Quote");

    @Test
    void theArchiveHoldsTheProjectFileAndOneXmiSourcePerDocument(@TempDir Path dir)
        throws Exception
    {
        Path archive = export(dir, "Drones hit Kyiv overnight.\nTwo people were killed.\n",
                "Second report.");

        try (ZipFile zip = new ZipFile(archive.toFile())) {
            assertEquals(List.of("exportedproject.json", "source/report-a.xmi",
                    "source/report-b.xmi"), zip.stream().map(ZipEntry::getName).toList());
            JsonNode project = JSON.readTree(zip.getInputStream(zip.getEntry(
                    "exportedproject.json")));
            assertEquals("war-review", project.get("name").asText());
            assertEquals("annotation", project.get("mode").asText());
            assertTrue(project.get("version").asInt() >= 1);
            assertEquals("LTR", project.get("script_direction").asText());
            List<String> sources = new ArrayList<>();
            for (JsonNode source : project.get("source_documents")) {
                assertEquals("xmi", source.get("format").asText());
                assertEquals("NEW", source.get("state").asText());
                sources.add(source.get("name").asText());
                assertNotNull(zip.getEntry("source/" + source.get("name").asText()));
            }
            assertEquals(List.of("report-a.xmi", "report-b.xmi"), sources);

            String xmi = new String(zip.getInputStream(zip.getEntry("source/report-a.xmi"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            CAS cas = PredictAnswer.readXmi(
                    InceptionRequests.toXml(InceptionRequests.projectTypeSystem()), xmi);
            assertEquals("Drones hit Kyiv overnight.\nTwo people were killed.\n",
                    cas.getDocumentText());
            assertEquals(10, cas.getAnnotationIndex(
                    cas.getTypeSystem().getType(Token._TypeName)).size());
        }
    }

    @Test
    void theSourcesHoldTheQuotesButNotTheSpeechEventsWhichAreNoLayer(@TempDir Path dir)
        throws Exception
    {
        Path archive = export(dir, "\"We will rebuild,\" said Governor Oleh Synehubov.\n",
                "Second report.");

        try (ZipFile zip = new ZipFile(archive.toFile())) {
            String xmi = new String(zip.getInputStream(zip.getEntry("source/report-a.xmi"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(xmi.contains("SpeechEvent"), xmi);
            CAS cas = PredictAnswer.readXmi(
                    InceptionRequests.toXml(InceptionRequests.projectTypeSystem()), xmi);
            Type quote = cas.getTypeSystem().getType(Quote._TypeName);
            assertEquals(List.of("We will rebuild"), cas.getAnnotationIndex(quote).stream()
                    .map(AnnotationFS::getCoveredText).toList());
        }
    }

    @Test
    void layersFeaturesAndTagSetsFollowTheTypeSystem(@TempDir Path dir) throws Exception
    {
        JsonNode project = projectJson(export(dir, "Drones hit Kyiv.", "Second report."));

        Map<String, JsonNode> tagSets = new LinkedHashMap<>();
        project.get("tag_sets").forEach(t -> tagSets.put(t.get("name").asText(), t));
        assertEquals(List.of("WeaponCategory", "CasualtyQualifier", "CasualtyStatus",
                "LocationKind"), new ArrayList<>(tagSets.keySet()));
        for (ClosedValueSet set : ClosedValueSet.values()) {
            JsonNode tagSet = tagSets.get(set.setName());
            List<String> tags = new ArrayList<>();
            tagSet.get("tags").forEach(t -> tags.add(t.get("tag_name").asText()));
            assertEquals(set.allowed(), tags);
            assertFalse(tagSet.get("create_tag").asBoolean());
        }

        Set<String> layerNames = new HashSet<>();
        project.get("layers").forEach(l -> layerNames.add(l.get("name").asText()));
        for (JsonNode layer : project.get("layers")) {
            for (String key : List.of("name", "uiName", "type", "enabled", "built_in",
                    "readonly", "anchoring_mode", "overlap_mode", "validation_mode",
                    "cross_sentence", "linked_list_behavior", "attach_type", "traits",
                    "features")) {
                assertTrue(layer.has(key), layer.get("name") + " lacks " + key);
            }
            assertEquals("span", layer.get("type").asText());
            for (JsonNode feature : layer.get("features")) {
                String where = layer.get("name").asText() + "." + feature.get("name").asText();
                assertTrue(feature.has("multi_value_mode") && feature.has("link_mode"), where);
                String type = feature.get("type").asText();
                if (feature.get("link_mode").asText().equals("NONE")) {
                    assertTrue(FEATURE_TYPES.contains(type), where + " type " + type);
                    assertEquals("NONE", feature.get("multi_value_mode").asText(), where);
                }
                else {
                    assertTrue(layerNames.contains(type), where + " links to " + type);
                }
                if (!feature.get("tag_set").isNull()) {
                    assertTrue(tagSets.containsKey(feature.get("tag_set").get("name").asText()),
                            where);
                }
            }
        }
        JsonNode weapon = layer(project, "org.conflictkit.type.Weapon");
        assertEquals("[category:uima.cas.String:WeaponCategory, model:uima.cas.String:-, "
                + "quantity:uima.cas.Integer:-, provenance:uima.cas.String:-]",
                features(weapon).toString());
        assertFalse(weapon.get("built_in").asBoolean());
        assertEquals("TOKENS", weapon.get("anchoring_mode").asText());
        assertEquals("NO_OVERLAP", weapon.get("overlap_mode").asText());

        JsonNode quote = layer(project, "org.conflictkit.type.Quote");
        assertTrue(quote.get("cross_sentence").asBoolean());
        assertEquals("OVERLAP_ONLY", quote.get("overlap_mode").asText());
        JsonNode link = quote.get("features").get(0);
        assertEquals("speakerLink", link.get("name").asText());
        assertEquals("org.conflictkit.type.Speaker", link.get("type").asText());
        assertEquals("ARRAY", link.get("multi_value_mode").asText());
        assertEquals("WITH_ROLE", link.get("link_mode").asText());
        assertEquals("org.conflictkit.type.QuoteSpeakerLink", link.get("link_type_name").asText());
        assertEquals("role", link.get("link_type_role_feature_name").asText());
        assertEquals("target", link.get("link_type_target_feature_name").asText());
    }

    @Test
    void eachOfOurLayersHasAnExternalRecommenderAtServesDefaultAddress(@TempDir Path dir)
        throws Exception
    {
        JsonNode project = projectJson(export(dir, "Drones hit Kyiv.", "Second report."));

        Set<String> layers = new HashSet<>();
        for (JsonNode recommender : project.get("recommenders")) {
            String layerName = recommender.get("layerName").asText();
            layers.add(layerName);
            assertEquals(
                    "de.tudarmstadt.ukp.inception.recommendation.imls.external.ExternalClassificationTool",
                    recommender.get("tool").asText());
            List<String> layerFeatures = features(layer(project, layerName)).stream()
                    .map(f -> f.substring(0, f.indexOf(':'))).toList();
            assertTrue(layerFeatures.contains(recommender.get("feature").asText()));
            int max = recommender.get("maxRecommendations").asInt();
            assertTrue(max >= 1 && max <= 10);
            JsonNode traits = JSON.readTree(recommender.get("traits").asText());
            assertEquals("http://127.0.0.1:5000/", traits.get("remoteUrl").asText());
            assertEquals("TRAINING_NOT_SUPPORTED", traits.get("trainingCapability").asText());
        }
        assertEquals(OUR_LAYERS, layers);
    }

    @Test
    void aQuotesSpeakerBecomesAnInceptionLinkWithTheRoleSpeaker(@TempDir Path dir)
        throws Exception
    {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("Ignat said: \"We shot down 20 drones.\"");
        Speaker speaker = new Speaker(jcas, 0, 5);
        speaker.setName("Yuriy Ignat");
        speaker.addToIndexes();
        Quote quote = new Quote(jcas, 13, 36);
        quote.setSpeaker(speaker);
        quote.setDirect(true);
        quote.addToIndexes();
        Path archive = dir.resolve("p.zip");

        ProjectArchiveWriter writer = new ProjectArchiveWriter(archive, "p",
                InceptionProject.DEFAULT_RECOMMENDER_URL);
        writer.write(jcas, "doc");
        writer.close();

        try (ZipFile zip = new ZipFile(archive.toFile())) {
            CAS cas = PredictAnswer.readXmi(
                    InceptionRequests.toXml(InceptionRequests.projectTypeSystem()),
                    new String(zip.getInputStream(zip.getEntry("source/doc.xmi")).readAllBytes(),
                            StandardCharsets.UTF_8));
            Type quoteType = cas.getTypeSystem().getType(Quote._TypeName);
            AnnotationFS read = cas.getAnnotationIndex(quoteType).iterator().next();
            FSArray<?> links = (FSArray<?>) read
                    .getFeatureValue(quoteType.getFeatureByBaseName("speakerLink"));
            FeatureStructure linkFs = links.get(0);
            Feature role = linkFs.getType().getFeatureByBaseName("role");
            Feature target = linkFs.getType().getFeatureByBaseName("target");
            assertEquals("speaker", linkFs.getStringValue(role));
            assertEquals("Ignat",
                    ((AnnotationFS) linkFs.getFeatureValue(target)).getCoveredText());
        }
    }

    @Test
    void theLayersFileHoldsOurLayersWithTheirTagSetsInline(@TempDir Path dir) throws Exception
    {
        Path file = dir.resolve("layers.json");
        StringWriter err = new StringWriter();
        CommandLine command = ConflictKitCommand.commandLine();
        command.setOut(new PrintWriter(new StringWriter(), true));
        command.setErr(new PrintWriter(err, true));

        assertEquals(0, command.execute("export-inception", "--layers-file", file.toString()),
                err.toString());

        JsonNode layers = JSON.readTree(file.toFile());
        List<String> names = new ArrayList<>();
        layers.forEach(l -> names.add(l.get("name").asText()));
        assertEquals(List.of("org.conflictkit.type.Weapon", "org.conflictkit.type.CasualtyCount",
                "org.conflictkit.type.Location", "org.conflictkit.type.Speaker",
                "org.conflictkit.type.Quote"), names);
        JsonNode kind = layers.get(2).get("features").get(0);
        assertEquals("kind", kind.get("name").asText());
        assertEquals("LocationKind", kind.get("tag_set").get("name").asText());
        assertEquals("COUNTRY", kind.get("tag_set").get("tags").get(0).get("tag_name").asText());
    }

    private static Path export(Path dir, String first, String second) throws Exception
    {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("report-a.txt"), first);
        Files.writeString(input.resolve("report-b.txt"), second);
        Path archive = dir.resolve("war-review.zip");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = ConflictKitCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exit = command.execute("export-inception", "--input", input.toString(), "--output",
                archive.toString(), "--name", "war-review");
        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().contains("INCEpTION project 'war-review' with 2 document(s)"),
                out.toString());
        return archive;
    }

    private static JsonNode projectJson(Path archive) throws Exception
    {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            return JSON.readTree(zip.getInputStream(zip.getEntry("exportedproject.json")));
        }
    }

    private static JsonNode layer(JsonNode project, String name)
    {
        for (JsonNode layer : project.get("layers")) {
            if (layer.get("name").asText().equals(name)) {
                return layer;
            }
        }
        throw new AssertionError("no layer " + name);
    }

    /** name:type:tagset, one per feature. */
    private static List<String> features(JsonNode layer)
    {
        List<String> features = new ArrayList<>();
        layer.get("features").forEach(f -> features.add(f.get("name").asText() + ":"
                + f.get("type").asText() + ":"
                + (f.get("tag_set").isNull() ? "-" : f.get("tag_set").get("name").asText())));
        return features;
    }
}
