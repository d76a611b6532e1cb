package org.conflictkit.pipelines.server;

import static org.conflictkit.pipelines.server.InceptionRequests.CASUALTY_COUNT;
import static org.conflictkit.pipelines.server.InceptionRequests.LOCATION;
import static org.conflictkit.pipelines.server.InceptionRequests.NAMED_ENTITY;
import static org.conflictkit.pipelines.server.InceptionRequests.QUOTE;
import static org.conflictkit.pipelines.server.InceptionRequests.SPEAKER;
import static org.conflictkit.pipelines.server.InceptionRequests.WEAPON;
import static org.conflictkit.pipelines.server.InceptionRequests.projectTypeSystem;
import static org.conflictkit.pipelines.server.InceptionRequests.request;
import static org.conflictkit.pipelines.server.InceptionRequests.toXml;
import static org.conflictkit.pipelines.server.InceptionRequests.type;
import static org.conflictkit.pipelines.server.InceptionRequests.userCas;
import static org.conflictkit.pipelines.server.InceptionRequests.withField;
import static org.conflictkit.pipelines.server.InceptionRequests.xmi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/** The recommender over HTTP, with predict requests built like INCEpTION's. */
class RecommenderServerTest
{
    private static final String TEXT = "Russian drones hit Kyiv overnight. Two people were killed.\n"
            + "Air Force spokesman Yuriy Ignat said: \"The attack came from the north.\"\n"
            + "Later he said: \"Kharkiv was also hit.\"\n";
    private static final int MAX_REQUEST_BYTES = 4 * 1024 * 1024;

    private static TestServer server;
    private static HttpClient client;

    @BeforeAll
    static void startServer() throws Exception
    {
        Predictor predictor = new Predictor(LayerMappings.standard(),
                FakeConflictAnnotator.presets("casualties", "locations", "quotes"));
        server = TestServer.start(ServerLimits.defaults(4, MAX_REQUEST_BYTES), predictor);
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void locationsComeBackAsPredictionsOfTheLocationLayerWithTheirKindAndProvenance()
        throws Exception
    {
        HttpResponse<byte[]> response = post("predict", predictRequest(LOCATION, "kind"));

        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        PredictAnswer answer = PredictAnswer.read(server.typeSystemXml, response.body());
        assertEquals(List.of("[19,23] CITY \"Kyiv\"", "[147,154] CITY \"Kharkiv\""),
                answer.render(LOCATION, "kind"));
        Feature explanation = type(answer.cas(), LOCATION)
                .getFeatureByBaseName("kind_score_explanation");
        assertEquals("fake:gazetteer",
                answer.predictions(LOCATION).get(0).getStringValue(explanation));
        Feature score = type(answer.cas(), LOCATION).getFeatureByBaseName("kind_score");
        // An unknown rule gets the precision of its layer.
        double expected = RuleScores.standard().score("Location", "fake:gazetteer");
        assertTrue(expected > 0.01 && expected < 1, "" + expected);
        for (AnnotationFS prediction : answer.predictions(LOCATION)) {
            assertEquals(expected, prediction.getDoubleValue(score), 1e-9);
        }
        assertEquals(TEXT, answer.cas().getDocumentText());
    }

    @Test
    void eachOfOurLayersIsPredictedWithTheRequestedFeature() throws Exception
    {
        assertEquals(List.of("[35,57] KILLED \"Two people were killed\""),
                predictions(CASUALTY_COUNT, "status"));
        assertEquals(List.of("[69,90] Yuriy Ignat \"spokesman Yuriy Ignat\"",
                "[137,139] Yuriy Ignat \"he\""), predictions(SPEAKER, "name"));
        assertEquals(List.of("[98,129] say \"The attack came from the north.\"",
                "[147,168] say \"Kharkiv was also hit.\""), predictions(QUOTE, "cue"));
    }

    @Test
    void namedEntitiesAreLocForLocationsAndPerForTheNameOfANamedSpeakerOnly() throws Exception
    {
        assertEquals(List.of("[19,23] LOC \"Kyiv\"", "[79,90] PER \"Yuriy Ignat\"",
                "[147,154] LOC \"Kharkiv\""), predictions(NAMED_ENTITY, "value"));
    }

    @Test
    void theUsersAnnotationsStayAsTheyWereAndStalePredictionsAreReplaced() throws Exception
    {
        CAS cas = userCas(server.typeSystem, TEXT, true);
        Type namedEntity = type(cas, NAMED_ENTITY);
        Feature value = namedEntity.getFeatureByBaseName("value");
        Feature predicted = namedEntity.getFeatureByBaseName(Predictor.PREDICTED);
        AnnotationFS own = cas.createAnnotation(namedEntity, 59, 68);
        own.setStringValue(value, "ORG");
        cas.addFsToIndexes(own);
        AnnotationFS stale = cas.createAnnotation(namedEntity, 0, 7);
        stale.setStringValue(value, "MISC");
        stale.setBooleanValue(predicted, true);
        cas.addFsToIndexes(stale);

        HttpResponse<byte[]> response = post("predict",
                request(NAMED_ENTITY, "value", xmi(cas), server.typeSystemXml));

        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        PredictAnswer answer = PredictAnswer.read(server.typeSystemXml, response.body());
        List<String> all = new ArrayList<>();
        for (AnnotationFS entity : answer.cas().getAnnotationIndex(
                type(answer.cas(), NAMED_ENTITY))) {
            all.add(entity.getCoveredText() + "=" + entity.getStringValue(value) + " predicted="
                    + entity.getBooleanValue(predicted));
        }
        assertEquals(List.of("Kyiv=LOC predicted=true", "Air Force=ORG predicted=false",
                "Yuriy Ignat=PER predicted=true", "Kharkiv=LOC predicted=true"), all);
        assertEquals(cas.getAnnotationIndex(type(cas, Token._TypeName)).size(), answer.cas()
                .getAnnotationIndex(type(answer.cas(), Token._TypeName)).size());
    }

    @Test
    void aDocumentWithoutTokensIsSegmentedFirst() throws Exception
    {
        String body = request(LOCATION, "kind", xmi(userCas(server.typeSystem, TEXT, false)),
                server.typeSystemXml);

        HttpResponse<byte[]> response = post("predict", body);

        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertEquals(List.of("[19,23] CITY \"Kyiv\"", "[147,154] CITY \"Kharkiv\""),
                PredictAnswer.read(server.typeSystemXml, response.body()).render(LOCATION, "kind"));
    }

    @Test
    void aBaseUrlWithAPathWorksForPredictAndTrain() throws Exception
    {
        assertEquals(200, post("conflictkit/predict", predictRequest(LOCATION, "kind"))
                .statusCode());
        HttpResponse<byte[]> train = post("conflictkit/train", "{\"metadata\":{}}");
        assertEquals(204, train.statusCode());
        assertEquals(0, train.body().length);
    }

    @Test
    void refusedRequestsGetAClientStatusAndOneLineReason() throws Exception
    {
        String good = predictRequest(LOCATION, "kind");
        assertRefused(400, "malformed JSON: Unexpected character ('x' (code 120)): was expecting"
                + " double-quote to start field name", post("predict", "{x"));
        assertRefused(400, "missing or empty string field metadata.layer",
                post("predict", "{\"metadata\":{}}"));
        assertRefused(400, "document.xmi is not a readable XMI CAS:",
                post("predict", withField(good, "document.xmi", "<xmi:XMI broken")));
        assertRefused(400, "typeSystem is not a usable UIMA type system:",
                post("predict", withField(good, "typeSystem", "not a type system")));
        assertRefused(422, "unknown layer org.example.Vehicle; this server predicts "
                + String.join(", ", LayerMappings.standard().keySet()),
                post("predict", withField(good, "metadata.layer", "org.example.Vehicle")));
        assertRefused(422, "no engine for layer org.conflictkit.type.Weapon in this build "
                + "(it needs the pipeline preset weapons)",
                post("predict", predictRequest(WEAPON, "category")));
        assertRefused(422, "layer org.conflictkit.type.Location has no text feature 'latitude'"
                + " that ConflictKit predicts; use one of kind, countryCode, provenance",
                post("predict", predictRequest(LOCATION, "latitude")));
        assertRefused(400, "type org.conflictkit.type.Location in the sent type system has no "
                + "feature colour", post("predict", predictRequest(LOCATION, "colour")));
        assertRefused(405, "predict takes POST, not GET", get("predict"));
        assertRefused(404, "no such endpoint /status; use POST <base>/predict, POST"
                + " <base>/train or GET <base>/health", post("status", good));
        assertRefused(413, "request larger than the limit of 4 MB (see serve --max-request-mb)",
                post("predict", good + " ".repeat(MAX_REQUEST_BYTES)));
    }

    @Test
    void aTypeSystemWithoutTheLayerOrItsPredictionFeatureIsRefused() throws Exception
    {
        TypeSystemDescription plain = projectTypeSystem();
        String xmi = xmi(userCas(plain, TEXT, true));
        TypeSystemDescription withoutLayer = projectTypeSystem();
        withoutLayer.setTypes(java.util.Arrays.stream(withoutLayer.getTypes())
                .filter(t -> !t.getName().equals(NAMED_ENTITY))
                .toArray(org.apache.uima.resource.metadata.TypeDescription[]::new));
        assertRefused(400, "the sent type system has no type " + NAMED_ENTITY, post("predict",
                request(NAMED_ENTITY, "value", xmi, toXml(withoutLayer))));

        TypeSystemDescription withoutFlag = projectTypeSystem();
        var location = withoutFlag.getType(LOCATION);
        location.setFeatures(java.util.Arrays.stream(location.getFeatures())
                .filter(f -> !f.getName().equals(Predictor.PREDICTED))
                .toArray(org.apache.uima.resource.metadata.FeatureDescription[]::new));
        assertRefused(400, "type " + LOCATION + " in the sent type system has no feature "
                + Predictor.PREDICTED + "; send the type system of INCEpTION's prediction CAS",
                post("predict", request(LOCATION, "kind", xmi, toXml(withoutFlag))));
    }

    /**
     * Many clients at once, more than the server's threads, mixing good requests for every layer
     * with malformed ones: every good request gets the answer it gets alone, every bad one its
     * 4xx, and the whole load finishes in bounded time.
     */
    @Test
    void aLoadOfParallelGoodAndMalformedRequestsGetsEachItsOwnAnswer() throws Exception
    {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String[] layer : new String[][] { { NAMED_ENTITY, "value" }, { LOCATION, "kind" },
                { CASUALTY_COUNT, "status" }, { SPEAKER, "name" }, { QUOTE, "cue" } }) {
            bodies.put(layer[0], predictRequest(layer[0], layer[1]));
            expected.put(layer[0], predictions(layer[0], layer[1]));
        }
        String good = bodies.get(LOCATION);
        Map<String, Integer> bad = new LinkedHashMap<>();
        bad.put("{x", 400);
        bad.put("", 400);
        bad.put("[1, 2]", 400);
        bad.put("{\"metadata\":{}}", 400);
        bad.put(withField(good, "document.xmi", "<xmi:XMI broken"), 400);
        bad.put(withField(good, "typeSystem", "<typeSystemDescription"), 400);
        bad.put(withField(good, "metadata.layer", "org.example.Vehicle"), 422);
        bad.put(predictRequest(LOCATION, "colour"), 400);

        List<String> layers = new ArrayList<>(bodies.keySet());
        List<String> badBodies = new ArrayList<>(bad.keySet());
        ExecutorService clients = Executors.newFixedThreadPool(12);
        try {
            List<Callable<String>> load = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                boolean malformed = i % 3 == 2;
                String body = malformed ? badBodies.get(i % badBodies.size())
                        : bodies.get(layers.get(i % layers.size()));
                String layer = layers.get(i % layers.size());
                load.add(() -> {
                    HttpResponse<byte[]> response = post("predict", body);
                    if (malformed) {
                        assertEquals(bad.get(body), response.statusCode(), body);
                    }
                    else {
                        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
                        String feature = new ObjectMapper().readTree(body).path("metadata")
                                .path("feature").asText();
                        assertEquals(expected.get(layer), PredictAnswer.read(server.typeSystemXml,
                                response.body()).render(layer, feature));
                    }
                    return "ok";
                });
            }
            for (Future<String> answer : clients.invokeAll(load, 3, TimeUnit.MINUTES)) {
                assertEquals("ok", answer.get());
            }
        }
        finally {
            clients.shutdownNow();
        }
    }

    @Test
    void everyRequestIsLoggedInOneLine() throws Exception
    {
        post("predict", predictRequest(LOCATION, "kind"));
        post("predict", "{x");

        List<String> lines = new ArrayList<>(server.log);
        assertTrue(lines.stream().anyMatch(l -> l.matches("POST /predict 200 layer="
                + LOCATION + " feature=kind document=42 predictions=2 ms=\\d+")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches(
                "POST /predict 400 reason=\"malformed JSON: .*\" ms=\\d+")), lines.toString());
    }

    private static List<String> predictions(String layer, String feature) throws Exception
    {
        HttpResponse<byte[]> response = post("predict", predictRequest(layer, feature));
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        PredictAnswer answer = PredictAnswer.read(server.typeSystemXml, response.body());
        Type type = type(answer.cas(), layer);
        Feature score = type.getFeatureByBaseName(feature + "_score");
        Feature explanation = type.getFeatureByBaseName(feature + "_score_explanation");
        for (AnnotationFS prediction : answer.predictions(layer)) {
            assertTrue(prediction.getDoubleValue(score) > 0
                    && prediction.getDoubleValue(score) <= 1, prediction.toString());
            assertTrue(prediction.getStringValue(explanation).startsWith("fake:")
                    || prediction.getStringValue(explanation).contains(" fake:"),
                    prediction.toString());
        }
        return answer.render(layer, feature);
    }

    private static String predictRequest(String layer, String feature) throws Exception
    {
        return request(layer, feature, xmi(userCas(server.typeSystem, TEXT, true)),
                server.typeSystemXml);
    }

    private static void assertRefused(int status, String reasonStart,
            HttpResponse<byte[]> response)
    {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(status, response.statusCode(), body);
        assertTrue(body.startsWith(reasonStart), body);
        assertTrue(body.endsWith("\n") && body.indexOf('\n') == body.length() - 1,
                "one line: " + body);
    }

    private static HttpResponse<byte[]> post(String path, String body) throws Exception
    {
        return client.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> get(String path) throws Exception
    {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static URI uri(String path)
    {
        return server.uri(path);
    }
}
