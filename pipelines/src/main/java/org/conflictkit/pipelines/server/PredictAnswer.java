package org.conflictkit.pipelines.server;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A predict answer read the way INCEpTION reads it: the {@code document} XMI deserialised
 * leniently into a CAS of the request's type system, then the annotations of the requested layer
 * with {@code inception_internal_predicted} set taken as suggestions.
 */
public final class PredictAnswer
{
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CAS cas;

    private PredictAnswer(CAS cas)
    {
        this.cas = cas;
    }

    /** Reads an answer body against the type system sent with the request. */
    public static PredictAnswer read(String typeSystem, byte[] answerBody) throws Exception
    {
        JsonNode answer = JSON.readTree(answerBody);
        if (!answer.path("document").isTextual()) {
            throw new IllegalArgumentException("the answer has no string field 'document'");
        }
        return new PredictAnswer(readXmi(typeSystem, answer.get("document").asText()));
    }

    /** Reads an XMI CAS leniently against a type system, as INCEpTION does. */
    public static CAS readXmi(String typeSystem, String xmi) throws Exception
    {
        CAS cas = CasCreationUtils.createCas(
                UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(
                        new ByteArrayInputStream(typeSystem.getBytes(StandardCharsets.UTF_8)),
                        null)),
                null, null);
        Predictor.readXmi(xmi, cas);
        return cas;
    }

    public CAS cas()
    {
        return cas;
    }

    /** The suggestions of a layer: its annotations with the prediction flag set. */
    public List<AnnotationFS> predictions(String layer)
    {
        Type type = cas.getTypeSystem().getType(layer);
        Feature predicted = type.getFeatureByBaseName(Predictor.PREDICTED);
        List<AnnotationFS> predictions = new ArrayList<>();
        for (AnnotationFS annotation : cas.getAnnotationIndex(type)) {
            if (annotation.getBooleanValue(predicted)) {
                predictions.add(annotation);
            }
        }
        return predictions;
    }

    /** The suggestions rendered one per line: {@code [begin,end] label "covered text"}. */
    public List<String> render(String layer, String feature)
    {
        Feature label = cas.getTypeSystem().getType(layer).getFeatureByBaseName(feature);
        return predictions(layer).stream()
                .map(a -> "[" + a.getBegin() + "," + a.getEnd() + "] "
                        + a.getFeatureValueAsString(label) + " \"" + a.getCoveredText() + "\"")
                .toList();
    }

    /** How many suggestions carry each label. */
    public Map<String, Integer> labelCounts(String layer, String feature)
    {
        Feature label = cas.getTypeSystem().getType(layer).getFeatureByBaseName(feature);
        Map<String, Integer> counts = new TreeMap<>();
        predictions(layer).forEach(a -> counts.merge(String.valueOf(
                a.getFeatureValueAsString(label)), 1, Integer::sum));
        return counts;
    }
}
