package org.conflictkit.pipelines.server;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.conflictkit.pipelines.inception.InceptionLayers;
import org.conflictkit.pipelines.inception.InceptionLayers.Layer;
import org.conflictkit.pipelines.inception.InceptionLayers.LayerFeature;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Builds predict requests the way INCEpTION does: a project type system made from the layers
 * (ConflictKit's, as the exported project defines them, plus DKPro's NamedEntity) with
 * INCEpTION's prediction features added to every layer, and the user's CAS with its own tokens
 * and sentences.
 */
public final class InceptionRequests
{
    static final String LOCATION = "org.conflictkit.type.Location";
    static final String QUOTE = "org.conflictkit.type.Quote";
    static final String SPEAKER = "org.conflictkit.type.Speaker";
    static final String WEAPON = "org.conflictkit.type.Weapon";
    static final String CASUALTY_COUNT = "org.conflictkit.type.CasualtyCount";
    static final String NAMED_ENTITY = LayerMappings.NAMED_ENTITY;

    /** Words and single punctuation marks, roughly as INCEpTION's own tokenizer splits. */
    private static final Pattern TOKEN = Pattern.compile("\\w+(?:[-'’]\\w+)*|\\S");
    private static final ObjectMapper JSON = new ObjectMapper();

    private InceptionRequests()
    {
    }

    /** The type system INCEpTION sends for a project with ConflictKit's layers. */
    public static TypeSystemDescription projectTypeSystem() throws Exception
    {
        TypeSystemDescription tsd = TypeSystemDescriptionFactory.createTypeSystemDescription();
        InceptionLayers layers = InceptionLayers.ofConflictKit();
        List<TypeDescription> kept = new ArrayList<>(Arrays.asList(tsd.getTypes()));
        kept.removeIf(t -> t.getName().startsWith("org.conflictkit.type."));
        tsd.setTypes(kept.toArray(TypeDescription[]::new));

        List<String> layerTypes = new ArrayList<>();
        for (Layer layer : layers.layers()) {
            TypeDescription type = tsd.addType(layer.name(), "", CAS.TYPE_NAME_ANNOTATION);
            for (LayerFeature feature : layer.features()) {
                if (feature.link() != null) {
                    TypeDescription link = tsd.addType(feature.link().linkType(), "",
                            CAS.TYPE_NAME_TOP);
                    link.addFeature(InceptionLayers.LINK_ROLE, "", CAS.TYPE_NAME_STRING);
                    link.addFeature(InceptionLayers.LINK_TARGET, "", feature.type());
                    type.addFeature(feature.name(), "", CAS.TYPE_NAME_FS_ARRAY,
                            feature.link().linkType(), false);
                }
                else {
                    type.addFeature(feature.name(), "", feature.type());
                }
            }
            layerTypes.add(layer.name());
        }
        TypeDescription namedEntity = tsd.addType(NAMED_ENTITY, "", CAS.TYPE_NAME_ANNOTATION);
        namedEntity.addFeature("value", "", CAS.TYPE_NAME_STRING);
        namedEntity.addFeature("identifier", "", CAS.TYPE_NAME_STRING);
        layerTypes.add(NAMED_ENTITY);

        for (String name : layerTypes) {
            TypeDescription type = tsd.getType(name);
            for (FeatureDescription feature : type.getFeatures()) {
                if (CAS.TYPE_NAME_STRING.equals(feature.getRangeTypeName())) {
                    type.addFeature(feature.getName() + "_score", "", CAS.TYPE_NAME_DOUBLE);
                    type.addFeature(feature.getName() + "_score_explanation", "",
                            CAS.TYPE_NAME_STRING);
                    type.addFeature(feature.getName() + "_auto_accept", "",
                            CAS.TYPE_NAME_STRING);
                }
            }
            type.addFeature(Predictor.PREDICTED, "", CAS.TYPE_NAME_BOOLEAN);
        }
        return tsd;
    }

    public static String toXml(TypeSystemDescription tsd) throws Exception
    {
        StringWriter xml = new StringWriter();
        tsd.toXML(xml);
        return xml.toString();
    }

    /** A user's CAS: the text, one sentence per line and tokens, when {@code tokens} is set. */
    static CAS userCas(TypeSystemDescription tsd, String text, boolean tokens) throws Exception
    {
        CAS cas = CasCreationUtils.createCas(tsd, null, null);
        cas.setDocumentText(text);
        if (tokens) {
            Matcher token = TOKEN.matcher(text);
            while (token.find()) {
                cas.addFsToIndexes(cas.createAnnotation(type(cas, Token._TypeName),
                        token.start(), token.end()));
            }
            Matcher line = Pattern.compile("[^\\n]+").matcher(text);
            while (line.find()) {
                cas.addFsToIndexes(cas.createAnnotation(type(cas, Sentence._TypeName),
                        line.start(), line.end()));
            }
        }
        return cas;
    }

    static Type type(CAS cas, String name)
    {
        return cas.getTypeSystem().getType(name);
    }

    static String xmi(CAS cas) throws Exception
    {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmiCasSerializer.serialize(cas, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The JSON body of a predict request, with the fields INCEpTION 41 sends. */
    static String request(String layer, String feature, String xmi, String typeSystem)
    {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode metadata = body.putObject("metadata");
        metadata.put("layer", layer);
        metadata.put("feature", feature);
        metadata.put("projectId", 7);
        metadata.put("anchoringMode", "tokens");
        metadata.put("crossSentence", false);
        ObjectNode document = body.putObject("document");
        document.put("xmi", xmi);
        document.put("documentId", 42);
        document.put("userId", "alice");
        body.put("typeSystem", typeSystem);
        body.putArray("tagsets");
        return body.toString();
    }

    /** A request with one field replaced, for malformed-request cases. */
    static String withField(String request, String path, String value) throws Exception
    {
        ObjectNode body = (ObjectNode) JSON.readTree(request);
        String[] parts = path.split("\\.");
        ObjectNode parent = parts.length == 1 ? body : (ObjectNode) body.get(parts[0]);
        parent.put(parts[parts.length - 1], value);
        return body.toString();
    }
}
