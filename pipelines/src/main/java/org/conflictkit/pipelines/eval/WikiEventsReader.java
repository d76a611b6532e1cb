package org.conflictkit.pipelines.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * WikiEvents JSON Lines: per document {@code sentences} of [token, begin, end] triples,
 * {@code entity_mentions} over document token indices and {@code event_mentions} whose arguments
 * name entity mentions and roles. The text is rebuilt from the token offsets, a line break between
 * sentences (the published {@code text} field runs sentences together). Weapons are the WEA entity
 * mentions and the mentions in ExplosiveDevice or Instrument roles; Locations are the Place
 * arguments written as names (capitalised), CasualtyCounts the Victim arguments. Only event places
 * and victims are annotated, so for those two only recall is meaningful. VEH entity mentions
 * (drones, aircraft, armoured vehicles) that fill no weapon role are read as
 * {@link GoldFormat#VEHICLE}: ConflictKit counts military vehicles as weapons, WikiEvents does
 * not, so the scorer leaves predictions on them out.
 */
final class WikiEventsReader
    implements CorpusReader
{
    private static final Set<String> WEAPON_ROLES = Set.of("ExplosiveDevice", "Instrument");

    @Override
    public List<GoldDocument> read(Path file, List<String> notes) throws IOException
    {
        return CorpusReader.readJsonLines(file, "WikiEvents", notes, WikiEventsReader::document);
    }

    private static GoldDocument document(JsonNode document)
    {
        List<int[]> tokens = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Set<Integer> sentenceStarts = new HashSet<>();
        for (JsonNode sentence : document.get("sentences")) {
            sentenceStarts.add(tokens.size());
            for (JsonNode token : sentence.get(0)) {
                words.add(token.get(0).asText());
                tokens.add(new int[] { token.get(1).asInt(), token.get(2).asInt() });
            }
        }
        String text = text(words, tokens, sentenceStarts);
        Map<String, int[]> mentions = new HashMap<>();
        Map<String, EvalAnnotation> weapons = new LinkedHashMap<>();
        Map<String, EvalAnnotation> vehicles = new LinkedHashMap<>();
        for (JsonNode mention : document.get("entity_mentions")) {
            int begin = tokens.get(mention.get("start").asInt())[0];
            int end = tokens.get(mention.get("end").asInt() - 1)[1];
            mentions.put(mention.get("id").asText(), new int[] { begin, end });
            String entityType = mention.get("entity_type").asText();
            if (entityType.equals("WEA")) {
                weapons.put(begin + ":" + end, annotation("Weapon", text, begin, end));
            }
            else if (entityType.equals("VEH")) {
                vehicles.put(begin + ":" + end,
                        annotation(GoldFormat.VEHICLE, text, begin, end));
            }
        }
        List<EvalAnnotation> annotations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode event : document.get("event_mentions")) {
            for (JsonNode argument : event.get("arguments")) {
                int[] span = mentions.get(argument.get("entity_id").asText());
                String role = argument.get("role").asText();
                if (span == null || !seen.add(role + span[0] + ":" + span[1])) {
                    continue;
                }
                if (WEAPON_ROLES.contains(role)) {
                    weapons.putIfAbsent(span[0] + ":" + span[1],
                            annotation("Weapon", text, span[0], span[1]));
                }
                else if (role.equals("Place") && Character.isUpperCase(text.charAt(span[0]))) {
                    annotations.add(annotation("Location", text, span[0], span[1]));
                }
                else if (role.equals("Victim")) {
                    annotations.add(annotation("CasualtyCount", text, span[0], span[1]));
                }
            }
        }
        annotations.addAll(weapons.values());
        vehicles.keySet().removeAll(weapons.keySet());
        annotations.addAll(vehicles.values());
        return new GoldDocument(document.get("doc_id").asText(), text, annotations);
    }

    private static EvalAnnotation annotation(String type, String text, int begin, int end)
    {
        return new EvalAnnotation(type, begin, end, text.substring(begin, end), Map.of());
    }

    /** Tokens at their offsets, spaces between them and a line break before each sentence. */
    private static String text(List<String> words, List<int[]> tokens, Set<Integer> starts)
    {
        int length = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1)[1];
        char[] chars = new char[length];
        Arrays.fill(chars, ' ');
        for (int i = 0; i < tokens.size(); i++) {
            String word = words.get(i);
            int begin = tokens.get(i)[0];
            word.getChars(0, Math.min(word.length(), length - begin), chars, begin);
            if (starts.contains(i) && begin > 0 && chars[begin - 1] == ' ') {
                chars[begin - 1] = '\n';
            }
        }
        return new String(chars);
    }
}
