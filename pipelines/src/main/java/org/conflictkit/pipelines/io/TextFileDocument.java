package org.conflictkit.pipelines.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.jcas.JCas;

/** A UTF-8 text file; its id is the file name without {@code .txt}. */
public record TextFileDocument(String id, Path path)
    implements SourceDocument
{
    public static TextFileDocument of(Path path)
    {
        String name = path.getFileName().toString();
        return new TextFileDocument(name.endsWith(".txt") ? name.substring(0, name.length() - 4)
                : name, path);
    }

    @Override
    public String origin()
    {
        return path.toString();
    }

    @Override
    public void loadInto(JCas jcas) throws InputException
    {
        Documents.initialise(jcas, id, path.toUri().toString(), readUtf8(path));
    }

    /** Reads a whole file as strict UTF-8 without a byte order mark; rejects empty and binary files. */
    public static String readUtf8(Path path) throws InputException
    {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        }
        catch (IOException e) {
            throw new InputException("cannot read the file (" + e.getMessage() + ")", e);
        }
        return decodeUtf8(bytes);
    }

    /** Decodes strict UTF-8; rejects empty and blank text and text with NUL characters. */
    public static String decodeUtf8(byte[] bytes) throws InputException
    {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        }
        catch (CharacterCodingException e) {
            throw new InputException("not UTF-8 text (" + e.getMessage() + ")", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputException("empty document (no text)");
        }
        if (text.indexOf('\0') >= 0) {
            throw new InputException("not a text file (contains NUL characters)");
        }
        return text;
    }
}
