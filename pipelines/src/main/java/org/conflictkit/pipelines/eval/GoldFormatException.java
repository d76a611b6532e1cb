package org.conflictkit.pipelines.eval;

/** A gold file that breaks the markup format; the message says where. */
public class GoldFormatException
    extends Exception
{
    private static final long serialVersionUID = 1L;

    public GoldFormatException(String message)
    {
        super(message);
    }
}
