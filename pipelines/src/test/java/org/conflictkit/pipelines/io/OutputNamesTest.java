package org.conflictkit.pipelines.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class OutputNamesTest
{
    @Test
    void namesAreSafeAndUniqueAndReservedNamesAreLeftToTheRun()
    {
        OutputNames names = OutputNames.of(List.of("news/4", "news_4", "News_4", "summary",
                "../etc/passwd", "a b", ".hidden"));

        assertEquals("news_4", names.of("news/4"));
        assertTrue(names.of("news_4").matches("news_4~[0-9a-f]{16}"), names.of("news_4"));
        assertTrue(names.of("News_4").matches("News_4~[0-9a-f]{16}"), names.of("News_4"));
        assertTrue(names.of("summary").matches("summary~[0-9a-f]{16}"), names.of("summary"));
        assertEquals("_._etc_passwd", names.of("../etc/passwd"));
        assertEquals("a_b", names.of("a b"));
        assertEquals("_hidden", names.of(".hidden"));
    }

    @Test
    void theSameIdsGiveTheSameNamesInEveryRun()
    {
        List<String> ids = List.of("2024-01-01/1", "2024-01-01_1");

        assertEquals(OutputNames.of(ids).of("2024-01-01_1"),
                OutputNames.of(ids).of("2024-01-01_1"));
    }

    @Test
    void aLongIdIsCutOnACharacterAndEndsInAHash()
    {
        String id = "\u0416".repeat(200);

        String name = OutputNames.of(List.of(id)).of(id);

        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 180, name);
        assertTrue(name.matches("\u0416+~[0-9a-f]{16}"), name);
        assertTrue(OutputNames.of(List.of(id + "x")).of(id + "x").length() < 120);
    }
}
