package org.conflictkit.pipelines.server;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.uima.resource.metadata.TypeSystemDescription;

/**
 * The recommender as the server tests start it: on the loopback address with a free port, the
 * INCEpTION project's type system the requests send, and the log lines it wrote.
 */
final class TestServer
    implements AutoCloseable
{
    final TypeSystemDescription typeSystem;
    final String typeSystemXml;
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final RecommenderServer server;

    private TestServer(ServerLimits limits, Predictor predictor) throws Exception
    {
        typeSystem = InceptionRequests.projectTypeSystem();
        typeSystemXml = InceptionRequests.toXml(typeSystem);
        server = RecommenderServer.start("127.0.0.1", 0, limits, predictor, log::add);
    }

    static TestServer start(ServerLimits limits, Predictor predictor) throws Exception
    {
        return new TestServer(limits, predictor);
    }

    URI address()
    {
        return server.address();
    }

    /** The server's address resolved against a path, e.g. {@code predict}. */
    URI uri(String path)
    {
        return server.address().resolve(path);
    }

    @Override
    public void close()
    {
        server.close();
    }
}
