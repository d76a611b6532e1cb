package org.conflictkit.pipelines.io;

/** An input that cannot be used; the message says what is wrong with it in one line. */
public class InputException
    extends Exception
{
    private static final long serialVersionUID = 1L;

    public InputException(String message)
    {
        super(message);
    }

    public InputException(String message, Throwable cause)
    {
        super(message, cause);
    }
}
