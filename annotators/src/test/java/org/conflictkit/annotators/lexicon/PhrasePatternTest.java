package org.conflictkit.annotators.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class PhrasePatternTest
{
    @Test
    void aPlainPhraseIsItself()
    {
        assertEquals(List.of("claimed the lives of"),
                PhrasePattern.expand("  claimed  the lives of "));
    }

    @Test
    void topLevelBarsSeparateWholePhrases()
    {
        assertEquals(List.of("say", "says", "said"), PhrasePattern.expand("say|says|said"));
    }

    @Test
    void groupsExpandToEveryCombinationInOrder()
    {
        List<String> phrases = PhrasePattern
                .expand("(give|gave|given|giving|lose|lost) (his|her|their|its) (life|lives)");
        assertEquals(48, phrases.size());
        assertEquals("give his life", phrases.get(0));
        assertEquals("give his lives", phrases.get(1));
        assertEquals("gave her life", phrases.get(10));
        assertEquals("lost its lives", phrases.get(47));
    }

    @Test
    void anEmptyAlternativeMakesAPartOptional()
    {
        assertEquals(List.of("have lost their lives", "lost their lives"),
                PhrasePattern.expand("(have |)lost their lives"));
        assertEquals(List.of("taken hostage", "taken"), PhrasePattern.expand("taken( hostage|)"));
    }

    @Test
    void groupsNestAndMixWithBars()
    {
        assertEquals(List.of("number of dead", "number of those killed",
                "number of people killed", "toll"),
                PhrasePattern.expand("number of (dead|(those|people) killed)|toll"));
    }

    @Test
    void malformedPatternsAreErrors()
    {
        for (String bad : List.of("(give|gave", "gave)", "a||b", "(|)", "")) {
            assertThrows(IllegalArgumentException.class, () -> PhrasePattern.expand(bad), bad);
        }
    }

    @Test
    void tooManyPhrasesIsAnError()
    {
        String tenWays = "(a|b|c|d|e|f|g|h|i|j)";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhrasePattern.expand(tenWays + tenWays + tenWays + tenWays));
        assertEquals("more than 1000 phrases from one line", e.getMessage());
    }
}
