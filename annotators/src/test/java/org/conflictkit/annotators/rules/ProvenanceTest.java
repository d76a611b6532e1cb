package org.conflictkit.annotators.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.conflictkit.annotators.rules.Provenance.Engine;
import org.junit.jupiter.api.Test;

class ProvenanceTest
{
    @Test
    void buildsTheRuleAndItsPairs()
    {
        String text = Provenance.of(Engine.LOCATION, "gazetteer").with("evidence", "after:in")
                .with("resolved", "geonames:PPLA").with("name", null).toString();
        assertEquals("location/gazetteer; evidence=after:in; resolved=geonames:PPLA", text);
        assertTrue(Provenance.GRAMMAR.matcher(text).matches());
        assertEquals("location/gazetteer", Provenance.ruleKey(text));
    }

    @Test
    void valuesLoseSemicolonsAndStraySpace()
    {
        assertEquals("casualty/status-word-before; evidence=a, b c",
                Provenance.of(Engine.CASUALTY, "status-word-before")
                        .with("evidence", " a;  b\nc ").toString());
    }

    @Test
    void appendsToAnEarlierEngine()
    {
        assertEquals("quote/indirect:cue-subject; sieve=report",
                Provenance.append("quote/indirect:cue-subject", "sieve", "report"));
        assertThrows(IllegalArgumentException.class,
                () -> Provenance.append("indirect:cue-subject", "sieve", "report"));
    }

    @Test
    void rejectsRuleNamesOutsideTheGrammar()
    {
        assertThrows(IllegalArgumentException.class,
                () -> Provenance.of(Engine.WEAPON, "Named Model"));
        assertFalse(Provenance.GRAMMAR.matcher("weapon/NamedModel[models.lst:3]").matches());
        assertFalse(Provenance.GRAMMAR.matcher("tank/type-noun").matches());
    }
}
