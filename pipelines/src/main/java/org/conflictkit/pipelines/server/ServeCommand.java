package org.conflictkit.pipelines.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.conflictkit.pipelines.cli.ConflictKitCommand;
import org.conflictkit.pipelines.cli.PositiveInteger;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code conflictkit serve}: ConflictKit as an INCEpTION external recommender. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = { "Serves ConflictKit as an INCEpTION external recommender: "
                + "POST <base>/predict and POST <base>/train, for the layers Weapon, "
                + "CasualtyCount, Location, Quote, Speaker and DKPro NamedEntity; "
                + "GET <base>/health answers the version and the layers.",
                "Runs until stopped (Ctrl-C); logs one line per request." })
public final class ServeCommand
    implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    private String host;

    @Option(names = "--port", defaultValue = "5000", paramLabel = "PORT",
            description = "Port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--threads", paramLabel = "N", converter = PositiveInteger.class,
            description = "Requests annotated in parallel (default: the number of processors).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--connections", paramLabel = "N", converter = PositiveInteger.class,
            defaultValue = "" + ServerLimits.DEFAULT_CONNECTIONS,
            description = "Requests received and answered in parallel (default: ${DEFAULT-VALUE}).")
    private int connections;

    @Option(names = "--max-request-mb", paramLabel = "MB", converter = PositiveInteger.class,
            defaultValue = "" + ServerLimits.DEFAULT_MAX_REQUEST_MB,
            description = "Largest request accepted (default: ${DEFAULT-VALUE}).")
    private int maxRequestMb;

    @Option(names = "--request-seconds", paramLabel = "S", converter = PositiveInteger.class,
            defaultValue = "" + ServerLimits.DEFAULT_REQUEST_SECONDS,
            description = "Time a client has to send a request, headers and body "
                    + "(default: ${DEFAULT-VALUE}).")
    private int requestSeconds;

    @Option(names = "--annotation-seconds", paramLabel = "S", converter = PositiveInteger.class,
            defaultValue = "" + ServerLimits.DEFAULT_ANNOTATION_SECONDS,
            description = "Time the engines have for one request before it is answered 503 "
                    + "(default: ${DEFAULT-VALUE}).")
    private int annotationSeconds;

    @Option(names = "--idle-seconds", paramLabel = "S", converter = PositiveInteger.class,
            defaultValue = "" + ServerLimits.DEFAULT_IDLE_SECONDS,
            description = "Time an idle keep-alive connection stays open "
                    + "(default: ${DEFAULT-VALUE}).")
    private int idleSeconds;

    @Override
    public Integer call() throws Exception
    {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerLimits limits = new ServerLimits(threads, connections,
                maxRequestMb * 1024L * 1024L, requestSeconds, annotationSeconds, idleSeconds);

        Predictor predictor = new Predictor(LayerMappings.standard(), PresetEngines.pipelines());
        predictor.warmUp();
        RecommenderServer server;
        try {
            server = RecommenderServer.start(host, port, limits, predictor, line -> {
                synchronized (err) {
                    err.println(line);
                    err.flush();
                }
            });
        }
        catch (IOException e) {
            err.println("error: cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + ")");
            return ConflictKitCommand.EXIT_USAGE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        out.println("ConflictKit recommender listening on " + server.address());
        List<String> layers = predictor.servedLayers();
        out.println("layers: " + (layers.isEmpty() ? "none (this build has no engine presets)"
                : String.join(", ", layers)));
        out.flush();
        server.awaitTermination();
        return 0;
    }
}
