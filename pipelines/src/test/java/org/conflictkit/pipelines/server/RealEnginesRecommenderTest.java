package org.conflictkit.pipelines.server;

import static org.conflictkit.pipelines.server.InceptionRequests.LOCATION;
import static org.conflictkit.pipelines.server.InceptionRequests.NAMED_ENTITY;
import static org.conflictkit.pipelines.server.InceptionRequests.WEAPON;
import static org.conflictkit.pipelines.server.InceptionRequests.request;
import static org.conflictkit.pipelines.server.InceptionRequests.userCas;
import static org.conflictkit.pipelines.server.InceptionRequests.xmi;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The recommender with ConflictKit's real engines, as {@code conflictkit serve} runs it. */
class RealEnginesRecommenderTest
{
    private static final String TEXT = "Shahed drones struck Odesa overnight, "
            + "Governor Oleh Kiper said: \"Two people were injured.\"\n"
            + "The Houthis said they would respond.\n";

    private static TestServer server;

    @BeforeAll
    static void startServer() throws Exception
    {
        // As serve does: the engines load before the first request's time limit runs.
        Predictor predictor = new Predictor(LayerMappings.standard(), PresetEngines.pipelines());
        predictor.warmUp();
        server = TestServer.start(ServerLimits.defaults(2, 4 * 1024 * 1024), predictor);
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void predictsLocationsWeaponsAndNamedEntitiesWithTheRealEngines() throws Exception
    {
        assertEquals(List.of("[21,26] CITY \"Odesa\""), predict(LOCATION, "kind"));
        assertEquals(List.of("[0,13] DRONE \"Shahed drones\""), predict(WEAPON, "category"));
        // A speaking organisation is no person.
        assertEquals(List.of("[21,26] LOC \"Odesa\"", "[47,57] PER \"Oleh Kiper\""),
                predict(NAMED_ENTITY, "value"));
    }

    private static List<String> predict(String layer, String feature) throws Exception
    {
        String body = request(layer, feature,
                xmi(userCas(server.typeSystem, TEXT, true)), server.typeSystemXml);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.uri("predict"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        return PredictAnswer.read(server.typeSystemXml, response.body()).render(layer, feature);
    }
}
