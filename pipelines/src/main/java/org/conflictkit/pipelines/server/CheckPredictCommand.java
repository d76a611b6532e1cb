package org.conflictkit.pipelines.server;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.uima.cas.CAS;
import org.conflictkit.pipelines.cli.ConflictKitCommand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code conflictkit check-predict}: replays captured INCEpTION predict requests against an
 * in-process recommender on a loopback port and checks each answer as INCEpTION would read it.
 */
@Command(name = "check-predict", hidden = true, mixinStandardHelpOptions = true,
        description = "Replays captured INCEpTION predict requests and checks the answers.")
public final class CheckPredictCommand
    implements Callable<Integer>
{
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "REQUEST.json",
            description = "Predict request bodies as INCEpTION sends them.")
    private List<Path> requests;

    @Option(names = "--expect", paramLabel = "LABEL", split = ",",
            description = "Labels that must each be predicted at least once, e.g. LOC.")
    private List<String> expected = List.of();

    @Override
    public Integer call() throws Exception
    {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Predictor predictor = new Predictor(LayerMappings.standard(), PresetEngines.pipelines());
        int failures = 0;
        // The engines load on the first request: give it time on a busy machine.
        ServerLimits limits = new ServerLimits(2, ServerLimits.DEFAULT_CONNECTIONS,
                Long.MAX_VALUE, ServerLimits.DEFAULT_REQUEST_SECONDS, 600,
                ServerLimits.DEFAULT_IDLE_SECONDS);
        try (RecommenderServer server = RecommenderServer.start("127.0.0.1", 0, limits,
                predictor, err::println)) {
            HttpClient client = HttpClient.newHttpClient();
            for (Path request : requests) {
                String problem = check(client, server.address().resolve("predict"), request, out);
                if (problem != null) {
                    failures++;
                    out.println(request + ": FAILED: " + problem);
                }
            }
        }
        out.flush();
        return failures == 0 ? 0 : ConflictKitCommand.EXIT_FAILURES;
    }

    /** Checks one request; null when the answer is right, else what is wrong. */
    private String check(HttpClient client, URI predict, Path request, PrintWriter out)
        throws Exception
    {
        byte[] body = Files.readAllBytes(request);
        JsonNode json = JSON.readTree(body);
        String layer = json.path("metadata").path("layer").asText();
        String feature = json.path("metadata").path("feature").asText();
        String typeSystem = json.path("typeSystem").asText();

        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.send(
                HttpRequest.newBuilder(predict).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (response.statusCode() != 200) {
            return "status " + response.statusCode() + ": " + new String(response.body()).strip();
        }
        PredictAnswer answer = PredictAnswer.read(typeSystem, response.body());
        CAS sent = PredictAnswer.readXmi(typeSystem, json.path("document").path("xmi").asText());
        if (!sent.getDocumentText().equals(answer.cas().getDocumentText())) {
            return "the answer changed the document text";
        }
        int tokens = sent.getAnnotationIndex(sent.getTypeSystem().getType(Token._TypeName)).size();
        if (answer.cas().getAnnotationIndex(answer.cas().getTypeSystem().getType(Token._TypeName))
                .size() != tokens) {
            return "the answer changed the tokens";
        }
        Map<String, Integer> labels = answer.labelCounts(layer, feature);
        for (String label : expected) {
            if (!labels.containsKey(label)) {
                return "no prediction labelled " + label + " (got " + labels + ")";
            }
        }
        out.printf("%s: OK, answered in %d ms: %d predictions of %s.%s %s; text and %d tokens"
                + " unchanged%n", request, ms, answer.predictions(layer).size(), layer, feature,
                labels, tokens);
        return null;
    }
}
