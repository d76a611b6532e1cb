package org.conflictkit.annotators.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListIndexTest
{
    enum Kind
    {
        WORD, MONTH
    }

    @TempDir
    Path dir;

    private ListIndex<Kind> read(String index) throws Exception
    {
        Path engine = Files.createDirectories(dir.resolve("engine"));
        Files.writeString(engine.resolve("lists.def"), index);
        return ListIndex.read("engine/lists.def", engine.resolve("lists.def").toUri().toURL(),
                Kind.class);
    }

    private void write(String file, String... lines) throws Exception
    {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.write(path, List.of(lines));
    }

    @Test
    void readsTheListsOfEachKindWithFileAndLine() throws Exception
    {
        write("engine/words.lst", "# header", "", "drone", "  shell  ");
        write("engine/more.lst", "rocket");
        ListIndex<Kind> index = read("# an index\n\nwords.lst : WORD\nmore.lst:WORD\n");
        assertEquals(List.of(new LexiconLine("drone", "words.lst", 3, ""),
                new LexiconLine("shell", "words.lst", 4, ""),
                new LexiconLine("rocket", "more.lst", 1, "")), index.lines(Kind.WORD));
        assertEquals(List.of(), index.lines(Kind.MONTH));
        assertEquals("words.lst:4", index.lines(Kind.WORD).get(1).where());
    }

    @Test
    void readsSharedFilesInOtherFoldersAndOnTheClassPath() throws Exception
    {
        write("shared/months.lst", "January", "February");
        ListIndex<Kind> index = read("../shared/months.lst : MONTH\n"
                + "classpath:org/conflictkit/annotators/lexicon/shared/weekdays.lst : WORD\n");
        assertEquals(List.of("January", "February"),
                index.lines(Kind.MONTH).stream().map(LexiconLine::text).toList());
        assertEquals("../shared/months.lst:2", index.lines(Kind.MONTH).get(1).where());
        assertEquals("Monday", index.lines(Kind.WORD).get(0).text());
        assertEquals(7, index.lines(Kind.WORD).size());
    }

    @Test
    void aTrailingCommentSaysWhereTheEntryCameFrom() throws Exception
    {
        write("engine/words.lst", "Shahed-136 ; DRONE ; Shahed-136 # manufacturer's catalogue",
                "killed\tKILLED\t# wire style guide", "C#");
        List<LexiconLine> lines = read("words.lst : WORD # the only list\n").lines(Kind.WORD);
        assertEquals(new LexiconLine("Shahed-136 ; DRONE ; Shahed-136", "words.lst", 1,
                "manufacturer's catalogue"), lines.get(0));
        assertEquals(new LexiconLine("killed\tKILLED", "words.lst", 2, "wire style guide"),
                lines.get(1));
        // '#' inside a word starts no comment
        assertEquals(new LexiconLine("C#", "words.lst", 3, ""), lines.get(2));
    }

    @Test
    void aBadIndexLineNamesTheIndexAndLine() throws Exception
    {
        LexiconException e = assertThrows(LexiconException.class,
                () -> read("# index\nwords.lst : WORDS\n"));
        assertEquals("engine/lists.def:2: expected 'FILE : KIND' with KIND one of [WORD, MONTH], "
                + "got 'words.lst : WORDS'", e.getMessage());
        e = assertThrows(LexiconException.class, () -> read("words.lst\n"));
        assertTrue(e.getMessage().startsWith("engine/lists.def:1: expected 'FILE : KIND'"),
                e.getMessage());
    }

    @Test
    void aMissingListNamesTheIndexLine() throws Exception
    {
        LexiconException e = assertThrows(LexiconException.class,
                () -> read("\nmissing.lst : WORD\n"));
        assertTrue(e.getMessage().startsWith(
                "engine/lists.def:2: Cannot read lexicon file missing.lst"), e.getMessage());
    }

    @Test
    void anEntryErrorNamesFileAndLine()
    {
        LexiconLine line = new LexiconLine("maimed\tHURT", "status-verbs.lst", 12, "");
        assertEquals("status-verbs.lst:12: unknown status in 'maimed\tHURT'",
                line.error("unknown status").getMessage());
    }
}
