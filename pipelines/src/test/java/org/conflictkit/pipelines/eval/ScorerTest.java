package org.conflictkit.pipelines.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScorerTest
{
    @Test
    void lenientMatchesOverlapsStrictOnlyEqualOffsetsAndFeaturesScoreOnMatches()
    {
        List<EvalAnnotation> gold = List.of(
                weapon(0, 12, "DRONE"), weapon(20, 26, "MISSILE"), weapon(40, 45, "TANK"));
        List<EvalAnnotation> predicted = List.of(
                weapon(0, 12, "DRONE"), weapon(18, 26, "ROCKET"), weapon(60, 65, "DRONE"));
        Scorer scorer = new Scorer();
        scorer.add("d", gold, predicted);
        Map<String, Double> metrics = scorer.report().metrics();

        assertEquals(2 / 3.0, metrics.get("Weapon.lenient.precision"), 1e-9);
        assertEquals(2 / 3.0, metrics.get("Weapon.lenient.recall"), 1e-9);
        assertEquals(1 / 3.0, metrics.get("Weapon.strict.f1"), 1e-9);
        assertEquals(0.5, metrics.get("Weapon.category.accuracy"), 1e-9);
    }

    @Test
    void aQuoteIsAttributedWhenThePredictedSpeakerSharesTheGoldSurname()
    {
        List<EvalAnnotation> gold = List.of(quote(0, 10, "Volodymyr Zelenskyy"),
                quote(20, 30, "Dmitry Peskov"));
        List<EvalAnnotation> predicted = List.of(quote(0, 10, "Zelenskyy"),
                quote(20, 30, "Kremlin"));
        Scorer scorer = new Scorer();
        scorer.add("d", gold, predicted);

        assertEquals(0.5, scorer.report().metrics().get("Quote.direct+speaker.f1"), 1e-9);
        assertEquals(List.of(
                "d\twrong speaker\tQuote [20,30] \"x\" {direct=true, speaker=Kremlin} gold speaker=Dmitry Peskov [20,30]"),
                scorer.errors());
    }

    @Test
    void casualtyCountsNeedTheSameCountAndStatus()
    {
        List<EvalAnnotation> gold = List.of(casualty(0, 5, 12, "KILLED"),
                casualty(10, 15, 3, "INJURED"));
        List<EvalAnnotation> predicted = List.of(casualty(0, 5, 12, "KILLED"),
                casualty(10, 15, 3, "KILLED"));
        Scorer scorer = new Scorer();
        scorer.add("d", gold, predicted);

        assertEquals(0.5, scorer.report().metrics().get("CasualtyCount.count+status.f1"), 1e-9);
        assertEquals(1.0, scorer.report().metrics().get("CasualtyCount.count.accuracy"), 1e-9);
    }

    @Test
    void aWeaponOnAGoldVehicleThatIsNoGoldWeaponIsNeitherRightNorWrong()
    {
        EvalAnnotation scoredVehicle = new EvalAnnotation(GoldFormat.VEHICLE, 30, 42, "x",
                Map.of());
        List<EvalAnnotation> gold = List.of(weapon(0, 5, "OTHER"),
                new EvalAnnotation(GoldFormat.VEHICLE, 10, 20, "x", Map.of()), scoredVehicle,
                weapon(30, 42, "OTHER"));
        List<EvalAnnotation> predicted = List.of(weapon(0, 5, "EXPLOSIVE"),
                weapon(12, 20, "ARMORED_VEHICLE"), weapon(34, 42, "AIRCRAFT"),
                weapon(50, 55, "FIREARM"));
        Scorer scorer = new Scorer(GoldFormat.WIKIEVENTS.scope());
        scorer.add("d", gold, predicted);
        Map<String, Double> metrics = scorer.report().metrics();

        // the one on [10,20] is left out; the one on [34,42] also overlaps a gold weapon
        assertEquals(2 / 3.0, metrics.get("Weapon.lenient.precision"), 1e-9);
        assertEquals(1.0, metrics.get("Weapon.lenient.recall"), 1e-9);
        assertEquals(Map.of("vehicle mentions (VEH)", Map.of("gold", 2, "predictedOnThem", 1)),
                scorer.report().toJson().get("ignored"));
        assertTrue(scorer.report().render().contains(
                "ignored: vehicle mentions (VEH): 2 gold, 1 predicted Weapons on them"));
    }

    private static EvalAnnotation weapon(int begin, int end, String category)
    {
        return new EvalAnnotation("Weapon", begin, end, "x", Map.of("category", category));
    }

    private static EvalAnnotation quote(int begin, int end, String speaker)
    {
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("direct", true);
        features.put("speaker", speaker);
        return new EvalAnnotation("Quote", begin, end, "x", features);
    }

    private static EvalAnnotation casualty(int begin, int end, int count, String status)
    {
        return new EvalAnnotation("CasualtyCount", begin, end, "x",
                Map.of("count", count, "status", status));
    }
}
