package org.conflictkit.pipelines.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.apache.uima.jcas.JCas;

/**
 * A UTF-8 text file; its id is its path below the folder given (with {@code /} between folders),
 * or its file name when the file itself was given, without {@code .txt}.
 */
public record TextFileDocument(String id, Path path)
    implements SourceDocument
{
    /**
     * @param root
     *            the folder given on the command line, or the file itself.
     */
    public static TextFileDocument of(Path root, Path path)
    {
        return new TextFileDocument(idOf(root, path, ".txt"), path);
    }

    /** A file's path below a folder, or its name when it is the root, without the extension. */
    static String idOf(Path root, Path file, String extension)
    {
        Path relative = file.equals(root) ? file.getFileName() : root.relativize(file);
        String id = StreamSupport.stream(relative.spliterator(), false).map(Path::toString)
                .collect(Collectors.joining("/"));
        return id.toLowerCase(Locale.ROOT).endsWith(extension)
                ? id.substring(0, id.length() - extension.length()) : id;
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

    /**
     * Decodes strict UTF-8; rejects empty text, text of only white space and invisible characters
     * (no-break and other Unicode spaces, zero-width characters included), and text with NUL
     * characters. Control characters that XML 1.0 cannot carry become spaces, so that every
     * document can be written as XMI; offsets still count the file's characters.
     */
    public static String decodeUtf8(byte[] bytes) throws InputException
    {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InputException(String.format(Locale.ROOT,
                    "not UTF-8 text (invalid byte 0x%02X at byte offset %d)",
                    bytes[in.position()] & 0xFF, in.position()));
        }
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.codePoints().allMatch(TextFileDocument::isBlankCharacter)) {
            throw new InputException("empty document (no text)");
        }
        if (text.indexOf('\0') >= 0) {
            throw new InputException("not a text file (contains NUL characters)");
        }
        return withoutXmlIllegalCharacters(text);
    }

    private static String withoutXmlIllegalCharacters(String text)
    {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                chars = chars == null ? text.toCharArray() : chars;
                chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean isBlankCharacter(int c)
    {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT;
    }
}
