package org.conflictkit.pipelines.server;

/**
 * A request the server refuses: an HTTP status and a one-line reason for the client, control
 * characters escaped.
 */
public final class RequestException
    extends Exception
{
    private static final long serialVersionUID = 1L;

    private final int status;

    public RequestException(int status, String reason)
    {
        super(LogText.escape(reason.strip()));
        this.status = status;
    }

    public int status()
    {
        return status;
    }

    /** 400: the request is malformed. */
    static RequestException badRequest(String reason)
    {
        return new RequestException(400, reason);
    }

    /** 422: the request is well-formed but asks for something this server does not predict. */
    static RequestException unsupported(String reason)
    {
        return new RequestException(422, reason);
    }
}
