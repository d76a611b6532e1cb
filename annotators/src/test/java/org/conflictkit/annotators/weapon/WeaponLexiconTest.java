package org.conflictkit.annotators.weapon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.conflictkit.annotators.lexicon.LexiconException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeaponLexiconTest
{
    @TempDir
    Path dir;

    private WeaponLexicon load(String list) throws Exception
    {
        Files.writeString(dir.resolve("lists.def"), "weapons.lst : MODEL\n");
        Files.writeString(dir.resolve("weapons.lst"), list);
        return WeaponLexicon.load("lists.def", dir.resolve("lists.def").toUri().toURL());
    }

    @Test
    void formsMatchWithoutCaseHyphensAndWithTheirPlural() throws Exception
    {
        WeaponLexicon lexicon = load("# a comment\nTu-95MS|Bear H ; AIRCRAFT ; Tu-95MS\n");
        for (List<String> keys : List.of(List.of(WeaponLexicon.key("TU95MS")),
                List.of("bear", "h"), List.of("bear", "hs"))) {
            assertEquals("Tu-95MS", lexicon.longestMatch(keys, 0).value().entry().model());
        }
    }

    @Test
    void badLineNamesFileAndLine() throws Exception
    {
        LexiconException e = assertThrows(LexiconException.class,
                () -> load("Su-34 ; AIRCRAFT ; Su-34\nSu-35 ; PLANE ; Su-35\n"));
        assertEquals("weapons.lst:2: unknown category PLANE in 'Su-35 ; PLANE ; Su-35'",
                e.getMessage());
    }

    @Test
    void formListedTwiceIsAnError() throws Exception
    {
        LexiconException e = assertThrows(LexiconException.class,
                () -> load("Grad ; ROCKET ; Grad\nBM-21|grad ; ROCKET ; BM-21\n"));
        assertEquals("weapons.lst:2: 'grad' is already listed at weapons.lst:1 in "
                + "'BM-21|grad ; ROCKET ; BM-21'", e.getMessage());
    }

    @Test
    void unknownKindInTheIndex() throws Exception
    {
        Files.writeString(dir.resolve("lists.def"), "weapons.lst : WEAPONS\n");
        LexiconException e = assertThrows(LexiconException.class,
                () -> WeaponLexicon.load("lists.def", dir.resolve("lists.def").toUri().toURL()));
        assertTrue(e.getMessage().startsWith("lists.def:1: expected 'FILE : KIND' with KIND one "
                + "of [HEAD, TAIL, MODIFIER, MODEL, FAMILY, BLOCK, NATIONALITY, UNIT_WORD, "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("], got 'weapons.lst : WEAPONS'"), e.getMessage());
    }
}
