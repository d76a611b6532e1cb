package org.conflictkit.pipelines.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
