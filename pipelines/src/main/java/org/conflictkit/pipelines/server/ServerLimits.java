package org.conflictkit.pipelines.server;

/**
 * The recommender's bounds against slow, large or hostile requests.
 *
 * @param threads
 *            annotations run in parallel (the engine instances per layer).
 * @param connections
 *            requests received and answered in parallel; a slow client holds one of them until
 *            {@code requestSeconds} have passed.
 * @param maxRequestBytes
 *            the largest request body; also the longest JSON string (the document's XMI).
 * @param requestSeconds
 *            time a client has to send a whole request, headers and body.
 * @param annotationSeconds
 *            time the engines have for one request before it is answered 503.
 * @param idleSeconds
 *            time an idle keep-alive connection stays open.
 */
public record ServerLimits(int threads, int connections, long maxRequestBytes,
        int requestSeconds, int annotationSeconds, int idleSeconds)
{
    public static final int DEFAULT_CONNECTIONS = 16;
    public static final int DEFAULT_MAX_REQUEST_MB = 64;
    public static final int DEFAULT_REQUEST_SECONDS = 30;
    /** INCEpTION gives up after its read timeout of 30 s: answer before that. */
    public static final int DEFAULT_ANNOTATION_SECONDS = 25;
    public static final int DEFAULT_IDLE_SECONDS = 30;

    public ServerLimits
    {
        if (threads < 1 || connections < 1 || maxRequestBytes < 1 || requestSeconds < 1
                || annotationSeconds < 1 || idleSeconds < 1) {
            throw new IllegalArgumentException("server limits must be positive: " + this);
        }
    }

    /** The defaults, with {@code threads} parallel annotations and the given request size. */
    public static ServerLimits defaults(int threads, long maxRequestBytes)
    {
        return new ServerLimits(threads, DEFAULT_CONNECTIONS, maxRequestBytes,
                DEFAULT_REQUEST_SECONDS, DEFAULT_ANNOTATION_SECONDS, DEFAULT_IDLE_SECONDS);
    }

    /**
     * Hands the time limits to the JDK's HTTP server, which reads them once per process when the
     * first server starts; settings given with {@code -D} on the command line win.
     */
    void applyToJdkServer()
    {
        setIfAbsent("sun.net.httpserver.maxReqTime", requestSeconds);
        // From the end of the request to the end of the answer: annotating, then sending.
        setIfAbsent("sun.net.httpserver.maxRspTime", annotationSeconds + requestSeconds);
        setIfAbsent("sun.net.httpserver.idleInterval", idleSeconds);
    }

    private static void setIfAbsent(String property, int seconds)
    {
        if (System.getProperty(property) == null) {
            System.setProperty(property, Integer.toString(seconds));
        }
    }
}
