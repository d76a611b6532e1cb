package org.conflictkit.pipelines.server;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fields of INCEpTION's predict request that the recommender uses: {@code metadata.layer},
 * {@code metadata.feature}, the optional {@code metadata.range}, {@code document.xmi},
 * {@code document.documentId} and {@code typeSystem}. Other fields are ignored.
 */
public record PredictRequest(String layer, String feature, String xmi, String typeSystem,
        String documentId, int rangeBegin, int rangeEnd)
{
    /**
     * A JSON reader whose longest string is the longest request, so that the document's XMI is
     * limited by the request size alone (Jackson's own default is 20 million characters).
     */
    public static ObjectMapper json(long maxRequestBytes)
    {
        int longest = (int) Math.min(Integer.MAX_VALUE, maxRequestBytes);
        return new ObjectMapper(JsonFactory.builder().streamReadConstraints(StreamReadConstraints
                .builder().maxStringLength(longest).build()).build());
    }

    public static PredictRequest parse(byte[] body, ObjectMapper json) throws RequestException
    {
        JsonNode root;
        try {
            root = json.readTree(body);
        }
        catch (JsonProcessingException e) {
            throw RequestException.badRequest("malformed JSON: " + e.getOriginalMessage());
        }
        catch (IOException e) {
            throw RequestException.badRequest("unreadable body: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw RequestException.badRequest("the body must be a JSON object");
        }
        JsonNode range = root.path("metadata").path("range");
        return new PredictRequest(text(root, "metadata", "layer"), text(root, "metadata", "feature"),
                text(root, "document", "xmi"), text(root, "typeSystem", null),
                root.path("document").path("documentId").asText("?"),
                range.path("begin").asInt(0), range.path("end").asInt(Integer.MAX_VALUE));
    }

    private static String text(JsonNode root, String field, String subfield)
        throws RequestException
    {
        JsonNode node = root.path(field);
        String name = field;
        if (subfield != null) {
            node = node.path(subfield);
            name = field + "." + subfield;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw RequestException.badRequest("missing or empty string field " + name);
        }
        return node.asText();
    }
}
