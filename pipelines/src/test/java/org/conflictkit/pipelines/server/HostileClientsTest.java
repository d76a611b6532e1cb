package org.conflictkit.pipelines.server;

import static org.conflictkit.pipelines.server.InceptionRequests.LOCATION;
import static org.conflictkit.pipelines.server.InceptionRequests.request;
import static org.conflictkit.pipelines.server.InceptionRequests.userCas;
import static org.conflictkit.pipelines.server.InceptionRequests.withField;
import static org.conflictkit.pipelines.server.InceptionRequests.xmi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.conflictkit.pipelines.BuildInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Each attack the recommender must withstand, made on the loopback address only, with a few
 * connections and a time bound each. The JDK's HTTP server reads its time limits once per
 * process: the build sets them for all tests ({@code sun.net.httpserver.maxReqTime} = 3 s,
 * idle 3 s), and {@link #LIMITS} states the same.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileClientsTest
{
    private static final String TEXT = "Russian drones hit Kyiv overnight.\n";
    private static final int REQUEST_SECONDS = 3;
    private static final int ANNOTATION_SECONDS = 10;
    private static final ServerLimits LIMITS = new ServerLimits(2, 8, 1024 * 1024,
            REQUEST_SECONDS, ANNOTATION_SECONDS, REQUEST_SECONDS);

    private static TestServer server;
    private static HttpClient client;

    @BeforeAll
    static void startServer() throws Exception
    {
        Predictor predictor = new Predictor(LayerMappings.standard(),
                FakeConflictAnnotator.presets());
        predictor.warmUp();
        server = TestServer.start(LIMITS, predictor);
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void typeSystemImportsAreRefusedBeforeAnythingIsOpened(@TempDir Path dir) throws Exception
    {
        Path existing = Files.writeString(dir.resolve("types.xml"), server.typeSystemXml);
        try (ServerSocket trap = trap()) {
            List<String> answers = new ArrayList<>();
            for (String location : List.of("http://127.0.0.1:" + trap.getLocalPort() + "/t.xml",
                    existing.toUri().toString(), dir.resolve("missing.xml").toUri().toString())) {
                String types = server.typeSystemXml.replace("<types>",
                        "<imports><import location=\"" + location + "\"/></imports><types>");
                HttpResponse<String> response = post(predictRequest(TEXT, types));
                answers.add(response.statusCode() + " " + response.body());
            }
            answers.add(post(predictRequest(TEXT, server.typeSystemXml.replace("<types>",
                    "<imports><import name=\"org.conflictkit.type.ConflictKitTypes\"/>"
                            + "</imports><types>"))).body());
            String refusal = "typeSystem: type system imports are not accepted; send one "
                    + "self-contained type system\n";
            assertEquals(List.of("400 " + refusal, "400 " + refusal, "400 " + refusal, refusal),
                    answers);
            assertNothingConnects(trap);
        }
    }

    @Test
    void aDoctypeIsRefusedInTheDocumentAndInTheTypeSystem() throws Exception
    {
        try (ServerSocket trap = trap()) {
            String external = "<!DOCTYPE x SYSTEM \"http://127.0.0.1:" + trap.getLocalPort()
                    + "/x.dtd\">";
            String laughs = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;"
                    + "&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>";
            String document = xmi(userCas(server.typeSystem, TEXT, true));
            for (String doctype : List.of(external, laughs)) {
                String withDoctype = document.replaceFirst("\\?>", "?>" + doctype);
                assertEquals("400 document.xmi: DOCTYPE declarations are not accepted\n",
                        answer(post(request(LOCATION, "kind", withDoctype, server.typeSystemXml))));
                String types = server.typeSystemXml.replaceFirst("\\?>", "?>" + doctype);
                assertEquals("400 typeSystem: DOCTYPE declarations are not accepted\n",
                        answer(post(predictRequest(TEXT, types))));
            }
            assertNothingConnects(trap);
        }
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedAtOnceWithoutReadingTheBody() throws Exception
    {
        try (Socket socket = connect()) {
            send(socket, "POST /predict HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 10737418240\r\n\r\n{");
            String answer = readAll(socket);
            assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
            assertTrue(answer.endsWith("request larger than the limit of 1 MB "
                    + "(see serve --max-request-mb)\n"), answer);
        }
    }

    @Test
    void theJsonStringLimitIsTheRequestLimit() throws Exception
    {
        // 21 million characters: over Jackson's default limit of 20 million.
        String xmi = "x".repeat(21_000_000);
        byte[] body = request(LOCATION, "kind", xmi, server.typeSystemXml)
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(xmi, PredictRequest.parse(body, PredictRequest.json(body.length)).xmi());
        RequestException refused = assertThrows(RequestException.class,
                () -> PredictRequest.parse(body, PredictRequest.json(20_000_000)));
        assertTrue(refused.getMessage().startsWith("malformed JSON: String value length"),
                refused.getMessage());
    }

    @Test
    void controlCharactersAreEscapedInTheLogAndTheAnswer() throws Exception
    {
        String forged = "org.example.X\nPOST /predict 200 layer=forged\r\u001b[31m";
        HttpResponse<String> response = post(withField(predictRequest(TEXT, server.typeSystemXml),
                "metadata.layer", forged));
        assertEquals(422, response.statusCode());
        assertTrue(response.body().startsWith("unknown layer org.example.X\\nPOST /predict 200 "
                + "layer=forged\\r\\u001b[31m; this server predicts"), response.body());
        assertEquals(response.body().length() - 1, response.body().indexOf('\n'));
        // The server logs a request after answering it.
        String line = awaitLog("layer=org.example.X");
        assertTrue(line.startsWith("POST /predict 422 layer=org.example.X\\nPOST /predict 200 "
                + "layer=forged\\r\\u001b[31m feature=kind document=42 reason=\"unknown layer"),
                line);
        assertFalse(line.chars().anyMatch(Character::isISOControl), line);
    }

    @Test
    void healthAnswersTheVersionAndTheLayers() throws Exception
    {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                server.uri("conflictkit/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonNode health = new ObjectMapper().readTree(response.body());
        assertEquals("ok", health.path("status").asText());
        assertEquals(BuildInfo.current().version(), health.path("version").asText());
        assertEquals(BuildInfo.current().commit(), health.path("commit").asText());
        assertEquals(BuildInfo.current().gazetteerDataDate(),
                health.path("gazetteerDataDate").asText());
        List<String> layers = new ArrayList<>();
        health.path("layers").forEach(l -> layers.add(l.asText()));
        assertEquals(List.of("org.conflictkit.type.Weapon", "org.conflictkit.type.CasualtyCount",
                "org.conflictkit.type.Location", "org.conflictkit.type.Quote",
                "org.conflictkit.type.Speaker", LayerMappings.NAMED_ENTITY), layers);
    }

    @Test
    void aClientThatHangsUpIsLoggedAsSuch() throws Exception
    {
        try (Socket socket = connect()) {
            send(socket, "POST /hangup/predict HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"metadata\"");
        }
        String line = awaitLog("/hangup/predict");
        assertTrue(line.startsWith("POST /hangup/predict - (client disconnected while sending "
                + "the request"), line);
    }

    @Test
    void aClientThatSendsItsHeadersSlowlyIsCutOff() throws Exception
    {
        ExecutorService slow = Executors.newSingleThreadExecutor();
        try (Socket socket = connect()) {
            long start = System.nanoTime();
            slow.submit(() -> {
                // One header line a second, for longer than the request limit.
                send(socket, "POST /predict HTTP/1.1\r\n");
                for (int i = 0; i < 3 * REQUEST_SECONDS; i++) {
                    Thread.sleep(1000);
                    send(socket, "X-Slow-" + i + ": yes\r\n");
                }
                return null;
            });
            int read;
            try {
                read = socket.getInputStream().read();
            }
            catch (SocketTimeoutException e) {
                throw new AssertionError("the connection is still open", e);
            }
            catch (IOException e) {
                read = -1;
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals(-1, read);
            assertTrue(millis >= (REQUEST_SECONDS - 1) * 1000 && millis <= (REQUEST_SECONDS + 2) * 1000,
                    millis + " ms");
        }
        finally {
            slow.shutdownNow();
        }
    }

    @Test
    void anAnnotationOverTheTimeLimitIsAnswered503() throws Exception
    {
        HttpResponse<String> response = post(predictRequest("Slow text " + FakeConflictAnnotator.SLOW
                + " about Kyiv.\n", server.typeSystemXml));
        assertEquals("503 annotation took longer than " + ANNOTATION_SECONDS
                + " s (see serve --annotation-seconds)\n",
                answer(response));
    }

    @Test
    void twoSlowClientsDoNotDelayAGoodRequestByMoreThanASecond() throws Exception
    {
        String good = predictRequest(TEXT, server.typeSystemXml);
        long alone = 0;
        for (int i = 0; i < 3; i++) {
            alone = Math.max(alone, timed(good));
        }
        ExecutorService slow = Executors.newFixedThreadPool(2);
        List<Socket> sockets = new ArrayList<>();
        try {
            List<Future<?>> attacks = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Socket socket = connect();
                sockets.add(socket);
                int body = i;
                attacks.add(slow.submit(() -> {
                    // Headers, then a body that trickles in, a byte every 200 ms.
                    send(socket, "POST /predict HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Length: 100000\r\n\r\n");
                    for (int n = 0; n < 5 * REQUEST_SECONDS; n++) {
                        send(socket, body == 0 ? "{" : " ");
                        Thread.sleep(200);
                    }
                    return null;
                }));
            }
            Thread.sleep(300);
            long withSlowClients = timed(good);
            assertTrue(withSlowClients < alone + 1000,
                    withSlowClients + " ms with slow clients, " + alone + " ms alone");
            assertFalse(attacks.stream().allMatch(Future::isDone), "the slow clients still send");
        }
        finally {
            slow.shutdownNow();
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    private static long timed(String body) throws Exception
    {
        long start = System.nanoTime();
        HttpResponse<String> response = post(body);
        assertEquals(200, response.statusCode(), response.body());
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static String predictRequest(String text, String types) throws Exception
    {
        return request(LOCATION, "kind", xmi(userCas(server.typeSystem, text, true)), types);
    }

    private static HttpResponse<String> post(String body) throws Exception
    {
        return client.send(HttpRequest.newBuilder(server.uri("predict"))
                .header("Content-Type", "application/json").timeout(java.time.Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String answer(HttpResponse<String> response)
    {
        return response.statusCode() + " " + response.body();
    }

    /** A loopback socket that records whether the server ever connects to it. */
    private static ServerSocket trap() throws IOException
    {
        ServerSocket trap = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        trap.setSoTimeout(200);
        return trap;
    }

    private static void assertNothingConnects(ServerSocket trap) throws IOException
    {
        assertThrows(SocketTimeoutException.class, () -> trap.accept().close());
    }

    private static Socket connect() throws IOException
    {
        URI address = server.address();
        Socket socket = new Socket(address.getHost(), address.getPort());
        socket.setSoTimeout(3 * REQUEST_SECONDS * 1000);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException
    {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static String readAll(Socket socket) throws IOException
    {
        InputStream in = socket.getInputStream();
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String awaitLog(String part) throws InterruptedException
    {
        for (int i = 0; i < 100; i++) {
            synchronized (server.log) {
                for (String line : server.log) {
                    if (line.contains(part)) {
                        return line;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no log line with " + part + " in " + server.log);
    }
}
