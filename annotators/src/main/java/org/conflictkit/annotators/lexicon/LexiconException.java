package org.conflictkit.annotators.lexicon;

/** A lexicon file that cannot be read or has a line that breaks its declared format. */
public class LexiconException
    extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public LexiconException(String message)
    {
        super(message);
    }

    public LexiconException(String message, Throwable cause)
    {
        super(message, cause);
    }
}
