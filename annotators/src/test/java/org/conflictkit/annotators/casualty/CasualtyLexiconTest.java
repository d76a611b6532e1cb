package org.conflictkit.annotators.casualty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.conflictkit.annotators.casualty.CasualtyLexicon.Kind;
import org.conflictkit.annotators.lexicon.LexiconException;
import org.conflictkit.annotators.lexicon.LexiconResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasualtyLexiconTest
{
    @TempDir
    Path dir;

    @Test
    void loadsTheBundledLists() throws Exception
    {
        CasualtyLexicon lexicon = LexiconResource.get(null, CasualtyAnnotator.DEFAULT_LEXICON,
                CasualtyLexicon.class, CasualtyLexicon::load);
        assertEquals("CAPTURED", lexicon.get(Kind.VERB, List.of("taken", "hostage")));
        assertEquals("AT_LEAST", lexicon.get(Kind.QUALIFIER, List.of("at", "least")));
        assertEquals(CasualtyLexicon.PRESENT, lexicon.get(Kind.VICTIM, List.of("soldiers")));
    }

    @Test
    void phraseFamiliesAreListedAsPatterns() throws Exception
    {
        CasualtyLexicon lexicon = LexiconResource.get(null, CasualtyAnnotator.DEFAULT_LEXICON,
                CasualtyLexicon.class, CasualtyLexicon::load);
        for (String phrase : List.of("gave her life", "lost their lives", "had given their lives",
                "losing his life")) {
            assertEquals("KILLED", lexicon.get(Kind.INTRANSITIVE, List.of(phrase.split(" "))),
                    phrase);
        }
        assertEquals("INJURED", lexicon.get(Kind.ADJECTIVE, List.of("lightly", "injured")));
    }

    @Test
    void sharedMonthListsAreDateExclusionsWithoutMayAndMarch() throws Exception
    {
        CasualtyLexicon lexicon = LexiconResource.get(null, CasualtyAnnotator.DEFAULT_LEXICON,
                CasualtyLexicon.class, CasualtyLexicon::load);
        assertEquals("AROUND", lexicon.get(Kind.EXCLUSION, List.of("january")));
        assertEquals("AROUND", lexicon.get(Kind.EXCLUSION, CasualtyLexicon.lowerTokens("Sept.")));
        assertEquals("AROUND", lexicon.get(Kind.EXCLUSION, List.of("dec")));
        assertEquals(null, lexicon.get(Kind.EXCLUSION, List.of("may")));
        assertEquals(Set.of("rose", "risen", "climbed", "reached", "jumped", "increased", "stood",
                "stands", "hit"), lexicon.words(Kind.TOLL_VERB));
    }

    @Test
    void aBadPatternNamesTheFileAndLine() throws Exception
    {
        LexiconException e = assertThrows(LexiconException.class,
                () -> load("status-verbs.lst : VERB", "status-verbs.lst",
                        "(shot|shooting dead\tKILLED"));
        assertEquals("status-verbs.lst:1: '(' without ')' in '(shot|shooting dead\tKILLED'",
                e.getMessage());
    }

    @Test
    void entriesAreCutLikeTextAndMatchedInAnyCase() throws Exception
    {
        CasualtyLexicon lexicon = load("status-verbs.lst:VERB", "status-verbs.lst",
                "# verbs", "Gunned-Down\tKILLED");
        assertEquals("KILLED", lexicon.get(Kind.VERB, List.of("gunned", "-", "down")));
    }

    @Test
    void aBadValueNamesTheFileAndLine() throws Exception
    {
        LexiconException e = assertThrows(LexiconException.class,
                () -> load("status-verbs.lst:VERB", "status-verbs.lst", "# verbs",
                        "killed\tKILLED", "maimed\tHURT"));
        assertTrue(e.getMessage().contains("status-verbs.lst:3"), e.getMessage());
    }

    @Test
    void aMissingValueNamesTheFileAndLine() throws Exception
    {
        LexiconException e = assertThrows(LexiconException.class,
                () -> load("qualifiers.lst:QUALIFIER", "qualifiers.lst", "at least"));
        assertTrue(e.getMessage().contains("qualifiers.lst:1"), e.getMessage());
    }

    @Test
    void anUnknownKindNamesTheIndexLine() throws Exception
    {
        LexiconException e = assertThrows(LexiconException.class,
                () -> load("# index\nverbs.lst:VERBS", "verbs.lst", "killed\tKILLED"));
        assertTrue(e.getMessage().contains("lists.def:2"), e.getMessage());
    }

    private CasualtyLexicon load(String index, String list, String... lines) throws Exception
    {
        Files.writeString(dir.resolve("lists.def"), index + "\n");
        Files.write(dir.resolve(list), List.of(lines));
        return CasualtyLexicon.load("lists.def", dir.resolve("lists.def").toUri().toURL());
    }
}
