package org.conflictkit.pipelines.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikiEventsReaderTest
{
    @TempDir
    Path folder;

    @Test
    void weaponEntitiesPlacesAndVictimsOnTheRebuiltText() throws Exception
    {
        String line = """
                {"doc_id": "blast_1", "text": "Bomb hits MarketA grenade injured two traders in the market",
                 "sentences": [[[["Bomb", 0, 4], ["hits", 5, 9], ["Market", 10, 16]], "Bomb hits Market"],
                               [[["A", 17, 18], ["grenade", 19, 26], ["injured", 27, 34], ["two", 35, 38],
                                 ["traders", 39, 46], ["in", 47, 49], ["the", 50, 53], ["market", 54, 60]],
                                "A grenade injured two traders in the market"]],
                 "entity_mentions": [
                   {"id": "blast_1-T1", "start": 0, "end": 1, "entity_type": "WEA", "text": "Bomb"},
                   {"id": "blast_1-T2", "start": 2, "end": 3, "entity_type": "FAC", "text": "Market"},
                   {"id": "blast_1-T3", "start": 4, "end": 5, "entity_type": "WEA", "text": "grenade"},
                   {"id": "blast_1-T4", "start": 6, "end": 8, "entity_type": "PER", "text": "two traders"},
                   {"id": "blast_1-T5", "start": 9, "end": 11, "entity_type": "FAC", "text": "the market"}],
                 "event_mentions": [
                   {"id": "blast_1-E1", "event_type": "Conflict.Attack.DetonateExplode",
                    "arguments": [{"entity_id": "blast_1-T1", "role": "ExplosiveDevice"},
                                  {"entity_id": "blast_1-T2", "role": "Place"}]},
                   {"id": "blast_1-E2", "event_type": "Life.Injure.Unspecified",
                    "arguments": [{"entity_id": "blast_1-T4", "role": "Victim"},
                                  {"entity_id": "blast_1-T5", "role": "Place"}]}]}
                """.replace("\n", " ");
        Path file = Files.writeString(folder.resolve("dev.jsonl"), line + "\n");
        List<GoldDocument> documents = new WikiEventsReader().read(file, new ArrayList<>());

        GoldDocument document = documents.get(0);
        assertEquals("blast_1", document.id());
        assertEquals("Bomb hits Market\nA grenade injured two traders in the market",
                document.text());
        assertEquals(List.of("Location Market", "CasualtyCount two traders", "Weapon Bomb",
                "Weapon grenade"), document.annotations().stream()
                        .map(a -> a.type() + " " + document.text().substring(a.begin(), a.end()))
                        .toList());
    }

    @Test
    void vehiclesInNoWeaponRoleAreReadApart() throws Exception
    {
        String line = """
                {"doc_id": "convoy_1", "text": "A tank fired at a truck",
                 "sentences": [[[["A", 0, 1], ["tank", 2, 6], ["fired", 7, 12], ["at", 13, 15],
                                 ["a", 16, 17], ["truck", 18, 23]], "A tank fired at a truck"]],
                 "entity_mentions": [
                   {"id": "convoy_1-T1", "start": 1, "end": 2, "entity_type": "VEH", "text": "tank"},
                   {"id": "convoy_1-T2", "start": 5, "end": 6, "entity_type": "VEH", "text": "truck"}],
                 "event_mentions": [
                   {"id": "convoy_1-E1", "event_type": "Conflict.Attack.Unspecified",
                    "arguments": [{"entity_id": "convoy_1-T1", "role": "Instrument"},
                                  {"entity_id": "convoy_1-T2", "role": "Target"}]}]}
                """.replace("\n", " ");
        Path file = Files.writeString(folder.resolve("dev.jsonl"), line + "\n");
        GoldDocument document = new WikiEventsReader().read(file, new ArrayList<>()).get(0);

        assertEquals(List.of("Weapon tank", GoldFormat.VEHICLE + " truck"),
                document.annotations().stream()
                        .map(a -> a.type() + " " + document.text().substring(a.begin(), a.end()))
                        .toList());
    }
}
