package org.conflictkit.pipelines.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * INCEpTION's external recommender protocol over HTTP. {@code POST <base>/predict} answers
 * {@code {"document": "<XMI>"}} with the suggestions; {@code POST <base>/train} answers 204 (the
 * engines need no training). {@code <base>} is any path prefix, so users may configure
 * {@code http://host:port/} or {@code http://host:port/conflictkit}. Refused requests get a 4xx
 * with a one-line reason; every request is logged in one line.
 */
public final class RecommenderServer
    implements AutoCloseable
{
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService workers;
    private final Predictor predictor;
    private final long maxRequestBytes;
    private final Consumer<String> log;

    private RecommenderServer(HttpServer server, ExecutorService workers, Predictor predictor,
            long maxRequestBytes, Consumer<String> log)
    {
        this.server = server;
        this.workers = workers;
        this.predictor = predictor;
        this.maxRequestBytes = maxRequestBytes;
        this.log = log;
    }

    /**
     * Starts serving on {@code host:port} (port 0 picks a free port) with {@code threads}
     * requests in parallel.
     */
    public static RecommenderServer start(String host, int port, int threads,
            long maxRequestBytes, Predictor predictor, Consumer<String> log)
        throws IOException
    {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads),
                daemonThreads());
        RecommenderServer recommender = new RecommenderServer(server, workers, predictor,
                maxRequestBytes, log);
        server.createContext("/", recommender::handle);
        server.setExecutor(workers);
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
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange)
    {
        long start = System.nanoTime();
        String path = exchange.getRequestURI().getPath();
        String endpoint = path.endsWith("/predict") ? "predict"
                : path.endsWith("/train") ? "train" : null;
        String details = "";
        int status;
        try {
            // Read first, whatever the request: an unread body would reset the connection.
            byte[] body = readBody(exchange);
            if (endpoint == null) {
                throw new RequestException(404, "no such endpoint " + path
                        + "; use POST <base>/predict or POST <base>/train");
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                throw new RequestException(405, endpoint + " takes POST, not "
                        + exchange.getRequestMethod());
            }
            if (endpoint.equals("train")) {
                status = 204;
                exchange.sendResponseHeaders(status, -1);
            }
            else {
                PredictRequest request = PredictRequest.parse(body);
                details = " layer=" + request.layer() + " feature=" + request.feature()
                        + " document=" + request.documentId();
                Predictor.Result result = predictor.predict(request);
                details += " predictions=" + result.predictions();
                status = 200;
                send(exchange, status, "application/json",
                        JSON.writeValueAsBytes(Map.of("document", result.xmi())));
            }
        }
        catch (RequestException e) {
            status = e.status();
            details += " reason=\"" + e.getMessage() + "\"";
            sendQuietly(exchange, status, e.getMessage());
        }
        catch (Throwable e) {
            // Engine failures included: the client gets one line, never a stack trace.
            status = 500;
            String reason = "internal error: " + e.getClass().getSimpleName() + ": "
                    + Predictor.rootMessage(e);
            reason = reason.replaceAll("\\s*[\\r\\n]+\\s*", " ");
            details += " reason=\"" + reason + "\"";
            sendQuietly(exchange, status, reason);
        }
        finally {
            exchange.close();
        }
        log.accept(String.format("%s %s %d%s ms=%d", exchange.getRequestMethod(), path, status,
                details, (System.nanoTime() - start) / 1_000_000));
    }

    /**
     * Reads the body up to the size limit. A larger body is read to its end and dropped, so that
     * the client, still sending, gets the 413 answer rather than a reset connection.
     */
    private byte[] readBody(HttpExchange exchange) throws IOException, RequestException
    {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        boolean tooLarge = false;
        if (declared != null) {
            try {
                tooLarge = Long.parseLong(declared.strip()) > maxRequestBytes;
            }
            catch (NumberFormatException e) {
                throw RequestException.badRequest("bad Content-Length " + declared);
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = exchange.getRequestBody()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                tooLarge = tooLarge || body.size() + n > maxRequestBytes;
                if (!tooLarge) {
                    body.write(buffer, 0, n);
                }
            }
        }
        if (tooLarge) {
            throw new RequestException(413, "request larger than the limit of "
                    + maxRequestBytes / (1024 * 1024) + " MB (see serve --max-request-mb)");
        }
        return body.toByteArray();
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body)
        throws IOException
    {
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sendQuietly(HttpExchange exchange, int status, String reason)
    {
        try {
            send(exchange, status, "text/plain",
                    (reason + "\n").getBytes(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            // The client is gone; the log line still records the request.
        }
    }

    private static ThreadFactory daemonThreads()
    {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "recommender-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Waits for requests until the JVM is stopped. */
    public void awaitTermination() throws InterruptedException
    {
        workers.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    }
}
