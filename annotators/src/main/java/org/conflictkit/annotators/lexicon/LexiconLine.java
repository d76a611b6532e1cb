package org.conflictkit.annotators.lexicon;

/**
 * One entry line of a list file, as {@link ListIndex} hands it to an engine.
 *
 * @param text
 *            the entry without its trailing comment, stripped of surrounding white space.
 * @param file
 *            the list file as the index names it ({@code models-iran.lst},
 *            {@code ../lexicon/shared/months.lst}).
 * @param number
 *            the line number in the file, from 1.
 * @param note
 *            the entry's trailing comment (where it came from), or the empty string.
 */
public record LexiconLine(String text, String file, int number, String note)
{
    /** {@code file:line}, for provenance ({@code lexicon=models-iran.lst:10}) and errors. */
    public String where()
    {
        return file + ":" + number;
    }

    /** An error about this line: {@code file:line: message in 'text'}. */
    public LexiconException error(String message)
    {
        return new LexiconException(where() + ": " + message + " in '" + text + "'");
    }
}
