package org.conflictkit.pipelines.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads a public corpus in its own published format into gold documents. */
interface CorpusReader
{
    /**
     * The gold documents of a file or folder. Problems of single documents or annotations are
     * added to {@code notes}, naming the file and the document, and the rest is read on.
     */
    List<GoldDocument> read(Path path, List<String> notes) throws IOException, GoldFormatException;

    /** Java offsets (UTF-16 units) of code point offsets, as Python-made corpora count. */
    static int utf16(String text, int codePoints)
    {
        return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
    }
}
