package org.conflictkit.pipelines.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Muc4ReaderTest
{
    @TempDir
    Path folder;

    @Test
    void weaponAndVictimFillersBecomeMentionsOfTheirEntity() throws Exception
    {
        String text = "a car bomb killed a judge. the bomb also hurt a guard.";
        Path file = Files.writeString(folder.resolve("dev.json"), String.join("\n",
                "{\"docid\": \"DEV-1\", \"doctext\": \"" + text + "\", \"extracts\": {"
                        + "\"PerpInd\": [], \"Target\": [[[\"car\", 2]]],"
                        + " \"Weapon\": [[[\"car bomb\", 2], [\"bomb\", 31]]],"
                        + " \"Victim\": [[[\"judge\", 20]], [[\"guard\", 48]]]}}",
                "not json", ""));
        List<String> notes = new ArrayList<>();
        List<GoldDocument> documents = new Muc4Reader().read(file, notes);

        assertEquals(1, documents.size());
        List<EvalAnnotation> gold = documents.get(0).annotations();
        List<EvalAnnotation> weapons = gold.stream().filter(a -> a.type().equals("Weapon")).toList();
        assertEquals(List.of("car bomb", "bomb"), weapons.stream().map(EvalAnnotation::text).toList());
        assertEquals(31, weapons.get(1).begin());
        assertEquals(weapons.get(0).feature("entity"), weapons.get(1).feature("entity"));
        assertEquals(List.of("judge", "guard"), gold.stream()
                .filter(a -> a.type().equals("CasualtyCount")).map(EvalAnnotation::text).toList());
        assertTrue(notes.get(0).contains("line 2"), notes.toString());
    }

    @Test
    void fillersAreScoredOncePerDocumentAndEntity()
    {
        List<EvalAnnotation> gold = List.of(
                new EvalAnnotation("Weapon", 2, 10, "car bomb", Map.of("entity", "Weapon1")),
                new EvalAnnotation("Weapon", 31, 35, "bomb", Map.of("entity", "Weapon1")),
                new EvalAnnotation("Weapon", 60, 65, "rifle", Map.of("entity", "Weapon2")));
        List<EvalAnnotation> predicted = List.of(
                new EvalAnnotation("Weapon", 2, 10, "car bomb", Map.of()),
                new EvalAnnotation("Weapon", 31, 35, "bomb", Map.of()),
                new EvalAnnotation("Weapon", 80, 85, "mortar", Map.of()));
        Scorer scorer = new Scorer(GoldFormat.MUC4.scope());
        scorer.add("d", gold, predicted);
        Map<String, Double> metrics = scorer.report().metrics();

        // Gold: two entities; predicted: three word groups, "car bomb" and "bomb" both fit entity 1.
        assertEquals(1 / 2.0, metrics.get("Weapon.lenient.recall"), 1e-9);
        assertEquals(1 / 3.0, metrics.get("Weapon.lenient.precision"), 1e-9);
        assertEquals(List.of("missed", "spurious", "spurious"), scorer.errors().stream()
                .map(line -> line.split("\t")[1]).toList());
    }
}
