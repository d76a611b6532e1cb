package org.conflictkit.pipelines.inception;

import java.util.List;
import java.util.Map;

import org.conflictkit.pipelines.inception.InceptionLayers.Layer;
import org.conflictkit.pipelines.inception.InceptionLayers.LayerFeature;
import org.conflictkit.pipelines.inception.InceptionLayers.TagSet;
import org.conflictkit.type.CasualtyCount;
import org.conflictkit.type.Location;
import org.conflictkit.type.Quote;
import org.conflictkit.type.Speaker;
import org.conflictkit.type.Weapon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code exportedproject.json} of an INCEpTION project archive: ConflictKit's layers with
 * their features and tag sets, the documents (CAS XMI sources) and one external recommender per
 * layer pointing at {@code conflictkit serve}.
 */
public final class InceptionProject
{
    public static final String FILE = "exportedproject.json";
    public static final String SOURCE_FOLDER = "source/";
    public static final String FORMAT = "xmi";
    /** Where {@code conflictkit serve} listens by default. */
    public static final String DEFAULT_RECOMMENDER_URL = "http://127.0.0.1:5000/";
    public static final String EXTERNAL_RECOMMENDER = "de.tudarmstadt.ukp.inception.recommendation.imls.external.ExternalClassificationTool";

    /** The feature each layer's recommender suggests: the one a reviewer decides first. */
    public static final Map<String, String> RECOMMENDED_FEATURE = Map.of(Weapon._TypeName,
            "category", CasualtyCount._TypeName, "status", Location._TypeName, "kind",
            Speaker._TypeName, "name", Quote._TypeName, "cue");

    private static final String TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token";
    private static final String SENTENCE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence";
    private static final String PROVENANCE = "provenance";

    private static final ObjectMapper JSON = new ObjectMapper();

    private InceptionProject()
    {
    }

    public static ObjectNode json(String name, InceptionLayers layers, List<String> documents,
            String recommenderUrl)
    {
        ObjectNode project = JSON.createObjectNode();
        project.put("name", name);
        project.put("description", "Conflict news pre-annotated by ConflictKit, to review.");
        project.put("mode", "annotation");
        project.put("version", 1);
        project.put("script_direction", "LTR");

        ArrayNode tagSets = project.putArray("tag_sets");
        layers.tagSets().forEach(t -> tagSets.add(tagSet(t)));

        ArrayNode layerNodes = project.putArray("layers");
        layerNodes.add(builtInLayer(TOKEN, "Token", "SINGLE_TOKEN"));
        layerNodes.add(builtInLayer(SENTENCE, "Sentence", "TOKENS"));
        for (Layer layer : layers.layers()) {
            layerNodes.add(layer(layer));
        }

        ArrayNode sources = project.putArray("source_documents");
        documents.forEach(d -> sources.addObject().put("name", d).put("format", FORMAT)
                .put("state", "NEW"));
        project.putArray("annotation_documents");
        project.putArray("project_permissions");

        ArrayNode recommenders = project.putArray("recommenders");
        for (Layer layer : layers.layers()) {
            String feature = RECOMMENDED_FEATURE.get(layer.name());
            if (feature != null) {
                recommenders.add(recommender(layer, feature, recommenderUrl));
            }
        }
        return project;
    }

    /**
     * A layer file for Project settings > Layers > Import in an existing project: the layers with
     * their tag sets inline.
     */
    public static ArrayNode layersFile(InceptionLayers layers)
    {
        ArrayNode file = JSON.createArrayNode();
        for (Layer layer : layers.layers()) {
            ObjectNode node = layer(layer);
            int i = 0;
            for (LayerFeature feature : layer.features()) {
                if (feature.tagSet() != null) {
                    ((ObjectNode) node.get("features").get(i)).set("tag_set",
                            tagSet(feature.tagSet()));
                }
                i++;
            }
            file.add(node);
        }
        return file;
    }

    private static ObjectNode tagSet(TagSet tagSet)
    {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", tagSet.name());
        node.put("description", tagSet.description());
        node.put("language", "en");
        node.put("create_tag", false);
        ArrayNode tags = node.putArray("tags");
        tagSet.tags().forEach((tag, description) -> tags.addObject().put("tag_name", tag)
                .put("tag_description", description));
        return node;
    }

    private static ObjectNode builtInLayer(String name, String uiName, String anchoring)
    {
        ObjectNode node = layerSettings(name, uiName, null, anchoring, "NO_OVERLAP", false);
        node.put("built_in", true);
        node.put("readonly", true);
        node.putArray("features");
        return node;
    }

    private static ObjectNode layer(Layer layer)
    {
        // Quotes may span sentences, and a partial quote nests in a reported clause.
        boolean quote = layer.name().equals(Quote._TypeName);
        ObjectNode node = layerSettings(layer.name(), layer.shortName(), layer.description(),
                "TOKENS", quote ? "OVERLAP_ONLY" : "NO_OVERLAP", quote);
        ArrayNode features = node.putArray("features");
        for (LayerFeature feature : layer.features()) {
            ObjectNode f = features.addObject();
            f.put("name", feature.name());
            f.put("uiName", feature.link() != null ? feature.link().referenceFeature()
                    : feature.name());
            f.put("description", feature.description());
            f.put("type", feature.type());
            f.put("enabled", true);
            f.put("visible", !feature.name().equals(PROVENANCE));
            f.put("include_in_hover", true);
            f.put("required", false);
            f.put("remember", false);
            f.put("curatable", true);
            if (feature.tagSet() != null) {
                f.putObject("tag_set").put("name", feature.tagSet().name());
            }
            else {
                f.putNull("tag_set");
            }
            if (feature.link() != null) {
                f.put("multi_value_mode", "ARRAY");
                f.put("link_mode", "WITH_ROLE");
                f.put("link_type_name", feature.link().linkType());
                f.put("link_type_role_feature_name", InceptionLayers.LINK_ROLE);
                f.put("link_type_target_feature_name", InceptionLayers.LINK_TARGET);
            }
            else {
                f.put("multi_value_mode", "NONE");
                f.put("link_mode", "NONE");
            }
            f.putNull("traits");
        }
        return node;
    }

    private static ObjectNode layerSettings(String name, String uiName, String description,
            String anchoring, String overlap, boolean crossSentence)
    {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", name);
        node.put("uiName", uiName);
        node.put("description", description);
        node.put("type", "span");
        node.put("enabled", true);
        node.put("built_in", false);
        node.put("readonly", false);
        node.put("anchoring_mode", anchoring);
        node.put("overlap_mode", overlap);
        node.put("validation_mode", "NEVER");
        node.put("cross_sentence", crossSentence);
        node.put("linked_list_behavior", false);
        node.put("show_hover", true);
        node.putNull("attach_type");
        node.putNull("attach_feature");
        node.putNull("traits");
        return node;
    }

    private static ObjectNode recommender(Layer layer, String feature, String url)
    {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", "ConflictKit " + layer.shortName());
        node.put("tool", EXTERNAL_RECOMMENDER);
        node.put("layerName", layer.name());
        node.put("feature", feature);
        node.put("enabled", true);
        node.put("alwaysSelected", false);
        node.put("threshold", 0.0);
        node.put("maxRecommendations", 3);
        node.put("skipEvaluation", true);
        node.putArray("statesIgnoredForTraining");
        ObjectNode traits = JSON.createObjectNode();
        traits.put("remoteUrl", url);
        traits.put("trainingCapability", "TRAINING_NOT_SUPPORTED");
        node.put("traits", traits.toString());
        return node;
    }
}
