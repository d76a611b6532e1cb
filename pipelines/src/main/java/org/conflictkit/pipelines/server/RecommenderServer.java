package org.conflictkit.pipelines.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.conflictkit.pipelines.Version;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * INCEpTION's external recommender protocol over HTTP. {@code POST <base>/predict} answers
 * {@code {"document": "<XMI>"}} with the suggestions; {@code POST <base>/train} answers 204 (the
 * engines need no training); {@code GET <base>/health} answers the version and the layers.
 * {@code <base>} is any path prefix, so users may configure {@code http://host:port/} or
 * {@code http://host:port/conflictkit}. Refused requests get a 4xx or 503 with a one-line
 * reason; every request is logged in one line, its text escaped.
 *
 * <p>Requests are received and answered by {@link ServerLimits#connections()} threads and
 * annotated by {@link ServerLimits#threads()} others, so that clients that send slowly hold
 * only the former, and each for at most {@link ServerLimits#requestSeconds()}.
 */
public final class RecommenderServer
    implements AutoCloseable
{
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService connections;
    private final ExecutorService annotators;
    private final Predictor predictor;
    private final ServerLimits limits;
    private final ObjectMapper requestJson;
    private final Consumer<String> log;

    private RecommenderServer(HttpServer server, Predictor predictor, ServerLimits limits,
            Consumer<String> log)
    {
        this.server = server;
        this.connections = Executors.newFixedThreadPool(limits.connections(),
                daemonThreads("recommender-http-"));
        this.annotators = Executors.newFixedThreadPool(limits.threads(),
                daemonThreads("recommender-annotate-"));
        this.predictor = predictor;
        this.limits = limits;
        this.requestJson = PredictRequest.json(limits.maxRequestBytes());
        this.log = log;
    }

    /** Starts serving on {@code host:port} (port 0 picks a free port). */
    public static RecommenderServer start(String host, int port, ServerLimits limits,
            Predictor predictor, Consumer<String> log)
        throws IOException
    {
        limits.applyToJdkServer();
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
        RecommenderServer recommender = new RecommenderServer(server, predictor, limits, log);
        server.createContext("/", recommender::handle);
        server.setExecutor(recommender.connections);
        server.start();
        return recommender;
    }

    /** The address clients use, e.g. {@code http://127.0.0.1:5000/}. */
    public URI address()
    {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/");
    }

    @Override
    public void close()
    {
        server.stop(1);
        connections.shutdownNow();
        annotators.shutdownNow();
    }

    private void handle(HttpExchange exchange)
    {
        long start = System.nanoTime();
        String path = exchange.getRequestURI().getRawPath();
        String endpoint = path.endsWith("/predict") ? "predict"
                : path.endsWith("/train") ? "train"
                : path.endsWith("/health") ? "health" : null;
        StringBuilder request = new StringBuilder();
        String details = "";
        String status;
        try {
            int code = answer(exchange, endpoint, path, request);
            status = Integer.toString(code);
        }
        catch (RequestException e) {
            status = Integer.toString(e.status());
            details = " reason=\"" + e.getMessage() + "\"";
            if (!sendQuietly(exchange, e.status(), e.getMessage())) {
                status += " (client disconnected before the answer)";
            }
        }
        catch (ClientGone e) {
            status = "- (client disconnected " + e.getMessage() + ")";
        }
        catch (Throwable e) {
            // Engine failures included: the client gets one line, never a stack trace.
            String reason = LogText.escape("internal error: " + e.getClass().getSimpleName()
                    + ": " + Predictor.rootMessage(e));
            status = "500";
            details = " reason=\"" + reason + "\"";
            sendQuietly(exchange, 500, reason);
        }
        finally {
            exchange.close();
        }
        log.accept(String.format("%s %s %s%s%s ms=%d", LogText.escape(exchange.getRequestMethod()),
                LogText.escape(path), status, request, details,
                (System.nanoTime() - start) / 1_000_000));
    }

    /** Answers a request; returns the status sent and adds what it was to {@code request}. */
    private int answer(HttpExchange exchange, String endpoint, String path, StringBuilder request)
        throws RequestException, ClientGone, IOException
    {
        if (endpoint == null) {
            throw refuseUnread(exchange, new RequestException(404, "no such endpoint " + path
                    + "; use POST <base>/predict, POST <base>/train or GET <base>/health"));
        }
        String method = exchange.getRequestMethod();
        String expected = endpoint.equals("health") ? "GET" : "POST";
        if (!expected.equals(method)) {
            exchange.getResponseHeaders().set("Allow", expected);
            throw refuseUnread(exchange, new RequestException(405, endpoint + " takes "
                    + expected + ", not " + method));
        }
        if (endpoint.equals("health")) {
            Map<String, Object> health = new LinkedHashMap<>();
            health.put("status", "ok");
            health.put("version", Version.get());
            health.put("layers", predictor.servedLayers());
            return send(exchange, 200, "application/json", JSON.writeValueAsBytes(health));
        }
        byte[] body = readBody(exchange);
        if (endpoint.equals("train")) {
            exchange.sendResponseHeaders(204, -1);
            return 204;
        }
        PredictRequest predict = PredictRequest.parse(body, requestJson);
        request.append(" layer=").append(LogText.escape(predict.layer())).append(" feature=")
                .append(LogText.escape(predict.feature())).append(" document=")
                .append(LogText.escape(predict.documentId()));
        Predictor.Result result = annotate(predict);
        request.append(" predictions=").append(result.predictions());
        return send(exchange, 200, "application/json",
                JSON.writeValueAsBytes(Map.of("document", result.xmi())));
    }

    /** Runs the engines within the time limit, on the annotation threads. */
    private Predictor.Result annotate(PredictRequest request) throws RequestException
    {
        Future<Predictor.Result> result = annotators.submit(() -> predictor.predict(request));
        try {
            return result.get(limits.annotationSeconds(), TimeUnit.SECONDS);
        }
        catch (TimeoutException e) {
            result.cancel(true);
            throw new RequestException(503, "annotation took longer than "
                    + limits.annotationSeconds() + " s (see serve --annotation-seconds)");
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestException(503, "the server is stopping");
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof RequestException refused) {
                throw refused;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * A refusal before the body is read: the connection is closed after the answer, so that an
     * unread body is never taken for the next request.
     */
    private static RequestException refuseUnread(HttpExchange exchange, RequestException e)
    {
        exchange.getResponseHeaders().set("Connection", "close");
        return e;
    }

    /**
     * Reads the body up to the size limit. A declared length over the limit is refused at once,
     * without reading; a body that grows over the limit while it arrives is refused when it does.
     */
    private byte[] readBody(HttpExchange exchange) throws IOException, RequestException, ClientGone
    {
        long max = limits.maxRequestBytes();
        RequestException tooLarge = refuseUnread(exchange, new RequestException(413,
                "request larger than the limit of " + max / (1024 * 1024)
                        + " MB (see serve --max-request-mb)"));
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            }
            catch (NumberFormatException e) {
                throw refuseUnread(exchange, RequestException.badRequest("bad Content-Length "
                        + declared));
            }
            if (length > max) {
                throw tooLarge;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = exchange.getRequestBody()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (body.size() + n > max) {
                    throw tooLarge;
                }
                body.write(buffer, 0, n);
            }
        }
        catch (IOException e) {
            throw new ClientGone("while sending the request: " + e.getMessage());
        }
        return body.toByteArray();
    }

    private static int send(HttpExchange exchange, int status, String contentType, byte[] body)
        throws ClientGone
    {
        try {
            exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
                out.flush();
                if (status == 413) {
                    discardRequestBody(exchange);
                }
            }
            return status;
        }
        catch (IOException e) {
            throw new ClientGone("before the answer (" + status + ") was sent: "
                    + e.getMessage());
        }
    }

    /**
     * Reads what the client still sends after its 413 answer: closing a connection with unread
     * data resets it, and the client would lose the answer. The request time limit bounds this.
     */
    private static void discardRequestBody(HttpExchange exchange)
    {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = exchange.getRequestBody()) {
            while (in.read(buffer) >= 0) {
                // discard
            }
        }
        catch (IOException e) {
            // Cut off by the time limit, or the client stopped: either way it is done.
        }
    }

    /** Sends a refusal; false when the client is gone. */
    private static boolean sendQuietly(HttpExchange exchange, int status, String reason)
    {
        try {
            send(exchange, status, "text/plain", (reason + "\n").getBytes(StandardCharsets.UTF_8));
            return true;
        }
        catch (ClientGone e) {
            return false;
        }
    }

    /** The client closed the connection; nobody is left to answer. */
    private static final class ClientGone
        extends Exception
    {
        private static final long serialVersionUID = 1L;

        ClientGone(String when)
        {
            super(LogText.escape(when));
        }
    }

    private static ThreadFactory daemonThreads(String prefix)
    {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Waits for requests until the JVM is stopped. */
    public void awaitTermination() throws InterruptedException
    {
        connections.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    }
}
