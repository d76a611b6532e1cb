package org.conflictkit.pipelines.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RuleScoresTest
{
    private static final RuleScores TABLE = RuleScores.parse(List.of(
            "# layer\trule\tprecision\tsupport",
            "Weapon\t*\t0.800\t100",
            "Weapon\tWeapon/TypeNoun\t1.000\t98",
            "Weapon\tWeapon/Guess\t0.000\t2",
            "Location\t*\t0.000\t5"));

    @Test
    void theRulePartOfAProvenanceIsTheTextBeforeTheFirstSemicolon()
    {
        assertEquals("Weapon/TypeNoun", RuleScores.ruleKey("Weapon/TypeNoun; head=drone; n=2"));
        assertEquals("indirect:said", RuleScores.ruleKey("indirect:said"));
        assertEquals("a b", RuleScores.ruleKey(" a\n\tb ;x"));
    }

    @Test
    void aWellMeasuredRuleScoresNearItsPrecisionARarelySeenOneNearTheLayers()
    {
        assertEquals((98 + 2 * 0.8) / 100, TABLE.score("Weapon", "Weapon/TypeNoun; head=drone"),
                1e-9);
        assertEquals((0 + 2 * 0.8) / 4, TABLE.score("Weapon", "Weapon/Guess"), 1e-9);
    }

    @Test
    void unknownRulesGetTheLayerPriorAndNoScoreIsZero()
    {
        assertEquals(0.8, TABLE.score("Weapon", "Weapon/New; x=1"), 1e-9);
        assertEquals(0.8, TABLE.score("Weapon", null), 1e-9);
        assertEquals(0.5, TABLE.score("Quote", "direct"), 1e-9);
        assertEquals(0.01, TABLE.score("Location", "Gazetteer"), 1e-9);
    }

    @Test
    void theBundledTableCoversEveryLayerTheServerPredicts()
    {
        for (String layer : List.of("Weapon", "CasualtyCount", "Location", "Quote", "Speaker")) {
            double score = RuleScores.standard().score(layer, "no such rule");
            assertTrue(score > 0.01 && score <= 1 && score != 0.5, layer + " " + score);
        }
    }

    @Test
    void renderedRowsParseBack()
    {
        RuleScores again = RuleScores.parse(RuleScores.render(List.of(
                new RuleScores.Row("Quote", RuleScores.ALL_RULES, 0.75, 8))));
        assertEquals(0.75, again.score("Quote", "anything"), 1e-9);
    }
}
