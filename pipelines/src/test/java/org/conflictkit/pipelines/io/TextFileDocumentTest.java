package org.conflictkit.pipelines.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextFileDocumentTest
{
    @Test
    void controlCharactersThatXmlCannotCarryBecomeSpacesInPlace() throws Exception
    {
        String text = TextFileDocument.decodeUtf8(
                "Kyiv\u0007 hit\u000B\u001B\tby\r\ndrones\uFFFF \uD83D\uDCA5\u0085".getBytes(
                        StandardCharsets.UTF_8));

        assertEquals("Kyiv  hit  \tby\r\ndrones  \uD83D\uDCA5\u0085", text);
    }

    @Test
    void textOfOnlyUnicodeSpacesAndInvisibleCharactersIsAnEmptyDocument()
    {
        InputException e = assertThrows(InputException.class, () -> TextFileDocument.decodeUtf8(
                "\u00A0\u2003\u200B\uFEFF \n\u3000".getBytes(StandardCharsets.UTF_8)));

        assertEquals("empty document (no text)", e.getMessage());
    }
}
