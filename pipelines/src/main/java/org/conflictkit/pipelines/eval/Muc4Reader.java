package org.conflictkit.pipelines.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * MUC-4 templates as processed for document-level role filler extraction (one JSON object a line
 * with {@code docid}, {@code doctext} and {@code extracts}: per role a list of entities, each a
 * list of [mention, character offset] pairs). Weapon entities become Weapons and Victim entities
 * CasualtyCounts, every mention an annotation carrying its entity; the other roles (perpetrators,
 * targets) have no ConflictKit type. Scored per document and entity, not per mention.
 */
final class Muc4Reader
    implements CorpusReader
{
    private static final Map<String, String> ROLES = Map.of("Weapon", "Weapon", "Victim",
            "CasualtyCount");

    @Override
    public List<GoldDocument> read(Path file, List<String> notes) throws IOException
    {
        return CorpusReader.readJsonLines(file, "MUC-4", notes, line -> document(line, notes, file));
    }

    private static GoldDocument document(JsonNode document, List<String> notes, Path file)
    {
        String id = document.get("docid").asText();
        String text = document.get("doctext").asText();
        List<EvalAnnotation> annotations = new ArrayList<>();
        JsonNode extracts = document.get("extracts");
        ROLES.forEach((role, type) -> {
            int entity = 0;
            for (JsonNode mentions : extracts.path(role)) {
                entity++;
                for (JsonNode mention : mentions) {
                    String phrase = mention.get(0).asText();
                    int begin = CorpusReader.utf16(text, mention.get(1).asInt());
                    if (!text.startsWith(phrase, begin)) {
                        notes.add(file + ": " + id + ": " + role + " '" + phrase
                                + "' is not at its offset, left out");
                        continue;
                    }
                    annotations.add(new EvalAnnotation(type, begin, begin + phrase.length(),
                            phrase, Map.of("entity", role + entity)));
                }
            }
        });
        return new GoldDocument(id, text, annotations);
    }
}
