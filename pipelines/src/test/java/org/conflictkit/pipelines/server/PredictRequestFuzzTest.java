package org.conflictkit.pipelines.server;

import org.conflictkit.annotators.testing.FuzzDuration;
import static org.conflictkit.pipelines.server.InceptionRequests.projectTypeSystem;
import static org.conflictkit.pipelines.server.InceptionRequests.request;
import static org.conflictkit.pipelines.server.InceptionRequests.toXml;
import static org.conflictkit.pipelines.server.InceptionRequests.userCas;
import static org.conflictkit.pipelines.server.InceptionRequests.xmi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.uima.resource.metadata.TypeSystemDescription;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Coverage-guided fuzzing of the recommender's request path without a network: the body parser
 * and the predictor with the real engines. Whatever arrives, the answer is a client error (4xx)
 * or a valid answer whose CAS still holds the sent text; anything else would be a 500. Without
 * JAZZER_FUZZ=1 the targets run once on their seeds as regression tests.
 */
class PredictRequestFuzzTest
{
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FEATURES = { "kind", "countryCode", "category", "model",
            "status", "count", "cue", "name", "official", "value", "provenance", "latitude", "x" };

    private static Predictor predictor;
    private static TypeSystemDescription typeSystem;
    private static String typeSystemXml;

    @FuzzTest(maxDuration = FuzzDuration.PER_RUN)
    void anyBodyGetsAClientErrorOrAValidAnswer(FuzzedDataProvider data) throws Exception
    {
        answerIsValidOrAClientError(data.consumeRemainingAsBytes(), null);
    }

    @FuzzTest(maxDuration = FuzzDuration.PER_RUN)
    void anyTextLayerFeatureAndRangeGetAClientErrorOrAValidAnswer(FuzzedDataProvider data)
        throws Exception
    {
        setUp();
        List<String> layers = new ArrayList<>(LayerMappings.standard().keySet());
        layers.add("org.example.Vehicle");
        String layer = data.pickValue(layers);
        String feature = data.pickValue(FEATURES);
        boolean tokens = data.consumeBoolean();
        int rangeBegin = data.consumeInt(-5, 300);
        int rangeEnd = data.consumeInt(-5, 300);
        // A text INCEpTION can send: no lone surrogates, no characters XML 1.0 cannot carry.
        byte[] utf8 = data.consumeRemainingAsString().getBytes(StandardCharsets.UTF_8);
        String text = new String(utf8, StandardCharsets.UTF_8)
                .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", " ");
        ObjectNode body = (ObjectNode) JSON.readTree(request(layer, feature,
                xmi(userCas(typeSystem, text, tokens)), typeSystemXml));
        ((ObjectNode) body.get("metadata")).putObject("range").put("begin", rangeBegin)
                .put("end", rangeEnd);

        answerIsValidOrAClientError(body.toString().getBytes(StandardCharsets.UTF_8), text);
    }

    private static void answerIsValidOrAClientError(byte[] body, String sentText) throws Exception
    {
        Predictor.Result result;
        try {
            result = predictor().predict(PredictRequest.parse(body, PredictRequest.json(body.length)));
        }
        catch (RequestException e) {
            assertTrue(e.status() >= 400 && e.status() < 500, e.status() + " " + e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
            return;
        }
        PredictAnswer answer = PredictAnswer.read(typeSystemXml,
                JSON.writeValueAsBytes(Map.of("document", result.xmi())));
        if (sentText != null) {
            assertEquals(sentText, answer.cas().getDocumentText());
        }
    }

    private static synchronized Predictor predictor() throws Exception
    {
        setUp();
        return predictor;
    }

    private static synchronized void setUp() throws Exception
    {
        if (predictor == null) {
            typeSystem = projectTypeSystem();
            typeSystemXml = toXml(typeSystem);
            predictor = new Predictor(LayerMappings.standard(), PresetEngines.pipelines());
        }
    }
}
